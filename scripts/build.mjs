// Bundles the extension and the CLI (and, with --tests, the unit and integration tests) with esbuild.
// --production minifies; --watch rebuilds on change.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const args = new Set(process.argv.slice(2));
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // esbuild writes a /\p{…}/u literal as new RegExp(…) for every target (Unicode data differs between
  // engines); inside a function that made a pattern object on every call. Node 20 reads them natively.
  supported: { 'regexp-unicode-property-escapes': true },
  external: ['vscode'],
  // jsonc-parser's UMD entry hides its requires from bundlers; its ESM entry does not
  mainFields: ['module', 'main'],
  sourcemap: !args.has('--production'),
  minify: args.has('--production'),
  logLevel: 'warning',
};

function filesUnder(dir, suffix) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, suffix));
    else if (name.endsWith(suffix)) out.push(full);
  }
  return out;
}

const builds = [
  { ...common, entryPoints: { extension: 'src/extension/extension.ts', cli: 'src/cli/main.ts', worker: 'src/node/engineWorker.ts', analysisWorker: 'src/node/analysisWorker.ts' }, outdir: 'dist' },
];
if (args.has('--tests')) {
  builds.push({ ...common, entryPoints: filesUnder('test/unit', '.test.ts'), outbase: 'test', outdir: 'out/test', external: ['vscode', 'mocha'] });
}
if (args.has('--tests') || args.has('--integration')) {
  builds.push({ ...common, entryPoints: filesUnder('test/integration', '.ts'), outbase: 'test', outdir: 'out/test', external: ['vscode', 'mocha'] });
}

// The English word list ships beside the bundles; the engine reads it lazily on first use.
mkdirSync('dist', { recursive: true });
cpSync('node_modules/word-list/words.txt', 'dist/words.txt');

if (args.has('--watch')) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
