import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { StageTimes } from '../../../src/cli/stageTimes';
import { createRules } from '../../../src/core/rules';
import { SEEDS_DIR } from '../seedCorpus';

const CLI = path.join(SEEDS_DIR, '..', 'dist', 'cli.js');

describe('wirecheck check --timings', () => {
  it('lists the stages in the order they ran, with their share of the total since it started', () => {
    let now = 1_000;
    const stages = new StageTimes(() => now);
    stages.add('reading and analysing 2 files', 1_500);
    now += 10;
    stages.time('rule glued-words', () => { now += 250; });
    now = 5_000;
    assert.equal(stages.table(), [
      'wirecheck: timings',
      '  reading and analysing 2 files  1,500 ms   37.5%',
      '  rule glued-words                 250 ms    6.3%',
      '  total                          4,000 ms',
      '',
    ].join('\n'));
  });

  it('times a stage that throws, and lets the error through', () => {
    let now = 0;
    const stages = new StageTimes(() => now);
    assert.throws(() => stages.time('writing the report', () => { now += 7; throw new Error('the report could not be written'); }), /could not be written/);
    assert.match(stages.table(), /writing the report {2}7 ms/);
  });

  it('is an option of check only: another command says so instead of ignoring it', () => {
    const run = spawnSync(process.execPath, [CLI, 'stories', SEEDS_DIR, '--timings'], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--timings is an option of check/);
    // --max-warnings too: stories has no warnings to count
    const limited = spawnSync(process.execPath, [CLI, 'stories', SEEDS_DIR, '--max-warnings', '0'], { encoding: 'utf8' });
    assert.deepEqual([limited.status, /--max-warnings is an option of check/.test(limited.stderr)], [2, true]);
  });

  it('prints every stage of a real check on stderr and leaves the report as it is', () => {
    const run = (...flags: string[]) => spawnSync(process.execPath, [CLI, 'check', SEEDS_DIR, '--format', 'json', ...flags], { encoding: 'utf8' });
    const plain = run();
    const timed = run('--timings');
    assert.equal(timed.status, plain.status);
    assert.equal(timed.stdout, plain.stdout);
    assert.doesNotMatch(plain.stderr, /timings/);
    const labels = timed.stderr.split('\n').slice(1, -1).map((line) => line.replace(/\s+[\d,]+ ms.*$/, '').trim());
    assert.deepEqual(labels, [
      'reading and analysing 5 files (on the main thread)',
      'grouping stories',
      ...createRules().map((rule) => `rule ${rule.id}`),
      'writing the report',
      'total',
    ]);
  });
});
