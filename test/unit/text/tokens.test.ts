import assert from 'node:assert/strict';
import { forEachWord } from '../../../src/core/text/tokens';

function words(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (from, to) => out.push(text.slice(from, to)));
  return out;
}

describe('forEachWord', () => {
  it('joins inner apostrophes, hyphens and the periods of abbreviations', () => {
    assert.deepEqual(words("Vietnam-Russia's talks in the U.S. ended, 'twas -x"), ["Vietnam-Russia's", 'talks', 'in', 'the', 'U.S.', 'ended', 'twas', 'x']);
  });

  it('reads accented, decomposed and astral letters as letters and dashes as breaks', () => {
    assert.deepEqual(words('Nguyễn Xuân Phúc – cafe\u0301 𝐀𝐁𝐂 \u0301x'), ['Nguyễn', 'Xuân', 'Phúc', 'cafe\u0301', '𝐀𝐁𝐂', 'x']);
  });

  it('gives each word\'s offsets, past a dash of other characters', () => {
    const seen: [number, number][] = [];
    forEachWord('Ha Noi – 2025', (from, to) => seen.push([from, to]));
    assert.deepEqual(seen, [[0, 2], [3, 6], [9, 13]]);
  });

  it('reads only the words starting in a range, from a place outside words', () => {
    const text = 'Ha Noi, U.S. talks – 2025 end';
    const seen: string[] = [];
    forEachWord(text, (from, to) => seen.push(text.slice(from, to)), 7, text.indexOf('2025') + 1);
    assert.deepEqual(seen, ['U.S.', 'talks', '2025']);
  });
});
