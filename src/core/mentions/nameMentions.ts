// Candidate mentions of people and places: runs of capitalised words inside one sentence, with
// titles peeled off the front ("Defence Minister Sergei Shoigu" → "Sergei Shoigu") and runs
// naming organisations, events or documents left out.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { blockSpan } from '../text/blockSpan';
import type { Token } from '../text/tokens';
import type { Article } from '../types';
import { STOP_WORDS } from '../text/stopWords';
import { DocumentNames, type FoundName } from './documentNames';
import { ORGANISATION_WORDS, TITLES } from './roleWords';

/**
 * "Shoigu", "O'Brien", and a hyphen's parts each capitalised or not: "Sang-sik", "Thien-Hue",
 * "Jean-Pierre"; an Arabic article before its name: "al-Masri", "el-Sisi".
 */
const ARABIC_ARTICLE = '(?:al|el|ad|ar|as|ash|az|at|an)-';
const CAPITALISED_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’]*\\p{Ll}[\\p{Ll}\\p{M}'’]*";
const CAPITALISED = new RegExp(`^(?:${ARABIC_ARTICLE})?${CAPITALISED_WORD}(?:-\\p{Lu}?[\\p{Ll}\\p{M}'’]+)*$`, 'u');
/** A lower-case start: only an Arabic article's ("al-Masri") is read by the expression. */
const ARTICLE_START = new RegExp(`^${ARABIC_ARTICLE}\\p{Lu}`, 'u');
const PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'di']);
/** Two capitalised words run together by bad extraction ("MinisterSergei"): the second may start a name. */
const GLUED_PAIR = /^\p{Lu}\p{Ll}+(?=\p{Lu}\p{Ll}+$)/u;

const cache = new WeakMap<AnalyzedDocument, DocumentNames>();

/** The document's name mentions, found once per analysed version of its text. */
export function nameMentions(doc: AnalyzedDocument): DocumentNames {
  let mentions = cache.get(doc);
  if (!mentions) cache.set(doc, mentions = DocumentNames.of(findNameMentions(doc)));
  return mentions;
}

function findNameMentions(doc: AnalyzedDocument): FoundName[] {
  const out: FoundName[] = [];
  let run: Token[] = [];
  const flush = () => { const m = mentionOf(doc, run); if (m) out.push(m); run = []; };
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const original = tokens[i];
    if (run.length && !adjacent(doc.article, tokens[i - 1], original)) flush();
    const token = secondOfGluedPair(doc.article, original);
    if (token !== original) flush();
    if (isCapitalised(token.text) || (run.length && PARTICLES.has(token.text) && isCapitalised(tokens[i + 1]?.text ?? ''))) run.push(token);
    else if (run.length) flush();
  }
  flush();
  return out;
}

/** Most words are lower case: an ASCII lower-case or non-letter start is ruled out without the expression. */
function mayBeCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 128 || (c >= 65 && c <= 90);
}

const UNDECIDED = 2;

/** CAPITALISED read for plain ASCII words without the expression; UNDECIDED once another character comes. */
function asciiCapitalised(word: string): boolean | typeof UNDECIDED {
  const first = word.charCodeAt(0);
  if (first >= 128) return UNDECIDED;
  if (!(first >= 65 && first <= 90)) return ARTICLE_START.test(word) ? UNDECIDED : false;
  let lower = false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 128) return UNDECIDED;
    // a capital only right after a hyphen: "Thien-Hue", "Jean-Pierre"
    else if (c >= 65 && c <= 90) { if (word.charCodeAt(i - 1) !== 45) return false; }
    else if (c !== 39 && c !== 45) return false;
  }
  return lower;
}

function isCapitalised(word: string): boolean {
  const ascii = asciiCapitalised(word);
  return ascii === UNDECIDED ? CAPITALISED.test(word) : ascii;
}

/** A glued pair has a capital after its second letter: plain words without one skip the expression. */
function mayBeGluedPair(word: string): boolean {
  if (!mayBeCapitalised(word)) return false;
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

function secondOfGluedPair(article: Article, token: Token): Token {
  if (!mayBeGluedPair(token.text)) return token;
  const first = GLUED_PAIR.exec(token.text)?.[0].length;
  if (!first) return token;
  const blockStart = token.blockStart + first;
  const span = blockSpan(article.blocks[token.block], blockStart, token.blockStart + token.text.length);
  return { ...span, text: token.text.slice(first), block: token.block, blockStart };
}

function isNonNameWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (TITLES.has(lower) || ORGANISATION_WORDS.has(lower)) return true;
  // "Secretary-General", "Vice-President", "Director-General": a title written with a hyphen
  return lower.includes('-') && lower.split('-').some((part) => TITLES.has(part));
}

/** Two tokens of one block separated by a single space: the same run of words. */
function adjacent(article: Article, a: Token, b: Token): boolean {
  if (a.block !== b.block) return false;
  const gapStart = a.blockStart + a.text.length;
  return b.blockStart === gapStart + 1 && article.blocks[a.block].text.charCodeAt(gapStart) === 32;
}

/**
 * Vietnamese family names that are English function words (Đỗ and Tô written without their marks):
 * "Do Hung Dung won the ball" opens on a name, as "In Ha Noi" does not. Only before two more name
 * words, so "To Hanoi" or "Do Vietnamese firms" stay sentence openers.
 */
const FAMILY_FUNCTION_WORDS: ReadonlySet<string> = new Set(['Do', 'To']);

function opensVietnameseName(run: readonly Token[], start: number): boolean {
  return FAMILY_FUNCTION_WORDS.has(run[start].text) && run.length - start >= 3;
}

function mentionOf(doc: AnalyzedDocument, run: Token[]): FoundName | undefined {
  // a name follows its titles and the organisation it speaks for: "Secretary of the Russian
  // Security Council Sergey Shoigu" names Sergey Shoigu; a run ending in such a word names none
  if (run.length < 2) return undefined; // most runs are one capitalised word: no name of two words
  let start = run.length;
  while (start > 0 && !isNonNameWord(run[start - 1].text)) start--;
  // a capitalised function word opening the run opens a sentence ("The", "In"); after a title it
  // is part of a name ("General Secretary To Lam")
  if (start === 0) while (start < run.length && STOP_WORDS.has(run[start].text.toLowerCase()) && !opensVietnameseName(run, start)) start++;
  const words = run.slice(start);
  if (words.length < 2) return undefined;
  const last = words[words.length - 1];
  const possessive = /['’]s$/.test(last.text) ? 2 : 0;
  const block = doc.article.blocks[words[0].block];
  const span = blockSpan(block, words[0].blockStart, last.blockStart + last.text.length - possessive);
  return { start: span.start, end: span.end, words: words.map((t, i) => (i === words.length - 1 && possessive ? t.text.slice(0, -2) : t.text)) };
}
