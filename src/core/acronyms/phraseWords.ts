// The words of a stretch of block text, for matching names against acronyms: split at spaces,
// hyphens and glued joints ("InternationalSecurity" → "International", "Security"), each with
// its offsets in the block text.
import { STOP_WORDS } from '../text/stopWords';

export interface PhraseWord {
  text: string;
  /** Offsets in the block text. */
  from: number;
  to: number;
  /** Written after a hyphen ("Proliferation" in "Non-Proliferation"). */
  afterHyphen: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const GLUED_JOINT = /(?<=\p{Ll})(?=\p{Lu})/u;

export function phraseWordsOf(text: string, from = 0, to = text.length): PhraseWord[] {
  const out: PhraseWord[] = [];
  for (const match of text.slice(from, to).matchAll(WORD)) {
    let at = from + (match.index ?? 0);
    const afterHyphen = /[-‐‑]$/u.test(text.slice(Math.max(0, at - 1), at));
    match[0].split(GLUED_JOINT).forEach((part, i) => {
      out.push({ text: part, from: at, to: at + part.length, afterHyphen: i === 0 && afterHyphen });
      at += part.length;
    });
  }
  return out;
}

/** Whether only spaces, a hyphen or a glued joint stand between two words (no comma, no bracket). */
export function areAdjacent(text: string, a: PhraseWord, b: PhraseWord): boolean {
  return /^(?:\s+|[-‐‑])?$/u.test(text.slice(a.to, b.from));
}

export function isFunctionWord(word: PhraseWord): boolean {
  return STOP_WORDS.has(word.text.toLowerCase());
}

export function isCapitalised(word: PhraseWord): boolean {
  return /^\p{Lu}/u.test(word.text);
}

/** The words as a reader would write them, glued joints opened: "Moscow Conference on International Security". */
export function phraseText(words: readonly PhraseWord[]): string {
  return words.map((w, i) => (i === 0 ? '' : w.afterHyphen ? '-' : ' ') + w.text).join('');
}
