import assert from 'node:assert/strict';
import { createCorpus } from '../../../src/core/engine/createCorpus';
import { jsonChunks } from '../../../src/core/report/jsonChunks';
import { buildReport } from '../../../src/core/report/jsonReport';
import { toSarif } from '../../../src/core/report/sarif';
import { createRules } from '../../../src/core/rules';
import { seedDocuments } from '../seedCorpus';

const joined = (value: unknown, indent: number, depth: number) => [...jsonChunks(value, indent, depth)].join('');

describe('jsonChunks', () => {
  it('pieces the seeds report (and its SARIF) into exactly what JSON.stringify writes, at every depth', () => {
    const corpus = createCorpus();
    for (const doc of seedDocuments()) corpus.set(doc);
    const report = buildReport(corpus.check(), [{ path: 'photo.txt', reason: 'binary file (contains NUL bytes)' }]);
    const sarif = toSarif(report, createRules());
    for (const value of [report, sarif]) {
      for (const depth of [0, 1, 2, 4, 9]) assert.equal(joined(value, 1, depth), JSON.stringify(value, null, 1));
    }
  });

  it('never holds a long list as one piece', () => {
    const findings = Array.from({ length: 2000 }, (_, i) => ({ rule: 'r', message: `finding ${i}`, related: [{ line: i }], skipped: undefined }));
    const value = { version: 1, findings, errors: [] };
    const pieces = [...jsonChunks(value, 1, 2)];
    const whole = JSON.stringify(value, null, 1);
    assert.equal(pieces.join(''), whole);
    assert.ok(Math.max(...pieces.map((p) => p.length)) < whole.length / 4, 'pieces of a few hundred findings each');
  });

  it('writes what JSON.stringify writes for holes, undefined, functions, empty containers, toJSON and line breaks', () => {
    const value = {
      a: [1, undefined, () => 0, Symbol('s'), [], {}, [[]], null],
      skipped: undefined, fn: () => 1, date: new Date(0), text: 'two\nlines "quoted"',
      nested: { deeper: { list: [{ x: 'y\n' }], empty: {} } }, emptyList: [], ['key "q"']: NaN,
    };
    for (const indent of [1, 2]) {
      for (const depth of [1, 2, 3, 5]) assert.equal(joined(value, indent, depth), JSON.stringify(value, null, indent));
    }
    assert.equal(joined([], 1, 3), '[]');
    assert.equal(joined('plain', 1, 3), '"plain"');
  });
});
