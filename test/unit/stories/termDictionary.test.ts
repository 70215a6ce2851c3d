import assert from 'node:assert/strict';
import { TermDictionary } from '../../../src/core/stories/termDictionary';
import { termCounts } from '../../../src/core/stories/termVector';

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

  it('reads texts into the same ids and weights as the vector of their term counts', () => {
    const texts = ['Cities CITIES city Boxes box Wishes Churches classes axes Ties talks TALK', 'the 1,500 Café’s co-op Classes'];
    const byPosition = new TermDictionary(), byString = new TermDictionary();
    const vector = byPosition.vectorOfTexts(texts);
    assert.deepEqual(vector, byString.vectorOf(termCounts(texts)));
    const terms = [...vector.ids].map((id) => byPosition.termOf(id));
    assert.deepEqual(terms, ['city', 'box', 'wish', 'church', 'class', 'axe', 'tie', 'talk', '#1,500', 'cafe', 'coop']);
    assert.deepEqual([...vector.weights], [3, 2, 1, 1, 2, 1, 1, 2, 1, 1, 1].map((n) => Math.fround(1 + Math.log(n))));
  });

  it('keeps ids past 65,535 exactly once the dictionary outgrows 16-bit ids', () => {
    const dictionary = new TermDictionary();
    const many = new Map(Array.from({ length: 70_000 }, (_, i) => [`term${i}`, 1]));
    const first = dictionary.vectorOf(many);
    assert.deepEqual([first.ids.length, first.ids[0], first.ids[69_999]], [70_000, 0, 69_999]);
    const vector = dictionary.vectorOf(new Map([['term69999', 2], ['term3', 1], ['late', 1]]));
    assert.deepEqual([...vector.ids].map((id) => dictionary.termOf(id)), ['term3', 'term69999', 'late']);
    assert.deepEqual([...vector.weights], [1, 1 + Math.log(2), 1].map(Math.fround));
  });
});
