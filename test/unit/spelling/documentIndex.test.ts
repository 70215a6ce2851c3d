import assert from 'node:assert/strict';
import type { AnalyzedDocument } from '../../../src/core/engine/analyzedDocument';
import { DocumentIndex } from '../../../src/core/spelling/documentIndex';

const doc = (path: string) => ({ source: { path, text: '' } }) as unknown as AnalyzedDocument;
const paths = (docs: Iterable<AnalyzedDocument> | undefined) => [...(docs ?? [])].map((d) => d.source.path).sort();

describe('document index', () => {
  const [a, b, a2] = [doc('a'), doc('b'), doc('a')];
  const keys = new Map([[a, ['defence', 'programme']], [b, ['defence']], [a2, ['defense']]]);

  it('indexes every document on a first build, then only the documents that came or went', () => {
    const index = new DocumentIndex((d) => keys.get(d)!);
    assert.equal(index.update([a, b]), 'all');
    assert.deepEqual(paths(index.documentsWith('defence')), ['a', 'b']);
    const changed = index.update([a2, b]);
    assert.deepEqual(changed !== 'all' && [...changed].sort(), ['defence', 'defense', 'programme']);
    assert.deepEqual([index.added, index.removed], [[a2], [a]]);
    assert.deepEqual(paths(index.documentsWith('defence')), ['b']);
    assert.deepEqual(paths(index.documentsWith('defense')), ['a']);
    assert.equal(index.documentsWith('programme'), undefined);
    assert.deepEqual([...index.keys()].sort(), ['defence', 'defense']);
  });

  it('reports no change when the documents are the same', () => {
    const index = new DocumentIndex((d) => keys.get(d)!);
    index.update([a, b]);
    assert.deepEqual(index.update([b, a]), new Set());
    assert.deepEqual([index.added, index.removed], [[], []]);
  });
});

describe('document index with keys of one document', () => {
  const [a, b, c] = [doc('a'), doc('b'), doc('c')];
  const keys = new Map([[a, ['defence']], [b, ['defence']], [c, ['defence']]]);

  it('lists, finds and drops the users of a key as they come and go', () => {
    const index = new DocumentIndex((d) => keys.get(d)!);
    index.update([a]);
    assert.deepEqual(paths(index.documentsWith('defence')), ['a']);
    assert.deepEqual([index.has('defence', a), index.has('defence', b)], [true, false]);
    index.update([a, b, c]);
    assert.deepEqual(paths(index.documentsWith('defence')), ['a', 'b', 'c']);
    index.update([c]);
    assert.deepEqual(paths(index.documentsWith('defence')), ['c']);
    assert.deepEqual([index.has('defence', a), index.has('defence', c)], [false, true]);
    assert.deepEqual(index.update([]), new Set(['defence']));
    assert.equal(index.documentsWith('defence'), undefined);
  });
});
