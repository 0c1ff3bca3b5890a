/**
 * The layer rule of src/, checked by `npm run lint` (dependency-cruiser). Bottom to top:
 *   domain → store → io → operations → features (scale-up, scale-down, transfer, tenant-generator)
 *   → config (a config file mapped onto the features' options) → index.ts → cli, console
 * A module imports only from its own layer or below; features import no other feature; the console
 * imports the library only through src/index.ts. docs/architecture.md draws it.
 */
const FEATURES = 'scale-up|scale-down|transfer|tenant-generator';
const layer = (name) => `^src/(${name})/`;
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-nothing-of-the-project',
      comment: 'domain/ is values and pure logic: it imports nothing else of src/',
      severity: 'error',
      from: { path: layer('domain') },
      to: { path: '^src/', pathNot: layer('domain') },
    },
    {
      name: 'nothing-below-config-imports-it',
      comment: 'config maps a config file onto the options of the layers below; they take options, never the config',
      severity: 'error',
      from: { path: `${layer('domain')}|${layer('store')}|${layer('io')}|${layer('operations')}|${layer(FEATURES)}` },
      to: { path: layer('config') },
    },
    {
      name: 'store-imports-only-domain',
      severity: 'error',
      from: { path: layer('store') },
      to: { path: '^src/', pathNot: `${layer('domain')}|${layer('store')}` },
    },
    {
      name: 'io-imports-only-domain-and-store',
      severity: 'error',
      from: { path: layer('io') },
      to: { path: '^src/', pathNot: `${layer('domain')}|${layer('store')}|${layer('io')}` },
    },
    {
      name: 'operations-import-no-feature',
      severity: 'error',
      from: { path: layer('operations') },
      to: { path: `${layer(FEATURES)}|${layer('cli|console')}|^src/index\\.ts$` },
    },
    ...FEATURES.split('|').map((feature) => ({
      name: `${feature}-imports-no-other-feature`,
      severity: 'error',
      from: { path: layer(feature) },
      to: { path: layer(FEATURES.split('|').filter((f) => f !== feature).join('|')) },
    })),
    {
      name: 'library-imports-no-front-end',
      severity: 'error',
      from: { path: '^src/', pathNot: layer('cli|console') },
      to: { path: layer('cli|console') },
    },
    {
      name: 'console-through-the-public-entry-point',
      severity: 'error',
      from: { path: layer('console') },
      to: { path: '^src/', pathNot: `${layer('console')}|^src/index\\.ts$` },
    },
    { name: 'no-circular', severity: 'error', from: { path: '^src/' }, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
