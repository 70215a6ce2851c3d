import assert from 'node:assert/strict';
import { alignTokens } from '../../../src/core/names/alignTokens';
import { alignmentQuality, orderChanges } from '../../../src/core/names/alignmentQuality';
import { parseName } from '../../../src/core/names/parseName';

function quality(a: string, b: string): number {
  const [x, y] = [parseName(a), parseName(b)];
  return alignmentQuality(x, y, alignTokens(x, y));
}

describe('alignmentQuality', () => {
  it('is 1 for the same name', () => assert.equal(quality('Angela Merkel', 'Angela Merkel'), 1));
  it('ranks a typo below an exact match and above a different family name', () => {
    const typo = quality('Angela Merkur', 'Angela Merkel');
    assert.ok(typo < 1 && typo > quality('Angela Cruz', 'Angela Merkel'), `typo scored ${typo}`);
  });
  it('costs less for an omitted middle name than for a different one', () => {
    assert.ok(quality('Sergey Lavrov', 'Sergey Viktorovich Lavrov') > quality('Sergey Ivanovich Lavrov', 'Sergey Viktorovich Lavrov'));
  });
  it('discounts reordering', () => assert.ok(quality('Friedrich Hans', 'Hans Friedrich') < 1));
  it('is 0 when nothing aligns', () => assert.equal(quality('Donald Duck', 'Michelle Michaela'), 0));
});

describe('orderChanges', () => {
  it('counts pairs of matches in opposite order', () => {
    const [x, y] = [parseName('Cole Bond Abel'), parseName('Abel Bond Cole')];
    assert.equal(orderChanges(alignTokens(x, y).matches), 3);
  });
});
