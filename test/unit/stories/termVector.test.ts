import assert from 'node:assert/strict';
import { termCounts } from '../../../src/core/stories/termVector';

describe('termCounts', () => {
  it('keeps content words, stemmed and lower-cased, and numbers of two digits or more', () => {
    assert.deepEqual([...termCounts(['The Talks on 1,500. tonnes and 3 talks, 2.5 times'])], [
      ['talk', 2], ['#1,500', 1], ['tonne', 1], ['#2.5', 1], ['time', 1],
    ]);
  });

  it('folds accents, possessives, apostrophes and hyphens', () => {
    assert.deepEqual([...termCounts(['Nguyễn’s co-operation Café’s it\'s', 'NGUYỄN'])], [
      ['nguyen', 2], ['cooperation', 1], ['cafe', 1],
    ]);
  });

  it('reads letters outside the Basic Multilingual Plane and steps over lone surrogates', () => {
    // compatibility folding happens after lower-casing, so mathematical capitals stay capitals
    assert.deepEqual([...termCounts(['𝐀𝐁𝐂 x\ud800yzz \udc00www'])], [['ABC', 1], ['yzz', 1], ['www', 1]]);
  });
});
