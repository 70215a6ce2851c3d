import assert from 'node:assert/strict';
import { TopTerms } from '../../../src/core/stories/topTerms';

describe('TopTerms', () => {
  const terms = ['zeta', 'alpha', 'mid', 'beta', 'omega'];
  const termOf = (id: number) => terms[id];

  it('keeps the heaviest terms, heaviest first', () => {
    const top = new TopTerms(3, termOf);
    [[0, 1], [1, 5], [2, 3], [3, 4], [4, 2]].forEach(([id, w]) => top.offer(id, w));
    assert.deepEqual(top.ids.map(termOf), ['alpha', 'beta', 'mid']);
    assert.equal(top.floor, 3);
  });

  it('orders equal weights by the terms themselves, whatever their ids or the order they come in', () => {
    for (const order of [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [2, 0, 4, 1, 3]]) {
      const top = new TopTerms(3, termOf);
      for (const id of order) top.offer(id, 1);
      assert.deepEqual(top.ids.map(termOf), ['alpha', 'beta', 'mid']);
    }
  });

  it('takes every weight until it is full', () => {
    const top = new TopTerms(3, termOf);
    assert.equal(top.floor, -Infinity);
    top.offer(0, 0.5);
    assert.deepEqual(top.ids, [0]);
  });
});
