import assert from 'node:assert/strict';
import { SharedStrings } from '../../../src/core/lexicon/sharedStrings';

describe('SharedStrings', () => {
  it('gives back an equal text, and starts over past its bound without losing any text', () => {
    const shared = new SharedStrings(2);
    const texts = ['Association', 'of', 'Southeast', 'Asian', 'Nations', 'Association'];
    assert.deepEqual(texts.map((t) => shared.of(t.slice(0))), texts);
    assert.equal(shared.size, 2, 'no more than its bound kept');
  });

  it('keeps one string for equal texts', () => {
    const shared = new SharedStrings(Number.POSITIVE_INFINITY);
    for (const t of ['Association', 'Association'.slice(0), 'of', 'of']) shared.of(t);
    assert.equal(shared.size, 2);
  });
});
