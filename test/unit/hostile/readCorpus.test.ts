// Reading a folder that changes under the reader: files deleted, renamed, grown, replaced by a
// folder or a FIFO between the walk and the read; and the errors the file system itself gives.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import path from 'node:path';
import { readCorpus, type CorpusFileSystem } from '../../../src/cli/readCorpus';
import { UsageError } from '../../../src/cli/usageError';
import { removeFolder, temporaryFolder } from './hostileCorpus';

const ARTICLE = 'Harbour opens\nThe harbour of Port Elbrun opened a new pier on Friday.\n';

/** node:fs, with `hook` run once just before the reader first touches `victim` through `call`. */
function racingFs(victim: string, call: 'statSync' | 'readFileSync', hook: (file: string) => void): CorpusFileSystem {
  let done = false;
  const before = (file: string) => {
    if (!done && path.basename(file) === victim) {
      done = true;
      hook(file);
    }
  };
  return {
    statSync: (file) => { if (call === 'statSync') before(file); return fs.statSync(file); },
    lstatSync: (file) => fs.lstatSync(file),
    realpathSync: (file) => fs.realpathSync(file),
    readdirSync: (folder, options) => fs.readdirSync(folder, options),
    readFileSync: (file) => { if (call === 'readFileSync') before(file); return fs.readFileSync(file); },
  };
}

describe('readCorpus on a folder that changes while it is read', () => {
  let dir: string;
  let cwd: string;

  beforeEach(() => {
    dir = temporaryFolder('race');
    for (const name of ['a.txt', 'b.txt', 'c.txt']) fs.writeFileSync(path.join(dir, name), ARTICLE);
    cwd = process.cwd();
    process.chdir(dir); // paths in the result are then relative to the folder
  });

  afterEach(() => {
    process.chdir(cwd);
    removeFolder(dir);
  });

  const read = (racing: CorpusFileSystem, maxBytes?: number) => readCorpus(['.'], maxBytes, racing);
  const paths = (docs: { path: string }[]) => docs.map((d) => d.path);

  it('skips a file deleted after the listing as vanished, and reads the rest', async () => {
    const result = await read(racingFs('b.txt', 'statSync', (file) => fs.unlinkSync(file)));
    assert.deepEqual(result.skipped, [{ path: 'b.txt', reason: 'file vanished before it could be read' }]);
    assert.deepEqual(paths(result.documents), ['a.txt', 'c.txt']);
  });

  it('skips a file renamed between its measuring and its reading as vanished', async () => {
    const result = await read(racingFs('b.txt', 'readFileSync', (file) => fs.renameSync(file, path.join(dir, 'b-renamed.txt'))));
    assert.deepEqual(result.skipped, [{ path: 'b.txt', reason: 'file vanished before it could be read' }]);
    assert.deepEqual(paths(result.documents), ['a.txt', 'c.txt']);
  });

  it('skips a file that grew past the limit after it was measured', async () => {
    const result = await read(racingFs('b.txt', 'readFileSync', (file) => fs.appendFileSync(file, 'x'.repeat(4096))), 1024);
    assert.deepEqual(result.skipped, [{ path: 'b.txt', reason: 'larger than the 1 KB limit (5 KB)' }]);
  });

  it('skips a file replaced by a folder or by a FIFO after the listing', async () => {
    const toFolder = await read(racingFs('b.txt', 'readFileSync', (file) => { fs.unlinkSync(file); fs.mkdirSync(file); }));
    assert.deepEqual(toFolder.skipped, [{ path: 'b.txt', reason: 'became a folder before it could be read' }]);
    // reading a FIFO would wait for a writer forever
    const toFifo = await read(racingFs('c.txt', 'statSync', (file) => { fs.unlinkSync(file); execFileSync('mkfifo', [file]); }));
    assert.deepEqual(toFifo.skipped.filter((s) => s.path === 'c.txt'), [{ path: 'c.txt', reason: 'not a regular file' }]);
  });

  it('says "permission denied" when the file system refuses (as it does for chmod 000 unless root)', async () => {
    const denied = racingFs('b.txt', 'readFileSync', () => { throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }); });
    const result = await read(denied);
    assert.deepEqual(result.skipped, [{ path: 'b.txt', reason: 'permission denied' }]);
  });

  it('fails the run on a path that does not exist instead of checking nothing', async () => {
    await assert.rejects(readCorpus(['no-such-folder']), (err: unknown) => err instanceof UsageError && err.message === 'no such file or folder: no-such-folder');
  });

  it('reads a file given by name whatever its extension, and skips a device given by name', async () => {
    fs.writeFileSync('notes.text', ARTICLE);
    const result = await readCorpus(['notes.text', '/dev/null']);
    assert.deepEqual(paths(result.documents), ['notes.text']);
    assert.deepEqual(result.skipped, [{ path: '/dev/null', reason: 'not a regular file' }]);
  });

  it('reads a file reached through a link once, under the first name found', async () => {
    fs.symlinkSync('c.txt', 'z-link.txt');
    fs.symlinkSync('.', 'loop');
    const result = await readCorpus(['.']);
    assert.deepEqual(paths(result.documents), ['a.txt', 'b.txt', 'c.txt']);
    assert.deepEqual(result.skipped, []);
  });

  it('says nothing about broken links that could not have been articles', async () => {
    fs.symlinkSync('nowhere', 'stale-cache');
    fs.symlinkSync('nowhere.txt', 'stale.txt');
    const result = await readCorpus(['.']);
    assert.deepEqual(result.skipped, [{ path: 'stale.txt', reason: 'broken symbolic link (its target does not exist)' }]);
  });
});
