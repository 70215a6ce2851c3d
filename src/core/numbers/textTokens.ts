// The text around numbers as tokens with offsets: words, digit strings, dashes and single marks,
// each knowing whether white space comes before it ("US$1.6B" is four tokens glued together).
import { CharKind, charKind, charWidth, isDigit, wordEnd } from '../align/charKinds';

export type TokenKind = 'word' | 'number' | 'dash' | 'mark';

export interface TextToken {
  text: string;
  /** Lower-case text, for table look-ups. */
  lower: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** White space (or the start of the text) right before the token. */
  spaced: boolean;
}

/**
 * The tokens of `/(\p{L}[\p{L}\p{M}'’]*)|(\d+(?:[.,]\d+)*)|([-–—‑])|\S/gu`, read character by
 * character: every sentence of every document is tokenised, and a regular expression's match
 * objects cost more than the scan.
 */
export function textTokens(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let previousEnd = -1;
  let at = 0;
  while (at < text.length) {
    const kind = charKind(text, at);
    if (kind === CharKind.Space) { at += charWidth(text, at); continue; }
    const start = at;
    const token: TokenKind = kind === CharKind.Letter ? 'word' : kind === CharKind.Digit ? 'number' : kind === CharKind.Dash ? 'dash' : 'mark';
    at = token === 'word' ? wordEnd(text, at) : token === 'number' ? numberEnd(text, at) : at + charWidth(text, at);
    const written = text.slice(start, at);
    // digits, dashes and marks have no case worth a call (a mark of another script may, and is lowered)
    const lower = token === 'number' || token === 'dash' ? written : written.toLowerCase();
    tokens.push({ text: written, lower, kind: token, start, end: at, spaced: previousEnd < start });
    previousEnd = at;
  }
  return tokens;
}

/** Digits, then groups of digits after a point or a comma ("1,200.5"). */
function numberEnd(text: string, at: number): number {
  let end = at;
  while (isDigit(text.charCodeAt(end))) end++;
  while ((text[end] === '.' || text[end] === ',') && isDigit(text.charCodeAt(end + 1))) {
    end++;
    while (isDigit(text.charCodeAt(end))) end++;
  }
  return end;
}

/** Whether `words` (lower case, one per token) occur at token `at`. */
export function phraseAt(tokens: readonly TextToken[], at: number, words: readonly string[]): boolean {
  if (at < 0 || at + words.length > tokens.length) return false;
  return words.every((word, k) => tokens[at + k].lower === word);
}

/** Whether `words` occur right before token `before`; returns the index of the first one, or -1. */
export function phraseBefore(tokens: readonly TextToken[], before: number, words: readonly string[]): number {
  const at = before - words.length;
  return phraseAt(tokens, at, words) ? at : -1;
}

/** The token at `at` when it directly follows the previous one, without white space. */
export function glued(tokens: readonly TextToken[], at: number): TextToken | undefined {
  const token = tokens[at];
  return token && !token.spaced ? token : undefined;
}
