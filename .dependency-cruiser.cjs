/**
 * The layer rule of src/, checked by `npm run lint` (dependency-cruiser). Bottom to top:
 *   domain → store → io → slice → operations → fidelity (a tenant read into a compact graph and measured:
 *   distributions, motifs, security paths, the HTML report) → features (scale-up, scale-down, transfer, tenant-generator)
 *   → config (a config file mapped onto the features' options), operation-kinds.ts (every operation
 *   kind registered) → index.ts → the front ends: cli, console, demo
 * A module imports only from its own layer or below; features import no other feature; the front ends
 * import the library only through src/index.ts (the CLI's `ui` command starts the console's server,
 * the demo prints with the CLI's renderers). docs/architecture.md draws it.
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
      from: { path: `${layer('domain')}|${layer('store')}|${layer('io')}|${layer('slice')}|${layer('operations')}|${layer('fidelity')}|${layer(FEATURES)}` },
      to: { path: layer('config') },
    },
    {
      name: 'only-the-entry-point-registers-the-operation-kinds',
      comment: 'operation-kinds.ts imports every feature that declares a kind: only src/index.ts may import it',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/index\\.ts$' },
      to: { path: '^src/operation-kinds\\.ts$' },
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
      name: 'slice-imports-only-what-lies-below',
      comment: 'slice/ (read, rewrite, write, check and back up a slice) stands on domain, store and io',
      severity: 'error',
      from: { path: layer('slice') },
      to: { path: '^src/', pathNot: `${layer('domain')}|${layer('store')}|${layer('io')}|${layer('slice')}` },
    },
    {
      name: 'operations-import-no-feature',
      severity: 'error',
      from: { path: layer('operations') },
      to: { path: `${layer(FEATURES)}|${layer('fidelity')}|${layer('cli|console')}|^src/index\\.ts$` },
    },
    {
      name: 'fidelity-imports-only-what-lies-below',
      comment: 'fidelity/ measures a graph for every feature (a sample, a grown tenant): it knows no feature',
      severity: 'error',
      from: { path: layer('fidelity') },
      to: { path: '^src/', pathNot: `${layer('domain')}|${layer('store')}|${layer('io')}|${layer('slice')}|${layer('operations')}|${layer('fidelity')}` },
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
      from: { path: '^src/', pathNot: layer('cli|console|demo') },
      to: { path: layer('cli|console|demo') },
    },
    {
      name: 'console-through-the-public-entry-point',
      severity: 'error',
      from: { path: layer('console') },
      to: { path: '^src/', pathNot: `${layer('console')}|^src/index\\.ts$` },
    },
    {
      name: 'cli-through-the-public-entry-point',
      comment: 'the CLI parses, calls the library through src/index.ts and prints; its ui command starts the console server',
      severity: 'error',
      from: { path: layer('cli') },
      to: { path: '^src/', pathNot: `${layer('cli')}|^src/index\\.ts$|^src/console/console-server\\.ts$` },
    },
    {
      name: 'demo-through-the-public-entry-point',
      comment: 'the demo is a script over the library (src/index.ts) that prints with the CLI renderers',
      severity: 'error',
      from: { path: layer('demo') },
      to: { path: '^src/', pathNot: `${layer('cli|demo')}|^src/index\\.ts$` },
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
