import assert from 'node:assert/strict';
import { capitalisedMatches } from '../../../src/core/dates/capitalisedMatches';

/** Each match's text, for a pattern of a word and an optional "very" before it. */
function matched(text: string, earlier?: (text: string, word: number) => number): string[] {
  const pattern = /(?:very\s+)?(?:big|bold)\b/iy;
  return capitalisedMatches(text, /B[iIoO]/g, pattern, earlier).map((m) => m[0]);
}

const veryBefore = (text: string, word: number) => (text.slice(0, word).endsWith(' ') ? word - 'very '.length : word);

describe('capitalisedMatches', () => {
  it('finds the matches that start with a capital, leaving out lower-case ones', () => {
    assert.deepEqual(matched('big Big BOLD bold Bigger Bi'), ['Big', 'BOLD']);
  });

  it('starts a match earlier where the earlier start gives one, and never inside the last match', () => {
    assert.deepEqual(matched('a very Big and VERY Bold, so Big', veryBefore), ['very Big', 'VERY Bold', 'Big']);
    assert.deepEqual(matched('Big Bold', veryBefore), ['Big', 'Bold']);
  });

  it('finds nothing without a capital', () => {
    assert.deepEqual(matched('very big and bold'), []);
  });
});
