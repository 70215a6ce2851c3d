// The CLI on a folder of everything scraping leaves behind: each bad file is skipped with a reason
// and named on stderr, the good ones (UTF-16 included) are checked, the seeds' findings all stand,
// and nothing in the folder changes.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRules } from '../../../src/core/rules';
import type { Report, ReportFinding } from '../../../src/core/report/jsonReport';
import { SEEDS_DIR } from '../seedCorpus';
import { snapshotChanges, snapshotFolder, type FolderSnapshot } from '../../integration/hostile/folderSnapshot';
import { checkJson, makeHostileCorpus, removeFolder, temporaryFolder, type CliRun, type HostileManifest } from './hostileCorpus';

const RULES = new Set<string>(createRules().map((r) => r.id));
const key = (f: ReportFinding) => `${f.rule} ${f.path} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${JSON.stringify(f.text)}`;
/** How the CLI writes an untrusted path on stderr. */
const escaped = (text: string) => text.replace(/\n/g, '\\n').replace(/\u001b/g, '\\u001b');

describe('wirecheck check on a hostile corpus', function () {
  this.timeout(120_000);
  let manifest: HostileManifest;
  let run: CliRun;
  let seedsOnly: CliRun;
  let untouched: FolderSnapshot;
  let afterRun: FolderSnapshot;
  const folders: string[] = [];
  const findingsIn = (report: Report, file: string) => report.findings.filter((f) => f.path === file || f.related.some((r) => r.path === file));

  before(() => {
    const dir = temporaryFolder('hostile');
    folders.push(dir);
    manifest = makeHostileCorpus(dir);
    untouched = snapshotFolder(dir);
    run = checkJson(dir);
    afterRun = snapshotFolder(dir);
    const seeds = temporaryFolder('seeds');
    folders.push(seeds);
    for (const name of manifest.seeds) copyFileSync(path.join(SEEDS_DIR, name), path.join(seeds, name));
    seedsOnly = checkJson(seeds);
  });

  after(() => folders.forEach(removeFolder));

  it('ends normally: exit 1 for findings, no errors', () => {
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(run.report.errors, []);
  });

  it('skips each bad file exactly once, with a reason that says what is wrong', () => {
    const f = manifest.files;
    const expected = [
      { path: f.binary, reason: 'binary file (contains NUL bytes)' },
      { path: f.controlName, reason: 'binary file (contains NUL bytes)' },
      { path: f.tooLarge, reason: 'larger than the 5.0 MB limit (60.0 MB)' },
      { path: f.invalidUtf8, reason: 'not valid UTF-8 (first bad byte at offset 3)' },
      { path: f.empty, reason: 'empty file' },
      { path: f.loopA, reason: 'symbolic link loop' },
      { path: f.loopB, reason: 'symbolic link loop' },
      { path: f.dangling, reason: 'broken symbolic link (its target does not exist)' },
      ...(manifest.fifo ? [{ path: f.fifo, reason: 'not a regular file' }] : []),
      ...(manifest.unreadableIsReadable ? [] : [{ path: f.unreadable, reason: 'permission denied' }]),
    ];
    const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1);
    assert.deepEqual([...run.report.skipped].sort(byPath), expected.sort(byPath));
  });

  it('names every skipped file on stderr, control characters escaped so no line can be forged', () => {
    for (const s of run.report.skipped) assert.ok(run.stderr.includes(`wirecheck: skipped ${escaped(s.path)}: ${s.reason}\n`), s.path);
    assert.ok(!run.stderr.includes('\u001b'));
    assert.ok(run.stderr.split('\n').every((line) => line === '' || line.startsWith('wirecheck: ')));
    assert.ok(!run.stderr.split('\n').some((line) => line.startsWith('wirecheck: forged line')));
  });

  it('reports the malformed .wirecheck.json with line and column, and checks with the defaults', () => {
    // trailing garbage starts at line 4, column 3; had the file been applied, its preferred
    // "Sergei Shoigu" and "us" locale would have turned the seeds' findings around
    assert.match(run.stderr, /^wirecheck: \.wirecheck\.json:4:3: invalid symbol$/m);
    assert.match(run.stderr, /^wirecheck: \.wirecheck\.json: using the defaults for what could not be read$/m);
    const seedFindings = run.report.findings.filter((f) => manifest.seeds.includes(f.path)).map(key);
    assert.deepEqual(seedFindings, seedsOnly.report.findings.map(key));
  });

  it('keeps every finding the seeds have on their own (the Shoigu name variant, glued words in 004)', () => {
    const keys = new Set(run.report.findings.map(key));
    const missing = seedsOnly.report.findings.filter((f) => !keys.has(key(f))).map(key);
    assert.deepEqual(missing, []);
    const shoigu = run.report.findings.filter((f) => f.rule === 'name-variant' && f.text === 'Sergei Shoigu').map((f) => f.path.slice(0, 3));
    if (RULES.has('name-variant')) assert.deepEqual(shoigu, ['002', '004']);
    if (RULES.has('glued-words')) assert.ok(run.report.findings.some((f) => f.rule === 'glued-words' && f.path.startsWith('004')));
  });

  it('reads and checks the UTF-16 LE file with a BOM: its weekday mismatch is found at the right column', () => {
    const file = manifest.files.utf16;
    const doc = run.report.documents.find((d) => d.path === file);
    assert.equal(doc?.headline, 'Lyon opens its fifth tram line after two years of works');
    if (!RULES.has('weekday-mismatch')) return;
    const text = readFileSync(path.join(manifest.dir, file)).subarray(2).toString('utf16le');
    const lines = text.split('\r\n');
    const written = 'Monday, March 4, 2025';
    const line = lines.findIndex((l) => l.includes(written));
    const found = run.report.findings.filter((f) => f.path === file);
    assert.deepEqual(found.map((f) => [f.rule, f.text, f.line, f.column, f.endColumn]),
      [['weekday-mismatch', written, line + 1, lines[line].indexOf(written) + 1, lines[line].indexOf(written) + written.length + 1]]);
  });

  it('never checks scripts, styles, event handlers or javascript: links in HTML', () => {
    const file = manifest.files.html;
    const doc = run.report.documents.find((d) => d.path === file);
    assert.equal(doc?.headline, 'Museum reopens after flood repairs');
    // the script and the handlers name "Sergei Shoigu" and say "defense": read, they would be findings
    assert.deepEqual(findingsIn(run.report, file).map(key), []);
    const source = readFileSync(path.join(manifest.dir, file), 'utf8');
    const code = [...source.matchAll(/<(script|style)\b[\s\S]*?<\/\1>/g)].map((m) => [m.index!, m.index! + m[0].length]);
    for (const range of doc!.body) {
      const [start, end] = [offsetAt(source, range.line, range.column), offsetAt(source, range.endLine, range.endColumn)];
      assert.ok(code.every(([a, b]) => end <= a || start >= b), `body ${range.line}:${range.column} overlaps a script or style`);
    }
  });

  it('reads a file of page furniture only: no body, no findings', () => {
    const doc = run.report.documents.find((d) => d.path === manifest.files.furnitureOnly);
    assert.deepEqual(doc?.body, []);
    assert.deepEqual(findingsIn(run.report, manifest.files.furnitureOnly), []);
  });

  it('reads a 2 MB line under the size limit', () => {
    assert.ok(run.report.documents.some((d) => d.path === manifest.files.longLine));
  });

  it('follows a link back to a parent folder once, and never scans node_modules', () => {
    const paths = [...run.report.documents, ...run.report.skipped].map((d) => d.path);
    assert.deepEqual(paths.filter((p) => p.startsWith(`${manifest.files.selfFolder}/`)), [manifest.files.selfFolderFile]);
    assert.deepEqual(paths.filter((p) => p.startsWith('node_modules')), []);
  });

  it('skips a file it may not read (chmod 000) — pending when running as root, who reads it anyway', function () {
    if (manifest.unreadableIsReadable) {
      // say so rather than fake it: root reads a chmod 000 file, so it is checked like any other
      assert.ok(run.report.documents.some((d) => d.path === manifest.files.unreadable));
      this.skip();
    }
    assert.ok(run.report.skipped.some((s) => s.path === manifest.files.unreadable && s.reason === 'permission denied'));
  });

  it('leaves every file, link and folder as it was: same bytes, mode, modification and change times', () => {
    assert.deepEqual(snapshotChanges(untouched, afterRun), []);
    assert.ok(Object.keys(untouched).length > manifest.seeds.length + 15);
  });

  it('reports each wrongly typed field of a house-style file with its line and column', () => {
    const config = path.join(manifest.dir, manifest.files.styleWrongTypes);
    const wrong = checkJson(path.dirname(config), [...manifest.seeds, '--config', config]);
    const complaints = wrong.stderr.split('\n').filter((l) => /^\d+:\d+: /.test(l.slice(`wirecheck: ${config}:`.length))).map((l) => l.slice(`wirecheck: ${config}:`.length));
    assert.deepEqual(complaints.sort(), [
      '2:3: "preferred" must be a list of strings; the default is used',
      '3:3: "locale" must be "uk", "us" or "none"; the default is used',
      '4:3: "dateOrder" must map outlet names to "DMY" or "MDY"; the default is used',
      '5:3: "ignore" must be a list of strings; the default is used',
      '6:3: "rules" gives "name-variant" an unknown level "loud"; the default is used',
      '6:3: "rules" names an unknown rule "no-such-rule"; the default is used',
    ]);
    assert.deepEqual(wrong.report.findings.map(key), seedsOnly.report.findings.map(key));
  });
});

/** Offset of a 1-based line and UTF-16 column, lines ended as the report ends them (LF, CRLF, CR). */
function offsetAt(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const lf = text.indexOf('\n', start);
    const cr = text.indexOf('\r', start);
    const lone = cr >= 0 && (lf < 0 || cr < lf) && text[cr + 1] !== '\n';
    start = (lone ? cr : lf) + 1;
  }
  return start + column - 1;
}
