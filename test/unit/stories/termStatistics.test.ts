import assert from 'node:assert/strict';
import { TermDictionary } from '../../../src/core/stories/termDictionary';
import { TermStatistics } from '../../../src/core/stories/termStatistics';
import { termCounts } from '../../../src/core/stories/termVector';

describe('TermStatistics', () => {
  const dictionary = new TermDictionary();
  const vector = (text: string) => dictionary.vectorOf(termCounts([text]));
  const id = (term: string) => dictionary.vectorOf(new Map([[term, 1]])).ids[0];

  it('counts the documents using each term, and weighs rarer terms higher', () => {
    const stats = new TermStatistics();
    stats.reset([vector('harbour strike harbour'), vector('harbour talks'), ...['ferry', 'ferry', 'bridge', 'bridge', 'tunnel'].map(vector)], dictionary.size);
    assert.equal(stats.df[id('harbour')], 2);
    assert.equal(stats.df[id('strike')], 1);
    assert.equal(stats.idf[id('harbour')], Math.log(8 / 2));
    assert.equal(stats.idf[id('strike')], Math.log(8));
  });

  it('reads a corpus of fewer than six documents as six: versions alone in a folder share words worth something', () => {
    const stats = new TermStatistics();
    stats.reset([vector('harbour strike'), vector('harbour talks')], dictionary.size);
    assert.equal(stats.idf[id('harbour')], Math.log(7 / 2));
    assert.equal(stats.idf[id('strike')], Math.log(7));
  });

  it('recounts an edited document, reporting only the terms whose count changed, with their count before', () => {
    const stats = new TermStatistics();
    const [first, second] = [vector('harbour strike'), vector('harbour talks')];
    stats.reset([first, second], dictionary.size);
    const edited = vector('harbour talks ferry');
    const changed = stats.replace([{ before: first, after: edited }], dictionary.size);
    assert.deepEqual([...changed], [[id('strike'), 1], [id('talk'), 1], [id('ferry'), 0]]);
    assert.equal(stats.df[id('talk')], 2);
    assert.equal(stats.idf[id('ferry')], Math.log(7));
    assert.equal(stats.idf[id('strike')], 0);
  });

  it('lets a term be a blocking key when at least two documents use it and not too many', () => {
    const stats = new TermStatistics();
    stats.reset(Array.from({ length: 100 }, () => vector('harbour')), dictionary.size);
    assert.equal(stats.keyCap, 10);
    assert.deepEqual([1, 2, 10, 11].map((df) => stats.usableAsKey(df)), [false, true, true, false]);
  });
});
