import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import path from 'node:path';
import { SEEDS_DIR } from '../seedCorpus';

const CLI = path.join(SEEDS_DIR, '..', 'dist', 'cli.js');

describe('CLI output that cannot be written', () => {
  it('a full disk is a fatal error (exit 2) in one line, not a stack trace and exit 1', function () {
    if (!existsSync('/dev/full')) this.skip();
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [CLI, 'check', SEEDS_DIR, '--format', 'json'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      assert.equal(run.status, 2);
      assert.equal(run.stderr, 'wirecheck: could not write the output: ENOSPC: no space left on device, write\n');
    } finally {
      closeSync(full);
    }
  });

  it('a reader that closes the pipe early hears nothing, and the run still fails (exit 2)', async () => {
    const child = spawn(process.execPath, [CLI, 'check', SEEDS_DIR, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const status = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(status, 2);
    assert.equal(stderr, '');
  });
});
