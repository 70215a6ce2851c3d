import assert from 'node:assert/strict';
import { PairScores } from '../../../src/core/stories/pairScores';

describe('PairScores', () => {
  it('keeps each pair on both sides, changes a score in place, and forgets a document\'s pairs', () => {
    const scores = new PairScores();
    scores.reset(3);
    scores.set(0, 1, 10, 0.5);
    scores.set(2, 0, 5, 0.25);
    scores.set(1, 0, 15, 0.75);
    assert.deepEqual([scores.partnersOf(0), scores.dotsOf(0), scores.scoresOf(0)], [[1, 2], [15, 5], [0.75, 0.25]]);
    assert.deepEqual([scores.partnersOf(1), scores.scoresOf(1)], [[0], [0.75]]);
    assert.deepEqual(scores.scoresOf(2), [0.25]);
    assert.deepEqual(scores.forget(0), [1, 2]);
    assert.deepEqual([scores.partnersOf(1), scores.partnersOf(2), scores.scoresOf(1)], [[], [], []]);
  });
});

describe('PairScores.trim', () => {
  it('keeps the pairs of a trimmed document and lets it take new ones', () => {
    const scores = new PairScores();
    scores.reset(3);
    scores.set(0, 1, 10, 0.5);
    scores.trim(0);
    scores.trim(2); // a document without pairs stays without
    scores.set(0, 2, 5, 0.25);
    assert.deepEqual([scores.partnersOf(0), scores.dotsOf(0), scores.scoresOf(0)], [[1, 2], [10, 5], [0.5, 0.25]]);
    assert.deepEqual(scores.forget(2), [0]);
    assert.deepEqual([scores.partnersOf(0), scores.partnersOf(2)], [[1], []]);
  });
});
