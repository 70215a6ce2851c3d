// The checks on a generated corpus against what the generator knows: which story each file tells
// and what was planted in which file. Prints how the stories were grouped (pairs of versions joined
// and missed) and, per rule, where its findings fall: on a version holding a plant of their kind; on
// another version, pointing at a planted one (a statement two versions make one against one: nothing
// tells which is right, so both are flagged; the script cannot tell that from a majority ignored,
// since it does not know which versions make the statement); or anywhere else, which is a false
// warning (or a generator slip).
//
//   node bench/truth.mjs [--size 1000] [--seed wirecheck] [--show 10]
//
// Needs dist/cli.js (`npm run bench:truth` builds it; WIRECHECK_CLI=path/to/cli.js scores another
// build on the same corpus). Exits 1 when a story is joined wrongly or an
// unplanted conflict is found, so it can guard a change to grouping or to a rule.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus, generateDocuments } from './generateCorpus.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { size: { type: 'string', default: '1000' }, seed: { type: 'string', default: 'wirecheck' }, show: { type: 'string', default: '10' } } });
const size = Number(values.size);

/** The plants that explain a finding of each rule ('extraction' glues words everywhere; glueing changes no date or figure). */
const EXPLAINED_BY = {
  'date-conflict': ['date', 'weekday'],
  'number-conflict': ['number'],
  'weekday-mismatch': ['weekday'],
  'acronym-mismatch': ['acronym'],
  'glued-words': ['glue', 'extraction'],
};

/** Each file's story and plants. */
function truthOf(size, seed) {
  const story = new Map(), plantedIn = new Map();
  for (const doc of generateDocuments(size, seed)) {
    story.set(doc.path, doc.story);
    plantedIn.set(doc.path, new Set(doc.planted));
  }
  return { story, plantedIn };
}

/** Where a finding falls: on a 'planted' version, 'opposite' one (pointing at a planted version), or 'false'. */
function placeOf(finding, kinds, truth) {
  const holds = (p) => kinds.some((kind) => truth.plantedIn.get(path.basename(p))?.has(kind));
  if (holds(finding.path)) return 'planted';
  return finding.related.some((r) => holds(r.path) && truth.story.get(path.basename(r.path)) === truth.story.get(path.basename(finding.path))) ? 'opposite' : 'false';
}

/** Pairs of versions: in one found story and one true story, joined wrongly, and split. */
function groupingPairs(stories, truth) {
  const found = new Map();
  stories.forEach((s, i) => { for (const p of s.documents) found.set(path.basename(p), i); });
  const count = (groups, same) => {
    let n = 0;
    for (const members of groups.values()) for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) if (same(members[i], members[j])) n++;
    return n;
  };
  const byKey = (key) => {
    const groups = new Map();
    for (const p of truth.story.keys()) {
      const k = key(p);
      if (k === undefined) continue; // a file the report has in no story (it could not be analysed)
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(p);
    }
    return groups;
  };
  const foundGroups = byKey((p) => found.get(p)), trueGroups = byKey((p) => truth.story.get(p));
  return {
    right: count(foundGroups, (a, b) => truth.story.get(a) === truth.story.get(b)),
    wrong: count(foundGroups, (a, b) => truth.story.get(a) !== truth.story.get(b)),
    missed: count(trueGroups, (a, b) => found.get(a) !== found.get(b)),
    stories: foundGroups.size,
    trueStories: trueGroups.size,
  };
}

const { dir } = ensureCorpus({ size, seed: values.seed });
// the CLI exits 1 when it reports a warning, 2 when it cannot check
const cli = process.env.WIRECHECK_CLI ?? path.join(repoRoot, 'dist', 'cli.js');
const run = spawnSync(process.execPath, [cli, 'check', dir, '--format', 'json'], { maxBuffer: 1 << 30 });
if (run.status !== 0 && run.status !== 1) throw new Error(`wirecheck check ${dir} exited ${run.status}: ${run.stderr}`);
const report = JSON.parse(run.stdout.toString());
const truth = truthOf(size, values.seed);

const pairs = groupingPairs(report.stories, truth);
console.log(`${size} documents, ${pairs.trueStories} stories generated, ${pairs.stories} found`);
console.log(`pairs of versions: ${pairs.right} joined right, ${pairs.wrong} joined wrongly, ${pairs.missed} missed`);

const unexplained = [];
const rows = Object.entries(EXPLAINED_BY).map(([rule, kinds]) => {
  const count = { planted: 0, opposite: 0, false: 0 };
  for (const f of report.findings) {
    if (f.rule !== rule) continue;
    const place = placeOf(f, kinds, truth);
    count[place]++;
    if (place === 'false') unexplained.push(f);
  }
  return `  ${rule.padEnd(18)} ${String(count.planted).padStart(6)} on planted versions, ${String(count.opposite).padStart(4)} opposite them, ${String(count.false).padStart(4)} false`;
});
console.log(`findings:\n${rows.join('\n')}`);
for (const f of unexplained.slice(0, Number(values.show))) console.log(`  false: ${path.basename(f.path)}:${f.line}:${f.column} ${f.rule} ${f.message}`);
process.exitCode = pairs.wrong || unexplained.length ? 1 : 0;
