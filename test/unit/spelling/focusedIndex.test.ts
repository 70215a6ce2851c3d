import assert from 'node:assert/strict';
import type { AnalyzedDocument } from '../../../src/core/engine/analyzedDocument';
import { FocusedIndex } from '../../../src/core/spelling/focusedIndex';

const doc = (path: string) => ({ source: { path, text: '' } }) as unknown as AnalyzedDocument;
const paths = (docs: Iterable<AnalyzedDocument> | undefined) => [...(docs ?? [])].map((d) => d.source.path).sort();

describe('focused index', () => {
  const [a, b, c] = [doc('a'), doc('b'), doc('c')];
  const keys = new Map([[a, ['the', 'program']], [b, ['the', 'program', 'center']], [c, ['program']]]);

  it('follows only the keys in focus, from the documents there when they come into focus', () => {
    const index = new FocusedIndex((d) => keys.get(d)!);
    index.follow(['program'], [a, b]);
    assert.deepEqual(paths(index.documentsWith('program')), ['a', 'b']);
    assert.equal(index.documentsWith('the'), undefined);
    assert.deepEqual([...index.keys()], ['program']);
  });

  it('keeps the keys in focus up to date as documents come and go, and says which changed', () => {
    const index = new FocusedIndex((d) => keys.get(d)!);
    index.follow(['program', 'center'], [a, b]);
    const changed = new Set<string>();
    index.change([c], [b], changed);
    assert.deepEqual([...changed].sort(), ['center', 'program']);
    assert.deepEqual(paths(index.documentsWith('program')), ['a', 'c']);
    assert.deepEqual(paths(index.documentsWith('center')), []);
    index.drop(['center']);
    assert.equal(index.documentsWith('center'), undefined);
    index.clear();
    assert.deepEqual([...index.keys()], []);
  });
});
