// Whether two name words can be the same word written differently, and how many typos apart.
// Typos happen to the written letters (Kahn/Khan), transliteration to the sounds (Mikhail/Michail),
// so both the folded text and the spelling key are compared; some differences are never typos.
import type { SpelledWord } from './nameKey';
import { tokenDistance, typoAllowance } from './tokenDistance';

export interface WordDistance {
  /** Typos between the two words (tokenDistance). */
  distance: number;
  /** The typos the shorter word may carry (typoAllowance). */
  allowance: number;
}

// Spellings whose phonetic keys agree are transliterations of each other: nearly the same word.
const TRANSLITERATION_DISTANCE = 0.3;
const SHORT_WORD = 4;
const FINAL_A = /a$/;
const MASCULINE_END = /(?:[^aeiou]|o)$/;

// A final -a where the other word ends in a consonant or -o marks a woman's or another person's
// form of the name (Olga/Oleg, Alexandra/Alexander, Maria/Mario). A final -e is left alone:
// Arabic ta marbuta is written -a, -ah, -e or -eh (Haniya/Haniyeh).
const differInFinalA = (x: string, y: string): boolean =>
  (FINAL_A.test(x) && MASCULINE_END.test(y)) || (FINAL_A.test(y) && MASCULINE_END.test(x));

function swapsTwoLetters(p: string, q: string): boolean {
  const first = [...p].findIndex((letter, index) => letter !== q[index]);
  return p[first] === q[first + 1] && p[first + 1] === q[first] && p.slice(first + 2) === q.slice(first + 2);
}

/**
 * A short or one-syllable word is little more than its vowel and consonants: change one and it is
 * another name (Kim Yong-nam / Jong-nam, Li Peng / Li Ping, Nguyen Phu Trong / Truong). A letter
 * added, lost or doubled, or two letters swapped, can still be a slip (Pong/Pyong, Schloz/Scholz).
 */
function differInShortWord(x: SpelledWord, y: SpelledWord): boolean {
  const [p, q] = [x.squeezed, y.squeezed];
  if (p === q) return false;
  const oneSyllableEach = x.vowels.length === 1 && y.vowels.length === 1;
  if (oneSyllableEach && x.vowels[0] !== y.vowels[0]) return true;
  const short = oneSyllableEach || Math.min(x.spelling.length, y.spelling.length) <= SHORT_WORD;
  return short && p.length === q.length && !swapsTwoLetters(p, q);
}

function spellingDistance(x: SpelledWord, y: SpelledWord, limit: number): number {
  if (x.phonetic !== y.phonetic) return tokenDistance(x.spelling, y.spelling, limit);
  return Math.min(tokenDistance(x.spelling, y.spelling, TRANSLITERATION_DISTANCE), TRANSLITERATION_DISTANCE);
}

/** How far apart two words are, or undefined when they are different names. */
export function wordDistance(x: SpelledWord, y: SpelledWord): WordDistance | undefined {
  const spellingAllowance = typoAllowance(Math.min(x.spelling.length, y.spelling.length));
  if (x.spelling === y.spelling) return { distance: 0, allowance: spellingAllowance };
  if (differInFinalA(x.spelling, y.spelling) || differInShortWord(x, y)) return undefined;
  const bySpelling = spellingDistance(x, y, spellingAllowance);
  if (bySpelling <= spellingAllowance) return { distance: bySpelling, allowance: spellingAllowance };
  const textAllowance = typoAllowance(Math.min(x.text.length, y.text.length));
  const byText = tokenDistance(x.text, y.text, textAllowance);
  return byText <= textAllowance ? { distance: byText, allowance: textAllowance } : undefined;
}
