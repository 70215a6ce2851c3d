// The text around numbers as tokens with offsets: words, digit strings, dashes and single marks,
// each knowing whether white space comes before it ("US$1.6B" is four tokens glued together).

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

const TOKEN = /(\p{L}[\p{L}\p{M}'’]*)|(\d+(?:[.,]\d+)*)|([-–—‑])|\S/gu;

export function textTokens(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    const kind: TokenKind = match[1] ? 'word' : match[2] ? 'number' : match[3] ? 'dash' : 'mark';
    const previous = tokens[tokens.length - 1];
    tokens.push({ text: match[0], lower: match[0].toLowerCase(), kind, start, end: start + match[0].length, spaced: !previous || previous.end < start });
  }
  return tokens;
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
