// Sentence segmentation with offsets. A full stop ends a sentence unless it belongs to an
// abbreviation ("Sen. Lt. Gen.", "U.S.", "No. 5", "Dec."), an initial ("J. Smith"), a decimal or a
// number, or the next word starts in lower case.
import type { Article, Block, Sentence } from '../types';
import { documentEnd, documentStart } from './blockSpan';
import { isWhiteSpace } from './whiteSpace';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cmdr',
  'adm', 'brig', 'pres', 'amb', 'hon', 'rev', 'st', 'jr', 'sr', 'no', 'nos', 'vol', 'art', 'fig', 'ed', 'eds',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues',
  'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'assn', 'bros',
  'approx', 'est', 'vs', 'etc', 'al', 'cf', 'eg', 'ie', 'mt', 'ft', 'pp', 'p', 'ca', 'op', 'gov\'t',
]);

/** Candidate ends: terminal punctuation, closing quotes and brackets, then white space. */
const TERMINAL = /[.!?…]+["'”’)\]]*(?=\s+|$)/g;

export function sentencesOf(article: Article, isChecked: (block: Block) => boolean): Sentence[] {
  const out: Sentence[] = [];
  article.blocks.forEach((block, index) => {
    if (!isChecked(block)) return;
    for (const [from, to] of splitSentences(block.text)) {
      out.push({ start: documentStart(block, from), end: documentEnd(block, from, to), text: block.text.slice(from, to), block: index, blockStart: from });
    }
  });
  return out;
}

/** [start, end) pairs of the sentences of `text`, trimmed, covering every non-space character. */
export function splitSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(TERMINAL)) {
    const end = (match.index ?? 0) + match[0].length;
    if (end <= start || !endsSentence(text, match.index ?? 0, end)) continue;
    out.push([start, end]);
    start = skipSpace(text, end);
  }
  if (start < text.length) out.push([start, trimEnd(text, text.length)]);
  return out;
}

function endsSentence(text: string, at: number, end: number): boolean {
  const next = nextCharacter(text, end);
  if (next === undefined) return true;
  if (text.charCodeAt(at) !== PERIOD) return !/\p{Ll}/u.test(next);
  if (isDigit(text.charCodeAt(at - 1)) && /\d/.test(next)) return false;
  // an abbreviation matters only before a capital or digit: before lower case no full stop ends a sentence
  if (!/[\p{Lu}\d]/u.test(next)) return !/[\p{Ll},;:]/u.test(next);
  return !isAbbreviation(wordBefore(text, at));
}

const WORD_BEFORE = /([\p{L}.'’]+)$/u;
const WORD_BEFORE_REACH = 20;

/** The run of letters, dots and apostrophes that ends at `at`, at most 20 characters long: scanned for ASCII, matched otherwise. */
function wordBefore(text: string, at: number): string {
  const from = Math.max(0, at - WORD_BEFORE_REACH);
  let i = at;
  for (; i > from; i--) {
    const c = text.charCodeAt(i - 1);
    if (c >= 128) return WORD_BEFORE.exec(text.slice(from, at))?.[1] ?? '';
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === PERIOD || c === 39)) break;
  }
  return text.slice(i, at);
}

const PERIOD = 46;
const OPENERS = '"\'“‘([';

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The first character of what follows `end`, looking past white space and opening quotes and
 * brackets (a run of those followed by white space gives its last one), as the expression
 * /^["'“‘(\[]*(\S)/u read it; undefined at the end of the text. Scanned, not matched: this runs at
 * every full stop of the corpus.
 */
function nextCharacter(text: string, end: number): string | undefined {
  const from = skipSpace(text, end);
  let i = from;
  while (i < text.length && OPENERS.includes(text[i])) i++;
  if (i < text.length && !isWhiteSpace(text.charCodeAt(i))) return String.fromCodePoint(text.codePointAt(i)!);
  return i > from ? text[i - 1] : undefined;
}

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function isAbbreviation(word: string): boolean {
  // most words before a full stop are longer than any abbreviation and hold no dot or apostrophe:
  // such a word is its own bare form and neither a listed abbreviation, an initial nor dotted
  if (word.length > LONGEST_ABBREVIATION && !word.includes('.') && !word.includes("'") && !word.includes('’')) return false;
  const bare = word.replace(/^.*[^\p{L}.]/u, '');
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial
  return /^(?:\p{L}\.)+\p{L}$/u.test(bare); // U.S, e.g, a.m
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && isWhiteSpace(text.charCodeAt(at))) at++;
  return at;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
