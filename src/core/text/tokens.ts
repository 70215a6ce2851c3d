// Words of the checked blocks with their document offsets. A word is a run of letters, digits and
// marks, joined by inner apostrophes and hyphens ("Nam-Russia", "country's") and by the inner
// periods of abbreviations ("U.S."). Hand-written rather than one regular expression: this runs
// over every character of the corpus, and the expression with look-aheads was the engine's
// slowest step.
import type { Article, Block, Span } from '../types';
import { blockSpan } from './blockSpan';

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

/** A word starts with a letter or digit, never with a combining mark. */
function isWordStart(text: string, i: number): boolean {
  return (classAt(text, i) & IS_LETTER_DIGIT) !== 0;
}

function isWordChar(text: string, i: number): boolean {
  return (classAt(text, i) & IS_WORD_CHAR) !== 0;
}

function isLetter(text: string, i: number): boolean {
  return (classAt(text, i) & IS_LETTER) !== 0;
}

function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** End of the word starting at `start` (exclusive). */
function wordEnd(text: string, start: number): number {
  let i = start + charLength(text, start);
  let abbreviation = false;
  for (;;) {
    if (i < text.length && isWordChar(text, i)) { i += charLength(text, i); continue; }
    const c = text[i];
    if ((c === "'" || c === '’' || c === '-') && i + 1 < text.length && isWordChar(text, i + 1)) { i++; continue; }
    // "U.S": a period between single letters
    if (c === '.' && isLetter(text, i + 1) && text[i + 2] === '.') { abbreviation = true; i++; continue; }
    break;
  }
  // keep the final period of "U.S." only
  if (abbreviation && text[i] === '.' && isLetter(text, i - 1)) i++;
  return i;
}

/** Calls `visit` with the [from, to) offsets of each word of `text`, making no pair per word. */
export function forEachWord(text: string, visit: (from: number, to: number) => void): void {
  for (let i = 0; i < text.length;) {
    if (!isWordStart(text, i)) { i += charLength(text, i); continue; }
    const end = wordEnd(text, i);
    visit(i, end);
    i = end;
  }
}

export function wordsWithOffsets(text: string): [number, number][] {
  const out: [number, number][] = [];
  forEachWord(text, (from, to) => out.push([from, to]));
  return out;
}

export function tokensOf(article: Article, isChecked: (block: Block) => boolean): Token[] {
  const tokens: Token[] = [];
  article.blocks.forEach((block, index) => {
    if (!isChecked(block)) return;
    forEachWord(block.text, (from, to) => {
      const span = blockSpan(block, from, to);
      tokens.push({ start: span.start, end: span.end, text: block.text.slice(from, to), block: index, blockStart: from });
    });
  });
  return tokens;
}
