// Words of the checked blocks with their document offsets. A word is a run of letters, digits and
// marks, joined by inner apostrophes and hyphens ("Nam-Russia", "country's") and by the inner
// periods of abbreviations ("U.S."). Hand-written rather than one regular expression: this runs
// over every character of the corpus, and the expression with look-aheads was the engine's
// slowest step.
import type { Article, Block, Span } from '../types';
import { documentEnd, documentStart } from './blockSpan';

export interface Token extends Span {
  /** The word as a reader sees it. */
  text: string;
  /** Index into `Article.blocks`. */
  block: number;
  /** Offset of the word inside its block's text. */
  blockStart: number;
}

const LETTER_DIGIT_MARK = /[\p{L}\p{N}\p{M}]/u;
const LETTER_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

const KNOWN = 1, IS_LETTER = 2, IS_LETTER_DIGIT = 4, IS_WORD_CHAR = 8;

function classOfCodePoint(code: number): number {
  const char = String.fromCodePoint(code);
  return KNOWN | (LETTER.test(char) ? IS_LETTER : 0) | (LETTER_DIGIT.test(char) ? IS_LETTER_DIGIT : 0) |
    (LETTER_DIGIT_MARK.test(char) ? IS_WORD_CHAR : 0);
}

/**
 * Character classes of the Basic Multilingual Plane, each worked out by the expressions above the
 * first time it is met: the scan then tests no expression per accented letter, dash or quote.
 */
const bmpClasses = new Uint8Array(0x10000);

function classAt(text: string, i: number): number {
  if (!(i < text.length)) return 0;
  const c = text.charCodeAt(i);
  // a surrogate pair is tested whole, so letters outside the BMP count too
  if (c >= 0xd800 && c <= 0xdfff) return classOfCodePoint(text.codePointAt(i)!);
  let known = bmpClasses[c];
  if (known === 0) bmpClasses[c] = known = classOfCodePoint(c);
  return known;
}

const APOSTROPHE = 39, CURLY_APOSTROPHE = 0x2019, HYPHEN = 45, PERIOD = 46;

/** Whether the character at `i` has all bits of `flags`; ASCII is decided without a call. */
function has(text: string, i: number, flags: number): boolean {
  return (classAt(text, i) & flags) !== 0;
}

function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** End of the run of word characters from `i`: the inner loop over every letter of the corpus. */
function wordCharsEnd(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) { i++; continue; }
      return i;
    }
    if (c !== c || !has(text, i, IS_WORD_CHAR)) return i; // NaN: the end of the text
    i += charLength(text, i);
  }
}

/** End of the word starting at `start` (exclusive). */
function wordEnd(text: string, start: number): number {
  let i = start + charLength(text, start);
  let abbreviation = false;
  for (;;) {
    i = wordCharsEnd(text, i);
    const c = text.charCodeAt(i);
    if ((c === APOSTROPHE || c === CURLY_APOSTROPHE || c === HYPHEN) && has(text, i + 1, IS_WORD_CHAR)) { i++; continue; }
    // "U.S": a period between single letters
    if (c === PERIOD && has(text, i + 1, IS_LETTER) && text.charCodeAt(i + 2) === PERIOD) { abbreviation = true; i++; continue; }
    break;
  }
  // keep the final period of "U.S." only
  if (abbreviation && text.charCodeAt(i) === PERIOD && has(text, i - 1, IS_LETTER)) i++;
  return i;
}

/**
 * Calls `visit` with the [from, to) offsets of each word of `text`, making no pair per word; only
 * the words that start in [from, until) when those are given (`from` must not be inside a word).
 */
export function forEachWord(text: string, visit: (from: number, to: number) => void, from = 0, until = text.length): void {
  for (let i = from; i < until;) {
    const c = text.charCodeAt(i);
    // a word starts with a letter or digit, never with a combining mark
    const starts = c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : has(text, i, IS_LETTER_DIGIT);
    if (!starts) { i += charLength(text, i); continue; }
    const end = wordEnd(text, i);
    visit(i, end);
    i = end;
  }
}

export function tokensOf(article: Article, isChecked: (block: Block) => boolean): Token[] {
  const tokens: Token[] = [];
  const blocks = article.blocks;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (!isChecked(block)) continue;
    const text = block.text;
    forEachWord(text, (from, to) => {
      const start = documentStart(block, from), end = documentEnd(block, from, to);
      tokens.push({ start, end, text: text.slice(from, to), block: index, blockStart: from });
    });
  }
  return tokens;
}
