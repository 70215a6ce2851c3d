// The words a document writes, in every block: a menu or a teaser is no place to report a problem,
// but it still shows how the site spells and spaces a word ("Vietnam-Russia Tropical Centre").
import type { AnalyzedDocument } from '../engine/analyzedDocument';

/** A run of letters: words split at spaces, punctuation, hyphens, apostrophes and digits. */
export const LETTER_RUN = /\p{L}[\p{L}\p{M}]*/gu;

/** What a scan of a document's words reports, as it goes. */
export interface WordVisitor {
  /** A letter run, as written ("Minister", "minister" and "MINISTER" apart). */
  word(word: string): void;
  /** Capitalised words written next to each other, as "Deputy Minister" (space or hyphen between). */
  namePair(pair: string): void;
}

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const APART = /^[\s\u00a0-]+$/u;

/** Visits every word the document writes, and every pair of names written apart, in order. */
export function documentWords(doc: AnalyzedDocument, visit: WordVisitor): void {
  for (const block of doc.article.blocks) visitWords(block.text, visit);
}

// A hand-written scan: this runs over every word of every document, and a character test is
// several times cheaper than a Unicode regular expression match per word.
function visitWords(text: string, visit: WordVisitor): void {
  let start = -1;
  // the previous word when it is capitalised, and where it ends
  let name: string | undefined;
  let nameEnd = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isLetter(text, i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const word = text.slice(start, i);
    visit.word(word);
    const capitalised = word.length > 1 && word[0] !== word[0].toLowerCase() && word[1] === word[1].toLowerCase();
    if (capitalised && name !== undefined && isApart(text, nameEnd, start)) visit.namePair(`${name} ${word}`);
    name = capitalised ? word : undefined;
    nameEnd = i;
    start = -1;
  }
}

// most names are one space apart: no need for the expression
function isApart(text: string, from: number, to: number): boolean {
  return (to === from + 1 && text.charCodeAt(from) === 32) || APART.test(text.slice(from, to));
}

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // surrogate pairs: letters outside the basic plane are rare in news text, and never glue evidence
  return NON_ASCII_LETTER.test(text[i]);
}

// case-insensitive as the words are: a mark that folds to a letter (U+0345, to "ι") counts as one
const LETTER_BEFORE = /\p{L}$/iu;
const LETTER_AFTER = /^\p{L}/iu;

/** Whether the document writes `words` one after another, apart (space or hyphen between), in any case. */
export function writesApart(doc: AnalyzedDocument, words: readonly string[]): boolean {
  const pattern = new RegExp(words.map(escapeRegExp).join('[\\s\\u00a0-]+'), 'giu');
  return doc.article.blocks.some((b) => matchesAsWords(pattern, b.text));
}

// Whole words only, tested around each match: a letter class in look-arounds makes the expression
// ten times slower to build and run, and this runs for every weak glue of every document.
function matchesAsWords(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; pattern.lastIndex = m.index + 1, m = pattern.exec(text)) {
    const end = m.index + m[0].length;
    // two code units: a letter outside the basic plane is a surrogate pair
    if (!LETTER_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)) && !LETTER_AFTER.test(text.slice(end, end + 2))) return true;
  }
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
