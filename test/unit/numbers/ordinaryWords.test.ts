import assert from 'node:assert/strict';
import { ordinaryWords, shareOrdinaryWord } from '../../../src/core/numbers/ordinaryWords';

describe('ordinaryWords', () => {
  it('keeps what a sentence says: lower-case words, stemmed, without names, function words, figures and units', () => {
    assert.deepEqual([...ordinaryWords('The Azure Sea Fisheries Council put storm damage to the fleets at $318 million, about 12 per cent more.')],
      ['put', 'storm', 'damage', 'fleet']);
  });

  it('tells whether two sentences share one, leaving out the words asked', () => {
    const [damage, delays] = [ordinaryWords('The Council put damage at $318 million, officials said.'), ordinaryWords('The Council warned that delays could add $840 million, officials said.')];
    assert.equal(shareOrdinaryWord(damage, delays), true);
    assert.equal(shareOrdinaryWord(damage, delays, ordinaryWords('officials said')), false);
    assert.equal(shareOrdinaryWord(damage, ordinaryWords('The storm damage reached $318 million.')), true);
  });

  it('leaves spelled numbers and currency names out', () => {
    assert.deepEqual([...ordinaryWords('Nine inspectors will board twenty trawlers for 5 billion dong.')], ['inspector', 'board', 'trawler']);
  });
});
