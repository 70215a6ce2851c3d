import assert from 'node:assert/strict';
import { Progress } from '../../../src/cli/progress';

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

  it('draws nothing off a terminal: warnings pass through as they are', () => {
    const { out, progress } = progressAt(false);
    progress.files(10, 10);
    progress.stage('checking 10 documents');
    progress.warn('wirecheck: skipped c.txt: binary file (contains NUL bytes)\n');
    progress.clear();
    assert.deepEqual(out, ['wirecheck: skipped c.txt: binary file (contains NUL bytes)\n']);
  });
});
