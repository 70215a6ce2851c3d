// Generates a realistic, deterministic corpus of scraped news articles for the benchmark: stories
// told in 1–4 versions by invented outlets with their own conventions, paraphrased and cut, with
// page furniture around each article and a few planted inconsistencies per fifty documents.
//
//   node bench/generateCorpus.mjs --size 1000 [--seed wirecheck] [--out DIR]
//
// Corpora go to bench/corpora/<name>/ with a manifest beside them (<name>.json); a corpus whose
// manifest matches the parameters is reused, not regenerated.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDocument } from './gen/document.mjs';
import { generateDocuments } from './gen/corpus.mjs';
import { OUTLETS } from './gen/outlets.mjs';
import { Random } from './gen/random.mjs';
import { createLongStory } from './gen/story.mjs';
import { peoplePool } from './gen/vocabulary.mjs';

export { generateDocuments };

/** Bump when the output changes, so stale corpora are regenerated rather than reused. */
export const GENERATOR_VERSION = 3;
export const CORPORA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpora');

export function corpusName(size, seed) {
  return `wire-${seed}-${size}-g${GENERATOR_VERSION}`;
}

function writeCorpus(dir, size, seed) {
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const manifest = { generator: GENERATOR_VERSION, seed, size, bytes: 0, stories: 0, formats: {}, outlets: {}, planted: {}, plants: [] };
  for (const doc of generateDocuments(size, seed)) {
    writeFileSync(path.join(staging, doc.path), doc.text);
    manifest.bytes += Buffer.byteLength(doc.text);
    manifest.stories = Math.max(manifest.stories, doc.story + 1);
    const ext = path.extname(doc.path).slice(1);
    manifest.formats[ext] = (manifest.formats[ext] ?? 0) + 1;
    manifest.outlets[doc.outlet] = (manifest.outlets[doc.outlet] ?? 0) + 1;
    for (const kind of doc.planted) {
      manifest.planted[kind] = (manifest.planted[kind] ?? 0) + 1;
      manifest.plants.push({ path: doc.path, kind, story: doc.story });
    }
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  writeFileSync(`${dir}.json`, JSON.stringify(manifest, null, 1) + '\n');
  return manifest;
}

/** The corpus folder for these parameters, generated unless an identical one is already there. */
export function ensureCorpus({ size, seed = 'wirecheck', root = CORPORA_DIR }) {
  const dir = path.join(root, corpusName(size, seed));
  const manifestPath = `${dir}.json`;
  if (existsSync(dir) && existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.generator === GENERATOR_VERSION && manifest.size === size && manifest.seed === seed) return { dir, manifest, reused: true };
  }
  mkdirSync(root, { recursive: true });
  const started = performance.now();
  const manifest = writeCorpus(dir, size, seed);
  return { dir, manifest, reused: false, seconds: (performance.now() - started) / 1000 };
}

/**
 * Two versions of one long story (about `words` words each, by two outlets), as source documents,
 * for timing the aligned comparison.
 */
export function alignedPair(seed = 'wirecheck', words = 2000) {
  const rng = new Random(`pair:${seed}`);
  const people = peoplePool(rng.fork('people'), 300);
  const story = createLongStory(rng, people, words);
  const outlets = [OUTLETS[0], OUTLETS[2]];
  return outlets.map((outlet, index) => {
    const doc = buildDocument(rng.fork(`v${index}`), {
      story, outlet, index, versions: 2, teasers: [], author: people[index].forms[outlet.naming],
      planVersionOptions: { drop: 0.03, keepAtLeast: 1 },
    });
    return { path: `pair/${index ? 'b' : 'a'}.${doc.ext}`, text: doc.text };
  });
}

function main() {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '1000' }, seed: { type: 'string', default: 'wirecheck' }, out: { type: 'string' } } });
  const size = Number(values.size);
  if (!Number.isInteger(size) || size < 1) throw new Error('--size takes a whole number of documents');
  const result = ensureCorpus({ size, seed: values.seed, root: values.out ? path.resolve(values.out) : CORPORA_DIR });
  const m = result.manifest;
  console.log(`${result.reused ? 'reused' : `generated in ${result.seconds.toFixed(1)}s`}: ${result.dir}`);
  console.log(`${m.size} documents, ${m.stories} stories, ${(m.bytes / 1e6).toFixed(1)} MB (${Math.round(m.bytes / m.size)} B/doc), formats ${JSON.stringify(m.formats)}`);
  console.log(`planted: ${JSON.stringify(m.planted)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
