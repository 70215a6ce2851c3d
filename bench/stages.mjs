// In-process measurements through the bundled engine (out/bench/engine.js, built by run.mjs).
// Each mode prints one JSON object on stdout; run.mjs starts a fresh process per measurement so
// sizes do not share a warm heap.
//
//   node --expose-gc bench/stages.mjs full <dir>           stage timings of a CLI-equivalent check
//   node --expose-gc bench/stages.mjs edit <dir> [edits] [limitMs]   re-check after one document is edited
//   node --expose-gc bench/stages.mjs align [words]        aligned comparison of two long versions
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignedPair } from './generateCorpus.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const engine = createRequire(import.meta.url)(path.join(repoRoot, 'out/bench/engine.js'));

const now = () => performance.now();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

async function timed(action) {
  const started = now();
  const value = await action();
  return [value, now() - started];
}

function countBy(items, key) {
  const counts = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** What `wirecheck check <dir> --format json` does (src/cli/checkCommand.ts), stage by stage. */
async function loadedCorpus(dir) {
  const [{ documents, skipped }, read] = await timed(() => engine.readCorpus([dir]));
  const [, wordList] = await timed(() => engine.englishLexicon.size);
  const corpus = engine.createCorpus({ lexicon: engine.englishLexicon });
  const [, analyse] = await timed(() => { for (const doc of documents) corpus.set(doc); });
  return { corpus, documents, skipped, ms: { read, wordList, analyse } };
}

async function full(dir) {
  const { corpus, documents, skipped, ms } = await loadedCorpus(dir);
  globalThis.gc?.();
  const [result, check] = await timed(() => corpus.check());
  // the CLI writes the report piece by piece; here the pieces are only measured
  const [reportChars, report] = await timed(() => {
    let chars = 0;
    for (const piece of engine.jsonChunks(engine.buildReport(result, skipped), 1, 2)) chars += piece.length;
    return chars;
  });
  const bytes = documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  return {
    documents: documents.length, bytes, reportChars,
    ms: { ...ms, check, report }, timings: result.timings,
    stories: result.stories.length, storySizes: countBy(result.stories, (s) => s.documents.length),
    findings: countBy(result.findings, (f) => f.rule), failures: result.failures,
    heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20, maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

/** A small edit an editor makes: one word changed in the longest line of the article. */
function edited(doc, k) {
  const lines = doc.text.split('\n');
  const longest = lines.reduce((best, line, i) => (line.length > lines[best].length ? i : best), 0);
  const line = lines[longest];
  lines[longest] = line.includes(' the ') ? line.replace(' the ', ' a ') : `${line} Updated ${k}.`;
  return { path: doc.path, text: lines.join('\n') };
}

/** Edits made and checked before the measured ones: an editor at work has re-checked before. */
const WARM_UP_EDITS = 3;

/**
 * Re-checks after single-document edits: up to `count`, fewer once `limitMs` has passed (at least
 * one). No collection is forced between edits: a forced full collection before each edit made the
 * next check about twice as slow (cold caches), which an editor typing never sees.
 */
async function edit(dir, count, limitMs) {
  const started = now();
  const { corpus, documents } = await loadedCorpus(dir);
  const [, firstCheck] = await timed(() => corpus.check());
  const set = [], check = [], stages = [];
  for (let k = -WARM_UP_EDITS; k < count && (k <= 0 || now() - started < limitMs); k++) {
    const doc = documents[Math.floor(((k + WARM_UP_EDITS + 0.5) * documents.length) / (count + WARM_UP_EDITS))];
    const [, setMs] = await timed(() => corpus.set(edited(doc, k)));
    const [result, ms] = await timed(() => corpus.check());
    if (k < 0) continue;
    set.push(setMs);
    check.push(ms);
    stages.push(result.timings);
  }
  const medianStages = Object.fromEntries(Object.keys(stages[0]).map((k) => [k, median(stages.map((t) => t[k]))]));
  return { documents: documents.length, firstCheck, set, check, medianSet: median(set), medianCheck: median(check), maxCheck: Math.max(...check), medianStages };
}

function wordsOf(doc) {
  return doc.sentences.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0);
}

async function align(words) {
  const [a, b] = alignedPair('wirecheck', words).map((doc) => engine.analyzeDocument(doc));
  const corpus = engine.createCorpus({ lexicon: engine.englishLexicon });
  corpus.set(a.source);
  corpus.set(b.source);
  const findings = corpus.check().findings;
  const runs = [];
  let comparison;
  for (let k = 0; k < 23; k++) {
    const [result, ms] = await timed(() => engine.compareVersions(a, b, findings, ['A', 'B']));
    comparison = result;
    if (k >= 3) runs.push(ms);
  }
  return {
    words: [wordsOf(a), wordsOf(b)], sentences: [a.sentences.length, b.sentences.length],
    first: runs[0], median: median(runs), max: Math.max(...runs), summary: comparison.summary,
  };
}

const [mode, arg, extra] = process.argv.slice(2);
const modes = { full: () => full(arg), edit: () => edit(arg, Number(extra ?? 7), Number(process.argv[5] ?? Infinity)), align: () => align(Number(arg ?? 2000)) };
if (!modes[mode]) {
  console.error('usage: stages.mjs full <dir> | edit <dir> [edits] [limitMs] | align [words]');
  process.exit(2);
}
process.stdout.write(JSON.stringify(await modes[mode]()) + '\n');
