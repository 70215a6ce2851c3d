// The words of a stretch of block text, for matching names against acronyms: split at spaces,
// hyphens and glued joints ("InternationalSecurity" → "International", "Security"), each with
// its offsets in the block text.
import { STOP_WORDS } from '../text/stopWords';
import { startsWithCapital } from '../text/capitals';

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
const HAS_GLUED_JOINT = /\p{Ll}\p{Lu}/u;
const WHITE_SPACE = /\s/u;
// Every capital letter is one of these (and so are many other characters).
const CAPITAL_OR_OTHER = /[A-Z\u00C0-\uFFFF]/g;
const WORD_CHARACTER = /^[\p{L}\p{N}'’]$/u;

export function phraseWordsOf(text: string, from = 0, to = text.length): PhraseWord[] {
  const out: PhraseWord[] = [];
  forEachWord(text, from, to, (part, at, afterHyphen) => out.push({ text: part, from: at, to: at + part.length, afterHyphen }));
  return out;
}

/**
 * The capitalised words of a text that are not function words, lower-cased: what a name can be
 * made of. Only the words that hold a capital are read: most text has none, and is skipped.
 */
export function capitalisedWordsOf(text: string, into: Set<string>): void {
  CAPITAL_OR_OTHER.lastIndex = 0;
  for (let found = CAPITAL_OR_OTHER.exec(text); found; found = CAPITAL_OR_OTHER.exec(text)) {
    if (text.charCodeAt(found.index) >= 128 && !startsWithCapital(text.slice(found.index, found.index + 2))) continue;
    const word = wordAround(text, found.index);
    if (!word) continue;
    for (const part of HAS_GLUED_JOINT.test(word[0]) ? word[0].split(GLUED_JOINT) : [word[0]]) {
      if (!startsWithCapital(part)) continue;
      const lower = part.toLowerCase();
      if (!STOP_WORDS.has(lower)) into.add(lower);
    }
    CAPITAL_OR_OTHER.lastIndex = word.index + word[0].length;
  }
}

/**
 * The word (as `phraseWordsOf` reads words) that holds position `at`. Reading starts where the
 * run of word characters around it starts: no word crosses a character outside them.
 */
function wordAround(text: string, at: number): RegExpExecArray | undefined {
  let start = at;
  while (start > 0 && isWordCharacter(text, start - 1)) start -= isLowSurrogate(text, start - 1) && start > 1 ? 2 : 1;
  WORD.lastIndex = start;
  for (let word = WORD.exec(text); word && word.index <= at; word = WORD.exec(text)) {
    if (word.index + word[0].length > at) return word;
  }
  return undefined;
}

/** A letter, a digit or an apostrophe ends at `end` (the character before it, whole). */
function isWordCharacter(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39;
  const character = isLowSurrogate(text, end) && end > 0 ? text.slice(end - 1, end + 1) : text[end];
  return WORD_CHARACTER.test(character);
}

function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Each word of text[from, to) with its block offset, the parts of a glued word one by one. */
function forEachWord(text: string, from: number, to: number, visit: (part: string, at: number, afterHyphen: boolean) => void): void {
  const scope = from === 0 && to === text.length ? text : text.slice(from, to);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(scope); match; match = WORD.exec(scope)) {
    const word = match[0];
    let at = from + match.index;
    const afterHyphen = at > 0 && isHyphen(text.charCodeAt(at - 1));
    if (!HAS_GLUED_JOINT.test(word)) {
      visit(word, at, afterHyphen);
      continue;
    }
    word.split(GLUED_JOINT).forEach((part, i) => {
      visit(part, at, i === 0 && afterHyphen);
      at += part.length;
    });
  }
}

/** Whether only spaces, a hyphen or a glued joint stand between two words (no comma, no bracket). */
export function areAdjacent(text: string, a: PhraseWord, b: PhraseWord): boolean {
  if (a.to === b.from) return true;
  if (b.from === a.to + 1 && isHyphen(text.charCodeAt(a.to))) return true;
  for (let i = a.to; i < b.from; i++) if (!WHITE_SPACE.test(text[i])) return false;
  return true;
}

export function isFunctionWord(word: PhraseWord): boolean {
  return STOP_WORDS.has(word.text.toLowerCase());
}

export function isCapitalised(word: PhraseWord): boolean {
  return startsWithCapital(word.text);
}

/** The words as a reader would write them, glued joints opened: "Moscow Conference on International Security". */
export function phraseText(words: readonly PhraseWord[]): string {
  return words.map((w, i) => (i === 0 ? '' : w.afterHyphen ? '-' : ' ') + w.text).join('');
}

/** "-", "‐" or "‑". */
function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}
