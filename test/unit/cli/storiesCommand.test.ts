import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { SEEDS_DIR } from '../seedCorpus';

const CLI = path.join(SEEDS_DIR, '..', 'dist', 'cli.js');

describe('wirecheck stories', () => {
  it('lists documents and stories as JSON, honouring --max-file-size like check does', () => {
    const run = spawnSync(process.execPath, [CLI, 'stories', SEEDS_DIR, '--format', 'json', '--max-file-size', '5000'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout) as { documents: { path: string }[]; skipped: { path: string; reason: string }[] };
    assert.deepEqual(out.skipped.map((s) => path.basename(s.path).slice(0, 3)), ['000', '004']);
    assert.equal(out.skipped[0].reason, 'larger than the 5 KB limit (7 KB)');
    assert.equal(out.documents.length, 3);
  });
});
