import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/core/engine/analyzedDocument';
import { VariantIndex } from '../../../src/core/spelling/variantIndex';

const doc = (path: string, sentence: string) => analyzeDocument({ path, text: `Talks in the capital\n\n${sentence} The two sides agreed to expand cooperation in trade over the coming years, officials said.\n` });
const paths = (docs: Iterable<{ source: { path: string } }>) => [...docs].map((d) => d.source.path).sort();

describe('variant index', () => {
  const uk = doc('uk.txt', 'The defence ministry met.');
  const us = doc('us.txt', 'The defense ministry met.');
  const other = doc('other.txt', 'The weather was fine.');
  const usAgain = doc('us2.txt', 'Its defense budget grew.');

  it('knows the words spelled two ways and the documents that use them', () => {
    const index = new VariantIndex();
    assert.equal(index.update([uk, other]), 'all');
    assert.deepEqual([...index.spelledTwoWays()], []);
    const changed = index.update([uk, other, us]);
    assert.ok(changed !== 'all' && changed.has('defens'));
    assert.deepEqual([...index.spelledTwoWays()], ['defens']);
    assert.deepEqual(paths(index.documentsUsing('defens')), ['uk.txt', 'us.txt']);
    assert.ok(index.uses('defens', us) && !index.uses('defens', other));
  });

  it('follows documents that come and go, counting the plain uses of a word that has a choice', () => {
    const index = new VariantIndex();
    index.update([uk, us]);
    index.update([uk, us, usAgain]);
    assert.deepEqual(paths(index.documentsUsing('defens')), ['uk.txt', 'us.txt', 'us2.txt']);
    index.update([uk, usAgain]);
    assert.deepEqual(paths(index.documentsUsing('defens')), ['uk.txt', 'us2.txt']);
    const changed = index.update([usAgain, other]);
    assert.ok(changed !== 'all' && changed.has('defens'));
    assert.equal(index.isSpelledTwoWays('defens'), false);
    assert.deepEqual([...index.spelledTwoWays()], []);
    index.update([usAgain, other, uk]);
    assert.deepEqual(paths(index.documentsUsing('defens')), ['uk.txt', 'us2.txt'], 'the choice came back and found the plain use again');
  });

  it('keeps counting the plain uses of a word whose only document with a choice is replaced by a new version', () => {
    const index = new VariantIndex();
    index.update([uk, us]);
    const ukEdited = doc('uk.txt', 'The defence ministry met again.');
    const changed = index.update([ukEdited, us]);
    assert.ok(changed !== 'all' && changed.has('defens'));
    assert.equal(index.isSpelledTwoWays('defens'), true);
    assert.deepEqual(paths(index.documentsUsing('defens')), ['uk.txt', 'us.txt']);
    assert.ok(index.uses('defens', ukEdited) && !index.uses('defens', uk));
  });
});
