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
const HEAD = 6;
const NOT_PLAIN = -1;

/** Up to six ASCII letters and apostrophes as a number, five bits a letter, case folded; NOT_PLAIN for any other character. */
function letterKey(text: string, from: number, to: number): number {
  let key = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 32; // folds ASCII case; "'" (39) stays itself
    if (c >= 97 && c <= 122) key = key * 32 + c - 96;
    else if (c === 39 && text.charCodeAt(i) === 39) key = key * 32 + 27;
    else return NOT_PLAIN;
  }
  return key;
}

/**
 * The function words as an open-addressed table of (first six letters, rest) keys: prose words are
 * looked up without making a string, and without a Set's hashing per word.
 */
const SLOTS = 1024;
const slotHead = new Int32Array(SLOTS).fill(NOT_PLAIN);
const slotTail = new Int32Array(SLOTS);

function slotOf(head: number, tail: number): number {
  return Math.imul(head ^ Math.imul(tail, 0x27d4eb2d), 0x9e3779b1) >>> 22;
}

for (const word of STOP_WORDS) {
  const head = letterKey(word, 0, Math.min(word.length, HEAD));
  const tail = word.length > HEAD ? letterKey(word, HEAD, word.length) : 0;
  let slot = slotOf(head, tail);
  while (slotHead[slot] !== NOT_PLAIN) slot = (slot + 1) & (SLOTS - 1);
  slotHead[slot] = head;
  slotTail[slot] = tail;
}

/** Whether text[from, to) is a function word, in any case; makes no string for plain ASCII words. */
export function isStopWord(text: string, from: number, to: number): boolean {
  // lower-casing never shortens a word, so a longer one cannot be a function word
  if (to - from > LONGEST_STOP_WORD) return false;
  const split = Math.min(to, from + HEAD);
  const head = letterKey(text, from, split);
  const tail = head === NOT_PLAIN ? NOT_PLAIN : letterKey(text, split, to);
  if (tail === NOT_PLAIN) return STOP_WORDS.has(text.slice(from, to).toLowerCase());
  for (let slot = slotOf(head, tail); slotHead[slot] !== NOT_PLAIN; slot = (slot + 1) & (SLOTS - 1)) {
    if (slotHead[slot] === head && slotTail[slot] === tail) return true;
  }
  return false;
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
