// CPU profile of an in-process check (bench/stages.mjs full) under `node --cpu-prof`, summarised
// by function and by source file (the bundle's positions mapped back to src/ through its source
// map): where the engine's time goes, for whoever optimises it.
//
//   node bench/profile.mjs [--size 10000] [--top 15] [--seed wirecheck]
//   node bench/profile.mjs --summarise out/bench/profile/<file>.cpuprofile   (an existing profile)
//
// Needs out/bench/engine.js: `npm run bench` (or bench/run.mjs) bundles it.
import { readdirSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus } from './generateCorpus.mjs';
import { runMeasured } from './lib/child.mjs';
import { bundleEngine } from './lib/measures.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const profileDir = path.join(repoRoot, 'out/bench/profile');

function sourceMapFor(url, maps) {
  if (!url.startsWith('file://') || !url.endsWith('/engine.js')) return undefined;
  if (!maps.has(url)) maps.set(url, new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8'))));
  return maps.get(url);
}

/** "name  src/core/x.ts:12" for a profile call frame, through the bundle's source map. */
function frameLabel(frame, maps) {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return { name, file: name.startsWith('(') ? name : '(native)', line: 0 };
  const map = sourceMapFor(frame.url, maps);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
  if (entry?.originalSource) {
    const file = path.relative(repoRoot, fileURLToPath(new URL(entry.originalSource, frame.url)));
    return { name, file, line: entry.originalLine + 1 };
  }
  const file = frame.url.startsWith('node:') ? frame.url : path.relative(repoRoot, frame.url.replace(/^file:\/\//, ''));
  return { name, file, line: frame.lineNumber + 1 };
}

/** The engine functions above a sample, nearest first, up to the rule or stage that called them. */
function callerChain(nodes, parent, id) {
  const chain = [];
  for (let at = parent.get(id); at !== undefined && chain.length < 4; at = parent.get(at)) {
    const l = nodes.get(at).label;
    if (!l.file.startsWith('src/') || chain.at(-1) === l.name) continue;
    chain.push(l.name);
    if (/^src\/core\/rules\/|groupStories|analyzeDocument/.test(l.file) || /^check$/.test(l.name)) break;
  }
  return chain.join(' < ');
}

export function summarise(profile, top = 15) {
  const maps = new Map();
  const nodes = new Map(profile.nodes.map((n) => [n.id, { ...n, label: frameLabel(n.callFrame, maps) }]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map(), inclusive = new Map(), files = new Map(), callers = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const node = nodes.get(id);
    const key = `${node.label.name}\t${node.label.file}:${node.label.line}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    files.set(node.label.file, (files.get(node.label.file) ?? 0) + ms);
    const caller = callerChain(nodes, parent, id);
    const byCaller = callers.get(key) ?? callers.set(key, new Map()).get(key);
    byCaller.set(caller, (byCaller.get(caller) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const l = nodes.get(at).label;
      const k = `${l.name}\t${l.file}:${l.line}`;
      if (!seen.has(k)) { seen.add(k); inclusive.set(k, (inclusive.get(k) ?? 0) + ms); }
    }
  });
  const sorted = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  return {
    totalMs: total,
    functions: sorted(self, top).map(([k, ms]) => ({
      name: k.split('\t')[0], at: k.split('\t')[1], selfMs: ms, totalMs: inclusive.get(k), via: sorted(callers.get(k), 1)[0]?.[0],
    })),
    files: sorted(files, top).map(([file, ms]) => ({ file, selfMs: ms })),
  };
}

export function printSummary(summary, log = console.log) {
  const pct = (ms) => `${((100 * ms) / summary.totalMs).toFixed(1)}%`.padStart(6);
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`.padStart(9);
  log(`\nTop functions by self time (of ${(summary.totalMs / 1000).toFixed(1)} s sampled):\n`);
  log(`${'self'.padStart(9)} ${'%'.padStart(6)} ${'total'.padStart(9)}  function  (file:line)`);
  for (const f of summary.functions) log(`${s(f.selfMs)} ${pct(f.selfMs)} ${s(f.totalMs)}  ${f.name}  (${f.at})${f.via ? `  < ${f.via}` : ''}`);
  log('\nSelf time by file:\n');
  for (const f of summary.files) log(`${s(f.selfMs)} ${pct(f.selfMs)}  ${f.file}`);
}

async function main() {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '10000' }, top: { type: 'string', default: '15' }, seed: { type: 'string', default: 'wirecheck' }, summarise: { type: 'string' } } });
  let file = values.summarise;
  if (!file) {
    await bundleEngine(repoRoot);
    const { dir } = ensureCorpus({ size: Number(values.size), seed: values.seed });
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
    process.stderr.write(`profiling an in-process check of ${path.relative(repoRoot, dir)}…\n`);
    const run = await runMeasured(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profileDir, '--expose-gc', 'bench/stages.mjs', 'full', dir], { cwd: repoRoot, measureRss: false });
    if (run.code !== 0) throw new Error(`the profiled run failed: ${run.stderr}`);
    const stages = JSON.parse(run.stdout);
    console.log(`in-process check of ${stages.documents} documents: ${JSON.stringify(Object.fromEntries(Object.entries({ ...stages.ms, ...stages.timings }).map(([k, v]) => [k, Math.round(v)])))} ms`);
    file = path.join(profileDir, readdirSync(profileDir).find((n) => n.endsWith('.cpuprofile')));
  }
  printSummary(summarise(JSON.parse(readFileSync(file, 'utf8')), Number(values.top)));
  console.log(`\nprofile: ${path.relative(repoRoot, file)} (open it in Chrome DevTools or VS Code for the call tree)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
