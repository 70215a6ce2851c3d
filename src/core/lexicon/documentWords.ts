// The words a document writes, in every block: a menu or a teaser is no place to report a problem,
// but it still shows how the site spells and spaces a word ("Vietnam-Russia Tropical Centre").
import type { AnalyzedDocument } from '../engine/analyzedDocument';

/** A run of letters: words split at spaces, punctuation, hyphens, apostrophes and digits. */
export const LETTER_RUN = /\p{L}[\p{L}\p{M}]*/gu;

export interface DocumentWords {
  /** Occurrences of each letter run, as written ("Minister", "minister" and "MINISTER" apart). */
  counts: Map<string, number>;
  /** Capitalised words written next to each other, as "Deputy Minister" (space or hyphen between). */
  namePairs: string[];
}

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const APART = /^[\s\u00a0-]+$/u;

export function documentWords(doc: AnalyzedDocument): DocumentWords {
  const words: DocumentWords = { counts: new Map(), namePairs: [] };
  for (const block of doc.article.blocks) addWords(block.text, words);
  return words;
}

// A hand-written scan: this runs over every word of every document, and a character test is
// several times cheaper than a Unicode regular expression match per word.
function addWords(text: string, words: DocumentWords): void {
  let start = -1;
  let previous: { word: string; end: number } | undefined;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isLetter(text, i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const word = text.slice(start, i);
    words.counts.set(word, (words.counts.get(word) ?? 0) + 1);
    const capitalised = word.length > 1 && word[0] !== word[0].toLowerCase() && word[1] === word[1].toLowerCase();
    if (capitalised && previous && APART.test(text.slice(previous.end, start))) words.namePairs.push(`${previous.word} ${word}`);
    previous = capitalised ? { word, end: i } : undefined;
    start = -1;
  }
}

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // surrogate pairs: letters outside the basic plane are rare in news text, and never glue evidence
  return NON_ASCII_LETTER.test(text[i]);
}

/** Whether the document writes `words` one after another, apart (space or hyphen between), in any case. */
export function writesApart(doc: AnalyzedDocument, words: readonly string[]): boolean {
  const pattern = new RegExp(`(?<!\\p{L})${words.map(escapeRegExp).join('[\\s\\u00a0-]+')}(?!\\p{L})`, 'iu');
  return doc.article.blocks.some((b) => pattern.test(b.text));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
