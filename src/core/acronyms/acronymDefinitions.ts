// Where a document defines an acronym: "Long Form (ACR)" or "ACR (Long Form)" inside one
// checked block. A suffix on the acronym is not part of it ("MCIS-11" is MCIS, "NGOs" is NGO).
// For "Long Form (ACR)" the long form is the shortest run of words before the bracket that fits
// the letters (Schwartz–Hearst's window: at most min(|A|+5, 2|A|) words); when none fits, the
// capitalised name just before the bracket is kept as a long form that does not fit. A dateline
// ("Ha Noi (VNA) – …") names a place and an agency: it defines nothing.
import { isCheckedBlock, type AnalyzedDocument } from '../engine/analyzedDocument';
import { SharedStrings } from '../lexicon/sharedStrings';
import { blockSpan } from '../text/blockSpan';
import type { Block, Span } from '../types';
import { fitsAcronym } from './acronymFit';
import { areAdjacent, isCapitalised, isFunctionWord, phraseWordsOf, type PhraseWord } from './phraseWords';

export interface AcronymDefinition {
  doc: AnalyzedDocument;
  block: Block;
  /** The acronym's letters ("MCIS"). */
  acronym: string;
  /** The acronym as written ("MCIS-11"). */
  written: string;
  longForm: PhraseWord[];
  /** The long form and the acronym with its brackets, in document offsets. */
  span: Span;
  /** Block offsets of the whole definition and of its long form. */
  from: number;
  to: number;
  longFrom: number;
  longTo: number;
  fits: boolean;
}

const BRACKETED = /\(([^()]{1,160})\)/g;
const ACRONYM = /^(\p{Lu}[\p{Lu}\p{Ll}&]{1,9}?)(?:[-–‑]\d+|s)?$/u;
// Where a long form cannot reach back past: sentence ends, clause marks, brackets, quotes.
const CLAUSE_BREAKS = '.!?;:()"“”';
const WHITE_SPACE = /\s/;
const DATELINE_PLACE = /^\s*[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s*$/u;
const DATELINE_DASH = /^\s*[-–—]/u;

export function acronymDefinitionsOf(doc: AnalyzedDocument): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const block of doc.article.blocks) {
    if (!isCheckedBlock(block)) continue;
    for (const match of block.text.matchAll(BRACKETED)) {
      const open = match.index ?? 0;
      const close = open + match[0].length;
      const inner = match[1].trim();
      const definition = acronymLetters(inner)
        ? longFormBefore(doc, block, open, close, inner)
        : longFormInside(doc, block, open, close, inner);
      if (definition) out.push(definition);
    }
  }
  return out;
}

/** "MCIS" for "MCIS-11"; undefined unless it looks like an acronym: two capitals or more, few small letters ("RoK"). */
function acronymLetters(written: string): string | undefined {
  const letters = ACRONYM.exec(written)?.[1];
  if (!letters) return undefined;
  const capitals = (letters.match(/\p{Lu}/gu) ?? []).length;
  const small = (letters.match(/\p{Ll}/gu) ?? []).length;
  return capitals >= 2 && small < capitals ? letters.replace('&', '') : undefined;
}

/** "Association of Southeast Asian Nations (ASEAN)". */
function longFormBefore(doc: AnalyzedDocument, block: Block, open: number, close: number, written: string): AcronymDefinition | undefined {
  if (isDateline(block.text, open, close)) return undefined;
  const acronym = acronymLetters(written)!;
  const words = phraseWordsOf(block.text, clauseStart(block.text, open), open);
  const window = Math.min(acronym.length + 5, acronym.length * 2);
  for (let n = 1; n <= Math.min(window, words.length); n++) {
    const longForm = words.slice(words.length - n);
    if (!isFunctionWord(longForm[0]) && fitsAcronym(acronym, longForm)) return define(doc, block, acronym, written, longForm, [longForm[0].from, close], true);
  }
  const name = trailingName(block.text, words);
  if (name.filter((w) => !isFunctionWord(w)).length < 2) return undefined;
  return define(doc, block, acronym, written, name, [name[0].from, close], false);
}

/** "MCIS (Moscow Conference on International Security)". */
function longFormInside(doc: AnalyzedDocument, block: Block, open: number, close: number, inner: string): AcronymDefinition | undefined {
  const before = wordBefore(block.text, open);
  const written = before && block.text.slice(before.start, before.end);
  const acronym = written ? acronymLetters(written) : undefined;
  if (!before || !written || !acronym) return undefined;
  const longForm = phraseWordsOf(block.text, open + 1, close - 1);
  if (longForm.filter((w) => !isFunctionWord(w)).length < 2) return undefined;
  return define(doc, block, acronym, written, longForm, [before.start, close], fitsAcronym(acronym, longForm));
}

/**
 * "Ha Noi (VNA) – The minister…": a paragraph that opens with a place and the agency's acronym
 * before a dash is a dateline; the place is no long form of the agency.
 */
function isDateline(text: string, open: number, close: number): boolean {
  return DATELINE_PLACE.test(text.slice(0, open)) && DATELINE_DASH.test(text.slice(close));
}

/** Just after the last clause break before `at`, or 0. */
function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_BREAKS.includes(text[i])) return i + 1;
  return 0;
}

/** The run of non-space characters that white space separates from `at` (/(\S+)\s+$/ before it). */
function wordBefore(text: string, at: number): { start: number; end: number } | undefined {
  let end = at;
  while (end > 0 && WHITE_SPACE.test(text[end - 1])) end--;
  if (end === at || end === 0) return undefined;
  let start = end;
  while (start > 0 && !WHITE_SPACE.test(text[start - 1])) start--;
  return { start, end };
}

/** A possessive before a name is whose it is: "Vietnam's Public Security Ministry". */
const POSSESSIVE = /['’]s?$/u;

/** The capitalised name that ends the words: capitalised words, with function words only inside, after any possessive. */
function trailingName(text: string, words: readonly PhraseWord[]): PhraseWord[] {
  let start = words.length;
  while (start > 0) {
    const word = words[start - 1];
    const joined = start === words.length || areAdjacent(text, word, words[start]);
    if (!joined || !(isCapitalised(word) || isFunctionWord(word)) || (start < words.length && POSSESSIVE.test(word.text))) break;
    start--;
  }
  while (start < words.length && (!isCapitalised(words[start]) || isFunctionWord(words[start]))) start++;
  return words.slice(start);
}

/**
 * Acronyms and the words of long forms, one string each for the whole corpus: every document keeps
 * its definitions, and the same few organisations are spelled out in thousands of them.
 */
const sharedWords = new SharedStrings(100_000);

function define(
  doc: AnalyzedDocument, block: Block, acronym: string, written: string,
  longForm: PhraseWord[], [from, to]: [number, number], fits: boolean,
): AcronymDefinition {
  const longFrom = longForm[0].from;
  const longTo = longForm[longForm.length - 1].to;
  for (const word of longForm) word.text = sharedWords.of(word.text);
  return {
    doc, block, acronym: sharedWords.of(acronym), written: sharedWords.of(written),
    longForm, span: blockSpan(block, from, to), from, to, longFrom, longTo, fits,
  };
}
