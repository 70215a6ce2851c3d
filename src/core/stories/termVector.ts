// The vocabulary of an article as a bag of terms: content words folded to a crude stem, and
// numbers, which survive paraphrase and translation better than wording does.
import { finishedKeyHigh, HASH_START, hashStep, keyHighStep, keyLowStep } from '../lexicon/wordTable';
import { isStopWord, STOP_WORDS } from '../text/stopWords';

export type TermCounts = Map<string, number>;

/**
 * Receives each term of a scan. A plain word is a run of 3+ ASCII letters, not yet lower-cased,
 * stemmed or told from a function word, with the hash and the key of its lower-cased letters
 * (wordTable.ts).
 */
export interface TermSink {
  term(term: string): void;
  plainWord(text: string, start: number, end: number, hash: number, high: number, low: number): void;
}

export function termCounts(texts: readonly string[]): TermCounts {
  const counts: TermCounts = new Map();
  const term = (t: string): void => { counts.set(t, (counts.get(t) ?? 0) + 1); };
  const plainWord = (text: string, start: number, end: number): void => {
    if (!isStopWord(text, start, end)) term(stem(text.slice(start, end).toLowerCase()));
  };
  scanTerms(texts, { term, plainWord });
  return counts;
}

/**
 * Scans by hand what /[\p{L}][\p{L}'’-]*|\d[\d,.]*\/gu would match: this runs over every word of
 * the corpus, and the expression plus a lower-casing and two replacements per word made it the
 * slowest step of analysing a document. Plain ASCII words go to the sink as positions, unfolded.
 */
export function scanTerms(texts: readonly string[], sink: TermSink): void {
  for (const text of texts) {
    for (let i = 0; i < text.length;) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        const end = numberEnd(text, i);
        const term = numberTerm(text, i, end);
        if (term) sink.term(term);
        i = end;
      } else if (isLetterAt(text, i)) {
        i = wordTerm(text, i, sink);
      } else {
        i += codePointLength(text, i);
      }
    }
  }
}

function numberEnd(text: string, start: number): number {
  let i = start + 1;
  for (let c = text.charCodeAt(i); (c >= 48 && c <= 57) || c === 44 || c === 46; c = text.charCodeAt(++i));
  return i;
}

/** "1,500." counts as "#1,500"; single digits are too common to tell stories apart. */
function numberTerm(text: string, start: number, end: number): string | undefined {
  while (end > start && (text.charCodeAt(end - 1) === 44 || text.charCodeAt(end - 1) === 46)) end--;
  return end - start >= 2 ? `#${text.slice(start, end)}` : undefined;
}

const APOSTROPHE = 39, CURLY_APOSTROPHE = 0x2019, HYPHEN = 45;

/** Reads the word at `start`, hands it to `sink` and returns where the word ends. */
function wordTerm(text: string, start: number, sink: TermSink): number {
  let i = start, nonAscii = false, joined = false, hash = HASH_START, high = 0, low = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === APOSTROPHE || c === CURLY_APOSTROPHE || c === HYPHEN) { joined = true; i++; continue; }
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      hash = hashStep(hash, c | 32);
      high = keyHighStep(high, low);
      low = keyLowStep(low, c | 32);
      i++;
      continue;
    }
    if (c < 128 || !isLetterAt(text, i)) break;
    nonAscii = true;
    i += codePointLength(text, i);
  }
  if (nonAscii || joined) {
    const term = foldedTerm(text.slice(start, i));
    if (term) sink.term(term);
  } else if (i - start >= 3) {
    sink.plainWord(text, start, i, hash, finishedKeyHigh(true, i - start, high), low); // short words are dropped before any string is made for them
  }
  return i;
}

function foldedTerm(token: string): string | undefined {
  const lower = foldAccents(token.toLowerCase()).replace(/['’]s$/, '');
  if (lower.length < 3 || STOP_WORDS.has(lower)) return undefined;
  return stem(lower.replace(/[-'’]/g, ''));
}

const LETTER = /\p{L}/u;

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** 2 for a surrogate pair; a lone surrogate is one step, as the expression with the u flag takes it. */
function codePointLength(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;

function foldAccents(word: string): string {
  return NON_ASCII.test(word) ? word.normalize('NFKD').replace(MARKS, '') : word;
}

/** Strips the commonest English inflections so "cooperates" and "cooperation" stay apart but "talks" and "talk" meet. */
export function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && word.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
