import { forEachWord } from './tokens';

// English function words: their density separates running prose from menus, tags and teaser
// headlines (the jusText observation), and they are never names.
export const STOP_WORDS: ReadonlySet<string> = new Set((
  'a about above after again against all also am an and any are as at be because been before being ' +
  'below between both but by can could did do does doing down during each few for from further had has ' +
  'have having he her here hers herself him himself his how i if in into is it its itself just me more ' +
  'most my myself no nor not now of off on once only or other our ours ourselves out over own same she ' +
  'should so some such than that the their theirs them themselves then there these they this those ' +
  'through to too under until up very was we were what when where which while who whom why will with ' +
  'would you your yours yourself yourselves said says while amid among within without upon across ' +
  'toward towards since per via its it\'s'
).split(' '));

const LONGEST_STOP_WORD = Math.max(...[...STOP_WORDS].map((w) => w.length));
const SHORT_WORD = 6;

/**
 * A word of up to six ASCII letters and apostrophes as a number, five bits a letter, case folded;
 * -1 for any other word. Most words of prose are short: they are looked up without making a string.
 */
function shortWordKey(text: string, from: number, to: number): number {
  if (to - from > SHORT_WORD) return -1;
  let key = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) key = key * 32 + c - 96;
    else if (c >= 65 && c <= 90) key = key * 32 + c - 64;
    else if (c === 39) key = key * 32 + 27;
    else return -1;
  }
  return key;
}

const SHORT_STOP_WORDS: ReadonlySet<number> = new Set([...STOP_WORDS].map((w) => shortWordKey(w, 0, w.length)).filter((k) => k >= 0));

function isStopWord(text: string, from: number, to: number): boolean {
  const key = shortWordKey(text, from, to);
  if (key >= 0) return SHORT_STOP_WORDS.has(key);
  // lower-casing never shortens a word, so a longer one cannot be a function word
  return to - from <= LONGEST_STOP_WORD && STOP_WORDS.has(text.slice(from, to).toLowerCase());
}

export interface WordShare {
  words: number;
  /** Share of the words that are function words (0 when there are none). */
  density: number;
}

/** Counts words without keeping them: this runs on every block of every page, menus included. */
export function stopWordShare(text: string): WordShare {
  let words = 0;
  let stops = 0;
  forEachWord(text, (from, to) => {
    words++;
    if (isStopWord(text, from, to)) stops++;
  });
  return { words, density: words ? stops / words : 0 };
}
