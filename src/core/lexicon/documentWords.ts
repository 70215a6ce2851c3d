// The words a document writes, as runs of letters, and whether it writes some words apart.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { finishedKeyHigh, HASH_START, hashStep, keyHighStep, keyLowStep } from './wordTable';

/** A run of letters: words split at spaces, punctuation, hyphens, apostrophes and digits. */
export const LETTER_RUN = /\p{L}[\p{L}\p{M}]*/gu;

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const APART = /^[\s\u00a0-]+$/u;
/** Whether each code unit past ASCII is a letter or mark: 0 not yet known, 1 yes, 2 no. */
const nonAsciiLetters = new Uint8Array(0x10000);

/**
 * Calls `visit` with each run of letters of the text: where it starts and ends, the hash of its
 * characters and its key (both wordTable.ts). A hand-written scan: this runs over every character
 * of every document, and a character test is several times cheaper than a Unicode expression per word.
 */
export function forEachLetterRun(text: string, visit: (from: number, to: number, hash: number, high: number, low: number) => void): void {
  let start = -1;
  let hash = HASH_START;
  let high = 0, low = 0, ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      if (start < 0) {
        start = i;
        hash = HASH_START;
        high = low = 0;
        ascii = true;
      }
      hash = hashStep(hash, c);
      high = keyHighStep(high, low);
      low = keyLowStep(low, c);
      if (c >= 128) ascii = false;
    } else if (start >= 0) {
      visit(start, i, hash, finishedKeyHigh(ascii, i - start, high), low);
      start = -1;
    }
  }
  if (start >= 0) visit(start, text.length, hash, finishedKeyHigh(ascii, text.length - start, high), low);
}

/** "Minister", "Ho": a capital, then a letter that is not one. Two such words in a row may be a name. */
export function isCapitalisedWord(word: string): boolean {
  return word.length > 1 && word[0] !== word[0].toLowerCase() && word[1] === word[1].toLowerCase();
}

/** Only spaces or hyphens between two words; most names are one space apart, with no need for the expression. */
export function isApart(text: string, from: number, to: number): boolean {
  return (to === from + 1 && text.charCodeAt(from) === 32) || APART.test(text.slice(from, to));
}

// surrogate pairs: letters outside the basic plane are rare in news text, and never glue evidence
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let known = nonAsciiLetters[c];
  if (known === 0) nonAsciiLetters[c] = known = NON_ASCII_LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

// case-insensitive as the words are: a mark that folds to a letter (U+0345, to "ι") counts as one
const LETTER_BEFORE = /\p{L}$/iu;
const LETTER_AFTER = /^\p{L}/iu;

/**
 * Whether the document writes `words` one after another, apart (space or hyphen between), in any
 * case; `asWritten`: in their case, by spaces, the last word not going on with a hyphen ("easy
 * jet-lag" does not write "easy Jet").
 */
export function writesApart(doc: AnalyzedDocument, words: readonly string[], asWritten = false): boolean {
  const pattern = new RegExp(words.map(escapeRegExp).join(asWritten ? '[\\s\\u00a0]+' : '[\\s\\u00a0-]+'), asWritten ? 'gu' : 'giu');
  return doc.article.blocks.some((b) => matchesAsWords(pattern, b.text, asWritten));
}

// Whole words only, tested around each match: a letter class in look-arounds makes the expression
// ten times slower to build and run, and this runs for every weak glue of every document.
function matchesAsWords(pattern: RegExp, text: string, noHyphenAfter: boolean): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; pattern.lastIndex = m.index + 1, m = pattern.exec(text)) {
    const end = m.index + m[0].length;
    if (noHyphenAfter && text[end] === '-') continue;
    // two code units: a letter outside the basic plane is a surrogate pair
    if (!LETTER_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)) && !LETTER_AFTER.test(text.slice(end, end + 2))) return true;
  }
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
