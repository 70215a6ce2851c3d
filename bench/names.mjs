// Person-name matcher benchmark: runs `node dist/cli.js compare-names <csv>` (build first:
// `npm run bench:names` does) and scores its verdicts against the CSV's is_match column.
// Usage: node bench/names.mjs [pairs.csv]   (default ../shared/eval/name-pairs.csv from the repo root)
// WIRECHECK_CLI=path/to/cli.js overrides the CLI bundle.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const csvPath = path.resolve(process.argv[2] ?? path.join(repoRoot, '..', 'shared', 'eval', 'name-pairs.csv'));
const cliPath = process.env.WIRECHECK_CLI ?? path.join(repoRoot, 'dist', 'cli.js');
const WORST_SHOWN = 10;

// The CLI reports verdicts but not the gold labels; the labels are read here. A field is a quoted
// string with doubled quotes, or anything up to the next comma or line break.
function csvRecords(text) {
  const records = [[]];
  const fieldPattern = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r?\n|$)/gy;
  for (const match of text.replace(/^\uFEFF/, '').matchAll(fieldPattern)) {
    const [, raw, separator] = match;
    records.at(-1).push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (separator !== ',') records.push([]);
    if (separator === '') break;
  }
  return records.filter((record) => record.length >= 2);
}

function goldPairs(text) {
  const records = csvRecords(text);
  const header = records[0].map((cell) => cell.trim().toLowerCase());
  const matchColumn = header.indexOf('is_match');
  if (header[0] !== 'name1' || header[1] !== 'name2' || matchColumn < 0) {
    throw new Error(`${csvPath}: expected a header name1,name2,...,is_match`);
  }
  return records.slice(1).map((record) => ({
    name1: record[0], name2: record[1], gold: record[matchColumn].trim().toLowerCase() === 'true',
  }));
}

function verdicts() {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} not found: run "npm run bench:names", which builds first`);
  const output = execFileSync(process.execPath, [cliPath, 'compare-names', csvPath], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return output.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
}

const ratio = (part, whole) => (whole === 0 ? 0 : part / whole);
const fixed = (value) => value.toFixed(2);
const pairText = (row) => `${fixed(row.score)}  ${row.name1}  |  ${row.name2}`;

function report(rows) {
  const count = (gold, same) => rows.filter((row) => row.gold === gold && row.same === same).length;
  const [tp, fp, fn, tn] = [count(true, true), count(false, true), count(true, false), count(false, false)];
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = ratio(2 * precision * recall, precision + recall);
  console.log(`precision ${fixed(precision)}  recall ${fixed(recall)}  F1 ${fixed(f1)}  (${rows.length} pairs)\n`);
  console.log('                 said same   said different');
  console.log(`gold same        ${String(tp).padStart(9)}   ${String(fn).padStart(14)}`);
  console.log(`gold different   ${String(fp).padStart(9)}   ${String(tn).padStart(14)}\n`);
  const falsePositives = rows.filter((row) => !row.gold && row.same).sort((x, y) => y.score - x.score);
  const falseNegatives = rows.filter((row) => row.gold && !row.same).sort((x, y) => x.score - y.score);
  console.log(`worst false positives (${falsePositives.length}):`);
  for (const row of falsePositives.slice(0, WORST_SHOWN)) console.log(`  ${pairText(row)}`);
  console.log(`worst false negatives (${falseNegatives.length}):`);
  for (const row of falseNegatives.slice(0, WORST_SHOWN)) console.log(`  ${pairText(row)}`);
}

try {
  const gold = goldPairs(readFileSync(csvPath, 'utf8'));
  const said = verdicts();
  if (said.length !== gold.length) throw new Error(`the CLI answered ${said.length} rows for ${gold.length} pairs`);
  report(gold.map((pair, index) => ({ ...pair, same: said[index].same, score: said[index].score })));
} catch (error) {
  console.error(`bench:names: ${error.message}`);
  process.exitCode = 1;
}
