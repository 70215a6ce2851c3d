import assert from 'node:assert/strict';
import { TermDictionary } from '../../../src/core/stories/termDictionary';

describe('TermDictionary', () => {
  it('gives terms ids in order of first sight and vectors sorted by id with 1 + log(count) weights', () => {
    const dictionary = new TermDictionary();
    dictionary.vectorOf(new Map([['talk', 1], ['moscow', 2]]));
    const vector = dictionary.vectorOf(new Map([['trade', 3], ['moscow', 1], ['talk', 2]]));
    assert.deepEqual([...vector.ids], [0, 1, 2]);
    assert.deepEqual([...vector.weights], [1 + Math.log(2), 1, 1 + Math.log(3)].map(Math.fround));
    assert.equal(dictionary.termOf(2), 'trade');
    assert.equal(dictionary.size, 3);
  });
});
