import assert from 'node:assert/strict';
import { PairCounts } from '../../../src/core/lexicon/pairCounts';

describe('PairCounts', () => {
  it('counts each ordered pair apart, through many pairs and table growth', () => {
    const pairs = new PairCounts();
    for (let first = 0; first < 200; first++) for (let second = 0; second < 20; second++) pairs.set(first, second, first * 100 + second + 1);
    assert.equal(pairs.count(3, 7), 308);
    assert.equal(pairs.count(7, 3), 704);
    assert.equal(pairs.count(199, 19), 19920);
    assert.equal(pairs.count(200, 0), 0);
    assert.equal(pairs.count(0, 20), 0);
  });

  it('keeps a pair whose count fell to nothing as not occurring', () => {
    const pairs = new PairCounts();
    pairs.set(5, 6, 2);
    pairs.set(5, 6, 0);
    assert.equal(pairs.count(5, 6), 0);
    pairs.set(5, 6, 1);
    assert.equal(pairs.count(5, 6), 1);
  });
});
