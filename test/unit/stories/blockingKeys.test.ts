import assert from 'node:assert/strict';
import { BlockingIndex, blockingKeys, COMPARE_ALL_BELOW } from '../../../src/core/stories/blockingKeys';
import { TermDictionary } from '../../../src/core/stories/termDictionary';
import { TermStatistics } from '../../../src/core/stories/termStatistics';
import { termCounts } from '../../../src/core/stories/termVector';

describe('blocking keys', () => {
  it('are a document\'s heaviest terms among those a few other documents use', () => {
    const dictionary = new TermDictionary();
    const texts = ['zenda quota zenda', 'zenda quota azure', 'azure', ...Array.from({ length: 9 }, () => 'talks')];
    const vectors = texts.map((text) => dictionary.vectorOf(termCounts([text, 'talks'])));
    const stats = new TermStatistics();
    stats.reset(vectors, dictionary.size);
    const termOf = (id: number) => dictionary.termOf(id);
    // "talks" is in every document: too common to block anything
    assert.deepEqual([...blockingKeys(vectors[0], stats, termOf)].map(termOf).sort(), ['quota', 'zenda']);
    assert.deepEqual([...blockingKeys(vectors[2], stats, termOf)].map(termOf), ['azure']);
  });

  it('make candidates of the documents sharing at least two keys', () => {
    const index = new BlockingIndex();
    index.clear(4);
    index.add(0, Int32Array.of(1, 2, 3));
    index.add(1, Int32Array.of(2, 3));
    index.add(2, Int32Array.of(3, 4));
    assert.deepEqual(index.sharing(Int32Array.of(2, 3, 4)).sort(), [0, 1, 2]);
    assert.deepEqual(index.sharing(Int32Array.of(1, 4)), []);
    index.remove(0, Int32Array.of(1, 2, 3));
    assert.deepEqual(index.sharing(Int32Array.of(1, 2, 3)), [1]);
  });

  it('make candidates of every indexed document in a small corpus, and of those sharing keys in a large one', () => {
    for (const size of [4, COMPARE_ALL_BELOW]) {
      const index = new BlockingIndex();
      index.clear(size);
      index.add(0, Int32Array.of(1, 2));
      index.add(1, Int32Array.of(5, 6));
      index.add(2, Int32Array.of(1, 2));
      index.remove(2, Int32Array.of(1, 2));
      assert.deepEqual(index.candidates(Int32Array.of(1, 2)), size < COMPARE_ALL_BELOW ? [0, 1] : [0], `${size} documents`);
    }
  });
});
