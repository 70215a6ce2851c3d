import assert from 'node:assert/strict';
import { stopWordShare } from '../../../src/core/text/stopWords';

describe('stopWordShare', () => {
  it('counts words and the share of function words in any case', () => {
    assert.deepEqual(stopWordShare('THE minister said It’s time, and it\'s themselves'), { words: 8, density: 5 / 8 });
  });

  it('does not take longer or accented words for function words', () => {
    assert.deepEqual(stopWordShare('Theirselves thé İt'), { words: 3, density: 0 });
  });

  it('is zero for a line without words', () => {
    assert.deepEqual(stopWordShare('– · –'), { words: 0, density: 0 });
  });
});
