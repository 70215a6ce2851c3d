// A folder of thousands of tiny files: every one read and checked, in reasonable time. (The CLI on
// 100,000 of them is timed by hand: node scripts/make-hostile-corpus.mjs DIR --many.)
import assert from 'node:assert/strict';
import path from 'node:path';
import { checkJson, makeHostileCorpus, removeFolder, temporaryFolder, type CliRun, type HostileManifest } from './hostileCorpus';

const COUNT = 5000;

describe(`wirecheck check on ${COUNT} tiny files`, function () {
  this.timeout(120_000);
  let dir: string;
  let manifest: HostileManifest;
  let run: CliRun;

  before(() => {
    dir = temporaryFolder('many');
    manifest = makeHostileCorpus(dir, COUNT);
    run = checkJson(path.join(dir, manifest.files.many), ['.']);
  });

  after(() => removeFolder(dir));

  it('reads every file once and reports each as a document', () => {
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.report.documents.length, COUNT);
    assert.equal(new Set(run.report.documents.map((d) => d.path)).size, COUNT);
    assert.deepEqual(run.report.skipped, []);
    assert.deepEqual(run.report.errors, []);
  });

  it('takes well under a minute', () => {
    assert.ok(run.ms < 60_000, `${Math.round(run.ms)} ms`);
  });
});
