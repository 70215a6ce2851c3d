import assert from 'node:assert/strict';
import { ordinaryWords } from '../../../src/core/numbers/ordinaryWords';

describe('ordinaryWords', () => {
  it('keeps what a sentence says: lower-case words, stemmed, without names, function words, figures and units', () => {
    assert.deepEqual([...ordinaryWords('The Azure Sea Fisheries Council put storm damage to the fleets at $318 million, about 12 per cent more.')],
      ['put', 'storm', 'damage', 'fleet']);
  });

  it('leaves spelled numbers and currency names out', () => {
    assert.deepEqual([...ordinaryWords('Nine inspectors will board twenty trawlers for 5 billion dong.')], ['inspector', 'board', 'trawler']);
  });
});
