import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeDocument } from '../../../src/core/engine/analyzedDocument';
import { createCorpus } from '../../../src/core/engine/createCorpus';
import type { CheckResult } from '../../../src/core/engine/corpus';
import type { SourceDocument } from '../../../src/core/types';
import { AnalysisThreads, threadsWorthStarting, type CorpusFile } from '../../../src/node/analysisThreads';
import { SEEDS_DIR, seedDocuments } from '../seedCorpus';

/** The bundled analysis thread (scripts/build.mjs builds dist/ with the tests). */
const WORKER = path.join(path.dirname(SEEDS_DIR), 'dist', 'analysisWorker.js');

/** 120 documents: the seeds (HTML-free scraped text) under several names, each a little different. */
const documents: SourceDocument[] = Array.from({ length: 120 }, (_, i) => {
  const seed = seedDocuments()[i % 5];
  return { path: `${String(i).padStart(3, '0')}-${seed.path}`, text: `${seed.text}\nUpdated ${i % 28 + 1} December.\n` };
});

const MAX_BYTES = 5 << 20;

/** The documents written to a folder: what the threads read. */
function written(dir: string, docs: readonly SourceDocument[]): CorpusFile[] {
  return docs.map((doc) => {
    const file = path.join(dir, doc.path);
    writeFileSync(file, doc.text);
    return { file, path: doc.path };
  });
}

/** `answeredByThreads`: files a thread read; `taken`: analyses of theirs the corpus took (the same unless some failed). */
async function checkedWith(analyses: AnalysisThreads, answeredByThreads?: number, taken = answeredByThreads): Promise<CheckResult> {
  const corpus = createCorpus({ analyze: analyses.analyze });
  try {
    for (let i = 0; i < documents.length; i++) {
      const read = await analyses.read(i);
      assert.ok('doc' in read, documents[i].path);
      assert.deepEqual(read.doc, documents[i]);
      corpus.set(read.doc);
    }
    if (answeredByThreads !== undefined) assert.equal(analyses.answeredByThreads, answeredByThreads, 'documents a thread answered for');
    if (taken !== undefined) assert.equal(analyses.analysesTaken, taken, 'analyses of a thread taken');
    return corpus.check();
  } finally {
    await analyses.close();
  }
}

function withoutTimings(result: CheckResult) {
  return { ...result, timings: {}, documents: result.documents.map((d) => ({ source: d.source, article: d.article, sentences: d.sentences })) };
}

describe('analysis threads', function () {
  // each test starts worker threads that load the engine bundle: seconds on a busy 2-core machine
  this.timeout(30_000);
  let alone: ReturnType<typeof withoutTimings>;
  let dir: string;
  let files: CorpusFile[];

  before(() => {
    const corpus = createCorpus();
    for (const doc of documents) corpus.set(doc);
    alone = withoutTimings(corpus.check());
    dir = mkdtempSync(path.join(tmpdir(), 'wirecheck-threads-'));
    files = written(dir, documents);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('give the analyses and findings of the main thread alone, with one thread or two', async () => {
    for (const threads of [1, 2]) assert.deepEqual(withoutTimings(await checkedWith(new AnalysisThreads(files, MAX_BYTES, threads, undefined, WORKER), documents.length)), alone, `${threads} thread(s)`);
  });

  it('hand back each document\'s article as the main thread makes it, its block texts those of the document', async () => {
    const analyses = new AnalysisThreads(files.slice(0, 40), MAX_BYTES, 1, undefined, WORKER);
    try {
      const read = await analyses.read(3);
      assert.ok('doc' in read);
      const doc = read.doc;
      const analysis = analyses.analyze(doc);
      assert.deepEqual(analysis.article, analyzeDocument(doc).article);
      for (const block of analysis.article.blocks) if (!block.offsets) assert.equal(block.text, doc.text.slice(block.start, block.end));
    } finally {
      await analyses.close();
    }
  });

  it('keep a file of more than a megabyte on the main thread, and start no more threads than there are batches', async () => {
    const big = { path: '050-big.txt', text: `${documents[50].text}\n${'The talks went on. '.repeat(60_000)}` };
    const withBig = [...files.slice(0, 50), ...written(dir, [big]), ...files.slice(51)];
    const analyses = new AnalysisThreads(withBig, MAX_BYTES, 1, undefined, WORKER);
    try {
      const docs: SourceDocument[] = [];
      for (let i = 0; i < withBig.length; i++) {
        const read = await analyses.read(i);
        assert.ok('doc' in read);
        docs.push(read.doc);
      }
      assert.deepEqual(docs[50], big);
      assert.deepEqual(docs.map((doc) => analyses.analyze(doc).article), docs.map((doc) => analyzeDocument(doc).article));
      assert.equal(analyses.answeredByThreads, withBig.length - 1);
    } finally {
      await analyses.close();
    }
    assert.deepEqual([threadsWorthStarting(150, 4), threadsWorthStarting(250, 4), threadsWorthStarting(250, 20), threadsWorthStarting(2_000, 20)], [0, 4, 8, 8]);
    assert.equal(threadsWorthStarting(210, 20), 7);
  });

  it('skip a file that cannot be checked with the reason the main thread gives, and one that is gone since the walk', async () => {
    const odd = [...written(dir, [{ path: 'empty.txt', text: '' }]), { file: path.join(dir, 'gone.txt'), path: 'gone.txt' }];
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x48, 0x00, 0x00, 0x01, 0x02]));
    odd.push({ file: path.join(dir, 'binary.txt'), path: 'binary.txt' });
    const withOdd = [...files.slice(0, 30), ...odd, ...files.slice(30, 60)];
    for (const threads of [0, 1]) {
      const analyses = new AnalysisThreads(withOdd, MAX_BYTES, threads, undefined, WORKER);
      try {
        const reads = [];
        for (let i = 0; i < withOdd.length; i++) reads.push(await analyses.read(i));
        assert.deepEqual(reads.slice(30, 33), [{ reason: 'empty file' }, { reason: 'file vanished before it could be read' }, { reason: 'binary file (contains NUL bytes)' }], `${threads} thread(s)`);
        assert.equal(analyses.answeredByThreads, threads ? withOdd.length : 0);
      } finally {
        await analyses.close();
      }
    }
  });

  describe('when a thread fails', () => {
    const worker = (name: string, body: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, `const { parentPort } = require('node:worker_threads');\n${body}\n`);
      return file;
    };

    it('analyses on the main thread what a thread that cannot start or that dies midway left', async () => {
      assert.deepEqual(withoutTimings(await checkedWith(new AnalysisThreads(files, MAX_BYTES, 1, undefined, path.join(dir, 'missing.js')), 0)), alone);
      const dying = worker('dying.js', "let seen = 0; parentPort.on('message', () => { if (++seen === 2) process.exit(3); });");
      const warnings: string[] = [];
      assert.deepEqual(withoutTimings(await checkedWith(new AnalysisThreads(files, MAX_BYTES, 2, (line) => warnings.push(line), dying), 0)), alone);
      assert.deepEqual(warnings, Array(2).fill('an analysis thread stopped (exit code 3); its files are read and analysed on the main thread'));
    });

    it('reports a document the thread could not analyse with the thread\'s message, and checks the others', async () => {
      // the thread answers for 007 alone; the documents it leaves unanswered are analysed here
      const refusing = worker('refusing.js', `parentPort.on('message', ({ batch, files }) => parentPort.postMessage({
        batch, answers: files.map((f) => (f.path.startsWith('007-') ? { text: require('node:fs').readFileSync(f.file, 'utf8'), error: 'extraction failed on 007' } : null)) }));`);
      const result = await checkedWith(new AnalysisThreads(files, MAX_BYTES, 1, undefined, refusing), 1, 0);
      assert.deepEqual(result.unanalysed, [{ path: documents[7].path, error: 'extraction failed on 007' }]);
      assert.deepEqual(result.documents.map((d) => d.source.path), documents.filter((_, i) => i !== 7).map((d) => d.path));
      assert.ok(result.findings.some((f) => f.rule === 'name-variant'));
    });
  });
});
