import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCheck } from '../../../src/cli/checkCommand';
import { drawsOnTerminal, Progress } from '../../../src/cli/progress';
import { SEEDS_DIR, seedDocuments } from '../seedCorpus';

const CLEAR = '\r\x1b[2K';

/** A Progress writing into `out` on a clock the test moves. */
function progressAt(enabled = true) {
  const out: string[] = [];
  let now = 0;
  const progress = new Progress((text) => out.push(text), enabled, () => now);
  return { out, progress, advance: (ms: number) => { now += ms; } };
}

describe('CLI progress line', () => {
  it('counts files at most ten times a second, the last always', () => {
    const { out, progress, advance } = progressAt();
    for (let done = 1; done <= 300; done++) {
      progress.files(done, 300);
      advance(1);
    }
    assert.deepEqual(out, [`${CLEAR}wirecheck: 1 of 300 files read`, `${CLEAR}wirecheck: 101 of 300 files read`,
      `${CLEAR}wirecheck: 201 of 300 files read`, `${CLEAR}wirecheck: 300 of 300 files read`]);
  });

  it('clears its line before a warning and before the report, and only when it drew one', () => {
    const { out, progress } = progressAt();
    progress.warn('wirecheck: skipped a.txt: empty file\n');
    progress.clear();
    assert.deepEqual(out, ['wirecheck: skipped a.txt: empty file\n']);
    progress.files(1, 2_000);
    progress.warn('wirecheck: skipped b.txt: empty file\n');
    progress.stage('checking 1,999 documents');
    progress.clear();
    assert.deepEqual(out.slice(1), [`${CLEAR}wirecheck: 1 of 2,000 files read`, CLEAR, 'wirecheck: skipped b.txt: empty file\n',
      `${CLEAR}wirecheck: checking 1,999 documents`, CLEAR]);
  });

  it('cuts its line to the terminal as wide as it is at each redraw, so it never wraps', () => {
    const out: string[] = [];
    let columns: number | undefined = 30;
    const progress = new Progress((text) => out.push(text), true, () => 0, () => columns);
    progress.stage('checking 10,000 documents');
    columns = 12;
    progress.stage('checking 10,000 documents');
    columns = undefined;
    progress.stage('checking 10,000 documents');
    // a line exactly as wide as the terminal loses its last character; a width of 0 is unknown
    columns = 'wirecheck: checking 9 documents'.length;
    progress.stage('checking 9 documents');
    columns = 0;
    progress.stage('checking 9 documents');
    assert.deepEqual(out, [`${CLEAR}wirecheck: checking 10,000 do`, `${CLEAR}wirecheck: `, `${CLEAR}wirecheck: checking 10,000 documents`,
      `${CLEAR}wirecheck: checking 9 document`, `${CLEAR}wirecheck: checking 9 documents`]);
  });

  it('draws nothing off a terminal: warnings pass through as they are', () => {
    const { out, progress } = progressAt(false);
    progress.files(10, 10);
    progress.stage('checking 10 documents');
    progress.warn('wirecheck: skipped c.txt: binary file (contains NUL bytes)\n');
    progress.clear();
    assert.deepEqual(out, ['wirecheck: skipped c.txt: binary file (contains NUL bytes)\n']);
  });
});

describe('CLI progress on a terminal', () => {
  // the word list ships beside the bundles (dist/words.txt): without it two rules fail, and their
  // warnings would clear the line whether or not the check does
  const words = path.join(__dirname, 'words.txt');
  let copied = false;
  before(() => {
    if (existsSync(words)) return;
    copyFileSync(path.join(path.dirname(SEEDS_DIR), 'dist', 'words.txt'), words);
    copied = true;
  });
  after(() => { if (copied) rmSync(words); });

  it('is drawn only on a terminal that takes cursor codes, outside CI', () => {
    assert.equal(drawsOnTerminal(true, {}), true);
    assert.equal(drawsOnTerminal(false, {}), false);
    assert.equal(drawsOnTerminal(true, { TERM: 'dumb' }), false);
    assert.equal(drawsOnTerminal(true, { CI: 'true' }), false);
  });

  it('in a check, clears its line before each warning and before the report', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wirecheck-progress-'));
    try {
      const [seed] = seedDocuments();
      writeFileSync(path.join(dir, 'a.txt'), seed.text);
      writeFileSync(path.join(dir, 'b.txt'), '');
      writeFileSync(path.join(dir, 'c.txt'), seed.text);
      const out: string[] = [];
      const report = await runCheck([dir], undefined, 1 << 20, 0, new Progress((text) => out.push(text), true, () => 0));
      assert.equal(report.skipped.length, 1);
      const warning = out.findIndex((text) => text.includes('b.txt: empty file'));
      assert.ok(warning > 0, 'the empty file is warned about');
      assert.equal(out[warning - 1], CLEAR, 'the line is cleared before the warning');
      assert.ok(out.some((text) => text.endsWith('checking 2 documents')), 'the checking stage is shown');
      assert.ok(!out.some((text) => text.includes(' failed')), `no rule failed: ${JSON.stringify(out)}`);
      assert.equal(out.at(-1), CLEAR, 'the line is gone before the report');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
