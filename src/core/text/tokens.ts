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

/** A word starts with a letter or digit, never with a combining mark. */
function isWordStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // a surrogate pair is tested whole, so letters outside the BMP count too
  const code = text.codePointAt(i)!;
  return LETTER_DIGIT_MARK.test(String.fromCodePoint(code));
}

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return i < text.length && LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
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

export function wordsWithOffsets(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < text.length;) {
    if (!isWordStart(text, i)) { i += charLength(text, i); continue; }
    const end = wordEnd(text, i);
    out.push([i, end]);
    i = end;
  }
  return out;
}

export function tokensOf(article: Article, isChecked: (block: Block) => boolean): Token[] {
  const tokens: Token[] = [];
  article.blocks.forEach((block, index) => {
    if (!isChecked(block)) return;
    for (const [from, to] of wordsWithOffsets(block.text)) {
      const span = blockSpan(block, from, to);
      tokens.push({ start: span.start, end: span.end, text: block.text.slice(from, to), block: index, blockStart: from });
    }
  });
  return tokens;
}
