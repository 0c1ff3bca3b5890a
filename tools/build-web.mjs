#!/usr/bin/env node
// Bundles the web console's page (web/src, TypeScript) into dist/web with esbuild: one module and its
// lazily loaded chunks (the graph view), the HTML and the CSS. Nothing is fetched at run time: the
// console serves these files itself. Type-checking is `tsc -p web` (run by npm run build).
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'web');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { app: join(root, 'web', 'src', 'main.ts') },
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: false,
  outdir: out,
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
});
for (const file of ['index.html', 'app.css']) copyFileSync(join(root, 'web', file), join(out, file));
