// Pairs the sentences of two versions of a story that make the same statement, so that their dates
// can be compared. Unlike a one-to-one alignment, a sentence may pair with several (a lead and the
// caption that repeats it both match the other version's lead): a pair counts when it comes close
// to the best match of both its sentences and they share enough distinctive words. Date expressions
// are blanked out first, so a sentence whose date was changed still finds its counterpart.
import { crossScores, type CrossScores } from '../align/crossScores';
import type { KeptTerms } from '../align/keptTerms';
import { weightedPair } from '../align/pairSimilarity';
import { sentencesWithGaps, termsScratch, unpackedTerms, versionTerms, withSentencesReplaced, type SentenceTerms, type TermsScratch } from '../align/sentenceTerms';
import { TermSlots } from '../align/termIds';
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { dateTableOf } from './documentDates';

export interface StatementPair {
  /** Index into the first document's sentences. */
  a: number;
  /** Index into the second document's sentences. */
  b: number;
  /** Cosine similarity of the two sentences' weighted words, 0..1. */
  score: number;
}

/** Fewest words two sentences must share to make the same statement. */
const MIN_SHARED = 4;
const MIN_SCORE = 0.3;
/** A pair counts when it is this close to the best match of both its sentences. */
const NEAR_BEST = 0.75;

/**
 * Kept per pair of versions, three numbers a pair (a, b and score in turn) in a plain array of
 * doubles: ninety thousand pairs kept as objects cost three times as much.
 */
type KeptPairs = readonly number[];
type PairCache = WeakMap<AnalyzedDocument, WeakMap<AnalyzedDocument, KeptPairs>>;

/** Those that pair nothing share one empty list. */
const NO_PAIRS: KeptPairs = [];
const everyPair: PairCache = new WeakMap();
const datedPairs: PairCache = new WeakMap();

/** Fresh objects on each call: a caller that reads them more than once keeps them. */
export function pairStatements(a: AnalyzedDocument, b: AnalyzedDocument): StatementPair[] {
  return pairsOf(cachedPairs(everyPair, a, b, (doc) => indices(doc.sentences.length)));
}

/**
 * The pairs of `pairStatements` whose sentences both hold a date: all the date rules compare.
 * A quarter of the sentences hold one, so most of the pairing is never done.
 */
export function pairDatedStatements(a: AnalyzedDocument, b: AnalyzedDocument): StatementPair[] {
  // a version without dates pairs with nothing: no need to weigh the two versions' words
  if (!dateTableOf(a).count || !dateTableOf(b).count) return [];
  return pairsOf(cachedPairs(datedPairs, a, b, datedSentences));
}

function pairsOf(kept: KeptPairs): StatementPair[] {
  const out: StatementPair[] = [];
  for (let k = 0; k < kept.length; k += 3) out.push({ a: kept[k], b: kept[k + 1], score: kept[k + 2] });
  return out;
}

/**
 * Pairs of the sentences `among` gives, both directions from one weighing of the two versions.
 * Each direction sums its own dot products (over its first version's terms), as it always has.
 */
function cachedPairs(cache: PairCache, a: AnalyzedDocument, b: AnalyzedDocument, among: (doc: AnalyzedDocument) => number[]): KeptPairs {
  let pairs = cache.get(a)?.get(b);
  if (!pairs) {
    const termsA = termsWithoutDates(a, scratchA);
    const termsB = termsWithoutDates(b, scratchB);
    const [sentencesA, sentencesB] = [among(a), among(b)];
    const [weightedA, weightedB] = weightedPair(termsA, termsB, false);
    pairs = remember(cache, a, b, samePairs(crossScores(weightedA, weightedB, sentencesA, sentencesB), termsA, termsB, sentencesA, sentencesB));
    remember(cache, b, a, samePairs(crossScores(weightedB, weightedA, sentencesB, sentencesA), termsB, termsA, sentencesB, sentencesA));
  }
  return pairs;
}

function remember(cache: PairCache, a: AnalyzedDocument, b: AnalyzedDocument, pairs: KeptPairs): KeptPairs {
  let inner = cache.get(a);
  if (!inner) cache.set(a, inner = new WeakMap());
  inner.set(b, pairs);
  return pairs;
}

/** The pairs among sentences `rows` of A and `columns` of B (both ascending) that make the same statement. */
function samePairs(scores: CrossScores, termsA: SentenceTerms, termsB: SentenceTerms, rows: readonly number[], columns: readonly number[]): KeptPairs {
  const { cells, bestOfRow, bestOfColumn } = scores;
  const out: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < columns.length; c++) {
      const score = cells[r * columns.length + c];
      if (score < MIN_SCORE || score < NEAR_BEST * bestOfRow[r] || score < NEAR_BEST * bestOfColumn[c]) continue;
      if (sharedTerms(termsA, rows[r], termsB, columns[c]) >= MIN_SHARED) out.push(rows[r], columns[c], score);
    }
  }
  return out.length ? out : NO_PAIRS;
}

/** The sentences that hold a date, in order. */
function datedSentences(doc: AnalyzedDocument): number[] {
  return dateTableOf(doc).sentences();
}

function indices(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}

const marks = new TermSlots((n) => new Int32Array(n));

/** How many terms sentence `i` of A and sentence `j` of B have in common. */
function sharedTerms(a: SentenceTerms, i: number, b: SentenceTerms, j: number): number {
  const marked = marks.values;
  for (let k = a.start[i]; k < a.start[i + 1]; k++) marked[a.ids[k]] = 1;
  let shared = 0;
  for (let k = b.start[j]; k < b.start[j + 1]; k++) shared += marked[b.ids[k]];
  for (let k = a.start[i]; k < a.start[i + 1]; k++) marked[a.ids[k]] = 0;
  return shared;
}

/** Where the two versions' blanked terms are written while their pairs are made. */
const scratchA = termsScratch();
const scratchB = termsScratch();
/** The blanked terms of the dated sentences (which the date table lists again at each use). */
const blanked = new WeakMap<AnalyzedDocument, KeptTerms>();

/**
 * The terms of each sentence once its date expressions are blanked out (those of sentences with a
 * date read once per analysis); sentences without a date keep the terms the aligner reads. Written
 * into `into`, so they last until its next use.
 */
function termsWithoutDates(doc: AnalyzedDocument, into: TermsScratch): SentenceTerms {
  const whole = versionTerms(doc.sentences);
  if (!dateTableOf(doc).count) return unpackedTerms(whole, into);
  const sentences = datedSentences(doc);
  let terms = blanked.get(doc);
  if (!terms) blanked.set(doc, (terms = sentencesWithGaps(doc.sentences, sentences, (index) => dateGaps(doc, index)).terms));
  return withSentencesReplaced(whole, { sentences, terms }, into);
}

/** Where the date expressions of sentence `index` stand in its text: start and end in turn. */
function dateGaps(doc: AnalyzedDocument, index: number): number[] {
  const { blockStart } = doc.sentences[index];
  const table = dateTableOf(doc);
  const gaps: number[] = [];
  for (let k = table.firstFrom(index); k < table.count && table.sentence(k) === index; k++) {
    gaps.push(table.start(k) - blockStart, table.end(k) - blockStart);
  }
  return gaps;
}
