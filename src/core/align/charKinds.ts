// Characters as the word patterns of the aligner and the number reader see them, classified by a
// table for ASCII and once per character beyond it, so that every sentence of every document can
// be scanned without a regular expression's match objects.

export const enum CharKind { Space, Letter, Mark, Digit, Dash, Apostrophe, Other }

/** Characters outside ASCII, classified once: their classes take a Unicode property look-up. */
const wideKinds = new Map<number, CharKind>();
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const SPACE = /^\s$/u;

export function charKind(text: string, at: number): CharKind {
  const code = text.charCodeAt(at);
  if (code < 128) return ASCII_KINDS[code];
  const point = text.codePointAt(at)!;
  let kind = wideKinds.get(point);
  if (kind === undefined) wideKinds.set(point, kind = wideKind(String.fromCodePoint(point)));
  return kind;
}

function wideKind(char: string): CharKind {
  if (char === '’') return CharKind.Apostrophe;
  if (char === '–' || char === '—' || char === '‑') return CharKind.Dash;
  if (SPACE.test(char)) return CharKind.Space;
  if (LETTER.test(char)) return CharKind.Letter;
  return MARK.test(char) ? CharKind.Mark : CharKind.Other;
}

const ASCII_KINDS: readonly CharKind[] = Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code);
  if (/[A-Za-z]/.test(char)) return CharKind.Letter;
  if (/[0-9]/.test(char)) return CharKind.Digit;
  if (char === '-') return CharKind.Dash;
  if (char === "'") return CharKind.Apostrophe;
  return /\s/.test(char) ? CharKind.Space : CharKind.Other;
});

const ASCII_IN_WORD: readonly boolean[] = ASCII_KINDS.map((kind) => kind === CharKind.Letter || kind === CharKind.Apostrophe);

export function charWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** The end of the word that starts at `at`: a letter, then letters, marks and apostrophes (`\p{L}[\p{L}\p{M}'’]*`). */
export function wordEnd(text: string, at: number): number {
  let end = at + charWidth(text, at);
  while (end < text.length) {
    const code = text.charCodeAt(end);
    // ASCII letters and the apostrophe continue a word, other ASCII ends it
    if (code < 128) {
      if (!ASCII_IN_WORD[code]) break;
      end++;
      continue;
    }
    const kind = charKind(text, end);
    if (kind !== CharKind.Letter && kind !== CharKind.Mark && kind !== CharKind.Apostrophe) break;
    end += charWidth(text, end);
  }
  return end;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
