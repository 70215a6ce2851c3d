// Wirecheck benchmark (`npm run bench`, which builds dist/ first). On generated corpora of 1,000 /
// 5,000 / 10,000 documents (bench/generateCorpus.mjs; generated once, then reused) it measures:
// a full CLI check in a child process (MB/s, peak RSS), the in-process time of each stage, how the
// cost per document grows, the re-check after one edit in a 2,000-document corpus, the aligned
// comparison of two 2,000-word versions, textlint + textlint-rule-terminology on the same corpus,
// and extension activation (from the integration rig). Prints each figure beside its target.
//
//   node --expose-gc bench/run.mjs [--sizes 1000,5000,10000] [--quick] [--budget 570]
//        [--no-textlint] [--no-activation] [--edits 15] [--seed wirecheck] [--json out.json]
//
// Exits 0 whatever the timings; non-zero only when something crashed. Measurements run within
// --budget seconds (corpus generation not counted): one that would not fit, projected from the
// smaller runs, is skipped and says so; one that overruns is stopped and reported as timed out.
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus } from './generateCorpus.mjs';
import { activationFromRig, bundleEngine, cliCheck, inProcess, textlintCheck } from './lib/measures.mjs';
import { printReport } from './lib/report.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EDIT_SIZE = 2000;
/**
 * The CLI check of the largest corpus, where the targets are read, runs this many times (budget
 * allowing) and the median is reported: on a shared 2-core machine one run's wall time is off by
 * 15% either way.
 */
const LARGEST_RUNS = 3;
const ACTIVATION_RESERVE_S = 75;
const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' }, quick: { type: 'boolean', default: false },
    budget: { type: 'string', default: '570' }, textlint: { type: 'boolean', default: true },
    activation: { type: 'boolean', default: true }, edits: { type: 'string', default: '15' },
    seed: { type: 'string', default: 'wirecheck' }, json: { type: 'string' },
  },
  allowNegative: true,
});
const sizes = (options.quick ? [1000] : options.sizes.split(',').map(Number)).sort((a, b) => a - b);
if (!sizes.length || sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error(`--sizes takes whole numbers: ${options.sizes}`);
const largest = sizes.at(-1), smallest = sizes[0];

const results = {
  machine: `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`,
  corpora: {}, cli: {}, stages: {}, notes: [],
};
const progress = (line) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}\n`);
let started = performance.now();
let deadline;
let loadAtStart;
const remainingMs = (reserve = 0) => deadline - performance.now() - reserve;

/** Runs `measure(timeoutMs)` if its projection fits the budget; otherwise records why it did not run. */
async function withinBudget(label, projectedMs, reserveMs, measure) {
  const left = remainingMs(reserveMs);
  if (projectedMs !== undefined && projectedMs > left) {
    const note = `not run: projected ${(projectedMs / 1000).toFixed(0)} s, ${(Math.max(0, left) / 1000).toFixed(0)} s of budget left`;
    progress(`${label}: ${note}`);
    return { note, projectedMs };
  }
  progress(`${label}…`);
  const result = await measure(Math.max(5000, left));
  if (result.timedOut) result.note = `stopped after ${(result.seconds ?? 0).toFixed(0)} s (budget)`;
  progress(`${label}: ${result.error ?? result.note ?? `${(result.seconds ?? 0).toFixed(1)} s`}`);
  return result;
}

function prepareCorpora() {
  for (const size of [...new Set([...sizes, EDIT_SIZE])]) {
    const corpus = ensureCorpus({ size, seed: options.seed });
    const m = corpus.manifest;
    progress(`corpus ${size}: ${corpus.reused ? 'reused' : `generated in ${corpus.seconds.toFixed(0)} s`} (${(m.bytes / 1e6).toFixed(1)} MB, ${m.stories} stories) ${path.relative(repoRoot, corpus.dir)}`);
    results.corpora[size] = { dir: corpus.dir, bytes: m.bytes, documents: m.size, stories: m.stories, planted: m.planted, formats: m.formats };
  }
}

/** Milliseconds a run at `size` should take, from the per-document cost of the smallest run so far. */
function projection(kind, size) {
  const measured = Object.entries(kind).filter(([, r]) => r.ok || r.ms).map(([s, r]) => [Number(s), r.seconds * 1000]);
  if (!measured.length) return undefined;
  const [s, ms] = measured.sort((a, b) => a[0] - b[0])[0];
  return (ms / s) * size * 1.1;
}

/** CLI and in-process stage runs: the smallest first (cheap, and it projects the others), then the largest, where the targets are read. */
async function measureSizes(reserveMs) {
  const middle = sizes.filter((s) => s !== smallest && s !== largest);
  const tasks = [['cli', smallest], ['stages', smallest], ['cli', largest], ['stages', largest], ...middle.flatMap((s) => [['cli', s], ['stages', s]])];
  const done = new Set();
  for (const [kind, size] of tasks) {
    if (done.has(`${kind}${size}`)) continue;
    done.add(`${kind}${size}`);
    const dir = results.corpora[size].dir;
    if (kind === 'cli') {
      results.cli[size] = await withinBudget(`CLI check ${size}`, projection(results.cli, size), reserveMs, (t) => cliCheck(repoRoot, dir, t));
      if (size === largest && results.cli[size].ok) results.cli[size] = await repeated(results.cli[size], dir, reserveMs);
    } else {
      const projected = projection(results.stages, size) ?? projection(results.cli, size);
      results.stages[size] = await withinBudget(`in-process stages ${size}`, projected, reserveMs, (t) => inProcess(repoRoot, ['full', dir], t));
    }
  }
}

/**
 * The median of LARGEST_RUNS runs of the CLI check (as many as the budget allows; of two, their
 * mean), with every run's seconds and the highest peak RSS; a repeat that fails or overruns is
 * noted, not hidden. The repeats come before the in-process stages: with a tight --budget those
 * are what is left out.
 */
async function repeated(first, dir, reserveMs) {
  const runs = [first];
  let note;
  while (runs.length < LARGEST_RUNS) {
    const run = await withinBudget(`CLI check again (${runs.length + 1} of ${LARGEST_RUNS})`, first.seconds * 1000 * 1.5, reserveMs, (t) => cliCheck(repoRoot, dir, t));
    if (!run.ok) {
      note = `run ${runs.length + 1} of ${LARGEST_RUNS}: ${run.note ?? run.error ?? 'failed'}`;
      break;
    }
    runs.push(run);
  }
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  const upper = sorted[Math.floor(sorted.length / 2)];
  const lower = sorted[Math.floor((sorted.length - 1) / 2)];
  // the stages printed are one run's, beside that run's own wall time
  const median = { ...upper, seconds: (lower.seconds + upper.seconds) / 2, stagesRun: { seconds: upper.seconds, of: runs.length } };
  return { ...median, runs: runs.map((r) => r.seconds), repeatNote: note, peakRssMB: Math.max(...runs.map((r) => r.peakRssMB ?? 0)) || undefined };
}

async function main() {
  if (!existsSync(path.join(repoRoot, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run `npm run bench`, which builds first');
  prepareCorpora();
  loadAtStart = os.loadavg()[0];
  started = performance.now();
  deadline = started + Number(options.budget) * 1000;
  await bundleEngine(repoRoot);
  // the CLI's own default, from the bundle: the figure stays true when the default changes
  results.analysisThreads = createRequire(import.meta.url)(path.join(repoRoot, 'out/bench/engine.js')).defaultAnalysisThreads();
  const reserveMs = options.activation ? ACTIVATION_RESERVE_S * 1000 : 0;
  results.align = await withinBudget('aligned comparison', undefined, reserveMs, (t) => inProcess(repoRoot, ['align', '2000'], Math.min(t, 120_000)));
  results.textlint = options.textlint
    ? { size: largest, ...await withinBudget(`textlint ${largest}`, undefined, reserveMs, (t) => textlintCheck(repoRoot, results.corpora[largest].dir, Math.min(t, 300_000))) }
    : { note: 'not run (--no-textlint)' };
  const editLimit = Math.max(10_000, remainingMs(reserveMs) * 0.2);
  results.edit = await withinBudget(`re-check after an edit, ${EDIT_SIZE} docs`, undefined, reserveMs,
    (t) => inProcess(repoRoot, ['edit', results.corpora[EDIT_SIZE].dir, options.edits, String(editLimit)], Math.min(t, editLimit * 2.5)));
  await measureSizes(reserveMs);
  results.activation = options.activation
    ? await withinBudget('activation (integration rig)', 60_000, 0, (t) => activationFromRig(repoRoot, t))
    : { note: 'not run (--no-activation)' };
  if (results.activation.tests) results.notes.push(`activation: the rig ran the integration tests (${results.activation.tests}) and the figure is the activationMs that test/integration/corpusView.test.ts logs: the time inside activate(), not loading the bundle.`);
  results.notes.push(`load average (1 min) at start ${loadAtStart.toFixed(1)}, at end ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores: other work on the machine slows wall times.`);
  results.notes.push(`budget: ${options.budget} s for measurements (corpus generation not counted); measurements took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  printReport(results, largest);
  if (options.json) writeFileSync(options.json, JSON.stringify(results, null, 1) + '\n');
  const crashed = [results.align, results.edit, ...Object.values(results.cli), ...Object.values(results.stages)].filter((r) => r?.error && !r.timedOut);
  return crashed.length ? 1 : 0;
}

process.exitCode = await main();
