// Whether an acronym's letters fit a long form: read left to right, every content word gives its
// initial and may give further letters of itself in order ("Southeast" gives S and E of ASEAN);
// function words and words after a hyphen may give their initial or nothing ("Republic of
// Korea" → RoK). Stricter than Schwartz–Hearst, which lets "Moscow International Security
// Conference" fit MCIS by taking the c of "Moscow": here "Conference" must give a letter.
import { isFunctionWord, type PhraseWord } from './phraseWords';

export function fitsAcronym(acronym: string, words: readonly PhraseWord[]): boolean {
  const letters = acronym.toLowerCase();
  const texts = words.map((w) => w.text.toLowerCase());
  const optional = words.map((w) => w.afterHyphen || isFunctionWord(w));
  const failed = new Set<number>();
  const match = (i: number, j: number): boolean => {
    if (j === texts.length) return i === letters.length;
    const memo = i * (texts.length + 1) + j;
    if (failed.has(memo)) return false;
    if ((optional[j] && match(i, j + 1)) || (texts[j][0] === letters[i] && matchInside(i, j))) return true;
    failed.add(memo);
    return false;
  };
  // after the initial of word j, letters i+1.. may come from inside the word
  const matchInside = (i: number, j: number): boolean => {
    const word = texts[j];
    let next = i + 1;
    let at = 1;
    if (match(next, j + 1)) return true;
    while (next < letters.length) {
      at = word.indexOf(letters[next], at) + 1;
      if (at === 0) return false;
      next++;
      if (match(next, j + 1)) return true;
    }
    return false;
  };
  return letters.length > 0 && match(0, 0);
}

