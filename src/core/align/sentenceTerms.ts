// The content of a sentence as weighted terms: stop words out, words stemmed, and the parts that
// survive paraphrase and translation best, numbers and capitalised names, counted more. A version's
// sentences are packed into flat arrays of interned term ids (termIds.ts): ten thousand articles
// hold a third of a million sentences, and a map per sentence would cost more than the text. They
// are kept packed (keptTerms.ts) and copied out for each pair of versions compared.
import { STOP_WORDS } from '../text/stopWords';
import { CharKind, charKind, isDigit, wordEnd } from './charKinds';
import { KeptTerms } from './keptTerms';
import { RangeTable } from './rangeTable';
import { Scratch } from './scratch';
import { termId, TermSlots } from './termIds';
import { stemWord } from './wordStem';

/**
 * The terms of a version's sentences: sentence `i` owns entries `start[i]` to `start[i + 1] - 1`
 * of `ids` and `counts`, each of its terms once, in the order the sentence first uses them.
 */
export interface SentenceTerms {
  start: Int32Array;
  ids: Int32Array;
  /** Weighted occurrences of the term in the sentence. */
  counts: Int32Array;
}

/**
 * Words are cut to their first letters after plural folding, a crude stemmer that survives
 * paraphrase well: "modernisation" and "modernise", "Freedonia" and "Freedonian" meet.
 */
const PREFIX_LETTERS = 7;
/** How much more a number or a name says about what a sentence states than an ordinary word. */
const NUMBER_WEIGHT = 2;
const NAME_WEIGHT = 2;

/** What a word is, packed in a number: flags in the low bits, its term id + 1 above (0: not counted). */
const COUNTED = 1;
const ACRONYM = 2;
/** Capitalised and no function word: part of a name. */
const NAME_PART = 4;
/** A name part in title case ("Viet", "Nam"; not "US"), which may join the next one. */
const JOINABLE = 8;
const FLAG_BITS = 16;

/** Words and numbers recur across the corpus: each is classified and stemmed once. */
const wordKinds = new RangeTable();
const numberIds = new RangeTable();
/** Joined names by the text of the two words with their space ("Ha Noi"). */
const joinedIds = new RangeTable();
const positions = new TermSlots((n) => new Int32Array(n));

export function sentenceTerms(texts: readonly string[]): KeptTerms {
  return packed(texts.length, (index, raw) => rawTerms(texts[index], raw));
}

const versions = new WeakMap<readonly { text: string }[], KeptTerms>();

/** The terms of a version's sentences, read once per analysis: a version is compared with each of the others. */
export function versionTerms(sentences: readonly { text: string }[]): KeptTerms {
  let terms = versions.get(sentences);
  if (!terms) versions.set(sentences, terms = sentenceTerms(sentences.map((s) => s.text)));
  return terms;
}

/** Some sentences of a version read from other texts: all that is kept beside the version's own terms. */
export interface ReplacedSentences {
  /** Indices of the replaced sentences, ascending. */
  sentences: readonly number[];
  /** Their terms from the new texts, in the same order. */
  terms: KeptTerms;
}

/**
 * The terms of sentences `indices` (ascending) with parts of their text read as spaces: `gaps(index)`
 * gives them as sentence offsets, start and end in turn, ascending (date expressions blanked out).
 */
export function sentencesWithGaps(sentences: readonly { text: string }[], indices: readonly number[], gaps: (index: number) => readonly number[]): ReplacedSentences {
  return {
    sentences: [...indices],
    terms: packed(indices.length, (k, raw) => rawTerms(sentences[indices[k]].text, raw, gaps(indices[k]))),
  };
}

/** Reused arrays to write a version's terms into, for terms needed only until the next write. */
export interface TermsScratch {
  start: Scratch<Int32Array>;
  ids: Scratch<Int32Array>;
  counts: Scratch<Int32Array>;
}

export function termsScratch(): TermsScratch {
  const make = () => new Scratch((n) => new Int32Array(n));
  return { start: make(), ids: make(), counts: make() };
}

/** Kept terms as the aligners read them, written into `into`: they last until its next use. */
export function unpackedTerms(kept: KeptTerms, into: TermsScratch): SentenceTerms {
  return withSentencesReplaced(kept, NOTHING_REPLACED, into);
}

const NOTHING_REPLACED: ReplacedSentences = { sentences: [], terms: KeptTerms.of([0], [], []) };

/**
 * The terms of `base` with the replaced sentences' terms in their place, written into `into`: they
 * last until its next use. Spliced per use rather than kept: a whole second copy of each version's
 * terms cost as much memory as the first, for the quarter of its sentences that differ.
 */
export function withSentencesReplaced(base: KeptTerms, replaced: ReplacedSentences, into: TermsScratch): SentenceTerms {
  const count = base.sentenceCount;
  const start = into.start.of(count + 1).subarray(0, count + 1);
  const ids = into.ids.of(base.entryCount + replaced.terms.entryCount);
  const counts = into.counts.of(ids.length);
  const fromBase = base.arrays();
  const fromReplaced = replaced.sentences.length ? replaced.terms.arrays() : fromBase;
  let size = 0;
  start[0] = 0;
  for (let index = 0, next = 0; index < count; index++) {
    const isReplaced = replaced.sentences[next] === index;
    const source = isReplaced ? fromReplaced : fromBase;
    const sentence = isReplaced ? next++ : index;
    for (let k = source.start[sentence]; k < source.start[sentence + 1]; k++, size++) {
      ids[size] = source.ids[k];
      counts[size] = source.counts[k];
    }
    start[index + 1] = size;
  }
  return { start, ids: ids.subarray(0, size), counts: counts.subarray(0, size) };
}

/** Packs the terms `read` gives for each of `count` sentences, as (term id, weight) pairs. */
function packed(count: number, read: (index: number, raw: number[]) => void): KeptTerms {
  const start = new Int32Array(count + 1);
  const ids: number[] = [];
  const counts: number[] = [];
  const raw: number[] = [];
  for (let index = 0; index < count; index++) {
    raw.length = 0;
    read(index, raw);
    collect(raw, ids, counts);
    start[index + 1] = ids.length;
  }
  return KeptTerms.of(start, ids, counts);
}

/**
 * Appends (term id, weight) pairs to `out`, in text order, for the tokens of
 * `/\p{L}[\p{L}\p{M}'’]*|\d(?:[\d,.]*\d)?/gu`, reading the text inside `gaps` (start and end
 * offsets in turn, ascending) as spaces.
 */
function rawTerms(text: string, out: number[], gaps: readonly number[] = NO_GAPS): void {
  let previousStart = -1;
  let previousEnd = -1;
  let previousJoinable = false;
  let sentenceStart = true;
  let gap = 0;
  let limit = gaps.length ? gaps[0] : text.length;
  for (let start = 0; start < text.length;) {
    if (start >= limit) {
      start = Math.max(start, gaps[gap + 1]);
      gap += 2;
      limit = gap < gaps.length ? gaps[gap] : text.length;
      continue;
    }
    const kind = charKind(text, start);
    if (kind === CharKind.Digit) {
      const end = numberEnd(text, start, limit);
      // a single digit ("2-1", "3 people") is in too many sentences to tell which say the same
      if (end - start > 1) out.push(numberId(text, start, end), NUMBER_WEIGHT);
      previousJoinable = false;
      sentenceStart = false;
      start = end;
    } else if (kind === CharKind.Letter) {
      const end = Math.min(wordEnd(text, start), limit);
      const word = wordKind(text, start, end);
      if (word & COUNTED) out.push(Math.floor(word / FLAG_BITS) - 1, word & ACRONYM || (word & NAME_PART && !sentenceStart) ? NAME_WEIGHT : 1);
      const joinable = (word & JOINABLE) !== 0;
      // "Viet Nam" and "Vietnam", "Ha Noi" and "Hanoi": two capitalised words in a row also count as one
      // (a gap between them is a date expression, always longer than the one space this asks for)
      if (previousJoinable && joinable && previousEnd + 1 === start && text[previousEnd] === ' ') out.push(joinedId(text, previousStart, end), NAME_WEIGHT);
      previousStart = start;
      previousEnd = end;
      previousJoinable = joinable;
      sentenceStart = false;
      start = end;
    } else {
      start++; // a token never starts on the second half of a surrogate pair
    }
  }
}

const NO_GAPS: readonly number[] = [];

/** A digit, then digits, commas and points as far as the last digit before `limit` ("1,200" of "1,200."). */
function numberEnd(text: string, start: number, limit: number): number {
  let end = start + 1;
  for (let at = end; at < limit; at++) {
    const code = text.charCodeAt(at);
    if (isDigit(code)) end = at + 1;
    else if (code !== 44 && code !== 46) break;
  }
  return end;
}

/** Sums the weights of each term, keeping the order of first use. */
function collect(raw: readonly number[], ids: number[], counts: number[]): void {
  const first = ids.length;
  const position = positions.values;
  for (let k = 0; k < raw.length; k += 2) {
    const at = position[raw[k]];
    if (at) counts[at - 1] += raw[k + 1];
    else { ids.push(raw[k]); counts.push(raw[k + 1]); position[raw[k]] = ids.length; }
  }
  for (let k = first; k < ids.length; k++) position[ids[k]] = 0;
}

function wordKind(text: string, start: number, end: number): number {
  let kind = wordKinds.get(text, start, end);
  if (kind < 0) wordKinds.add(text, start, end, kind = classify(text.slice(start, end)));
  return kind;
}

function classify(token: string): number {
  const lower = token.toLowerCase();
  const stop = STOP_WORDS.has(lower);
  const namePart = token[0] !== lower[0] && !stop;
  const joinable = namePart && token.length > 1 && token[1] === lower[1] && token[1] !== token[1].toUpperCase();
  const acronym = token.length >= 2 && token === token.toUpperCase() && namePart;
  const counted = acronym || (token.length >= 3 && !stop);
  const flags = (counted ? COUNTED : 0) | (acronym ? ACRONYM : 0) | (namePart ? NAME_PART : 0) | (joinable ? JOINABLE : 0);
  return (counted ? termId(termOf(token)) + 1 : 0) * FLAG_BITS + flags;
}

function numberId(text: string, start: number, end: number): number {
  let id = numberIds.get(text, start, end);
  if (id < 0) numberIds.add(text, start, end, id = termId(`#${text.slice(start, end).replace(/,/g, '')}`));
  return id;
}

/** The term of two words read as one: `text` from `start` to `end` is the words and one space between. */
function joinedId(text: string, start: number, end: number): number {
  let id = joinedIds.get(text, start, end);
  if (id < 0) joinedIds.add(text, start, end, id = termId(termOf(text.slice(start, end).replace(' ', ''))));
  return id;
}

function termOf(word: string): string {
  return stemWord(word).slice(0, PREFIX_LETTERS);
}
