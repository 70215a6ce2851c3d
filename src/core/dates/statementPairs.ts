// Pairs the sentences of two versions of a story that make the same statement, so that their dates
// can be compared. Unlike a one-to-one alignment, a sentence may pair with several (a lead and the
// caption that repeats it both match the other version's lead): a pair counts when it comes close
// to the best match of both its sentences and they share enough distinctive words. Date expressions
// are blanked out first, so a sentence whose date was changed still finds its counterpart.
import { PairSimilarity } from '../align/pairSimilarity';
import { sentenceTerms } from '../align/sentenceTerms';
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { datesBySentence } from './sentenceDates';

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

const cache = new WeakMap<AnalyzedDocument, WeakMap<AnalyzedDocument, StatementPair[]>>();

export function pairStatements(a: AnalyzedDocument, b: AnalyzedDocument): StatementPair[] {
  let inner = cache.get(a);
  if (!inner) cache.set(a, inner = new WeakMap());
  let pairs = inner.get(b);
  if (!pairs) inner.set(b, pairs = computePairs(a, b));
  return pairs;
}

function computePairs(a: AnalyzedDocument, b: AnalyzedDocument): StatementPair[] {
  const textsA = textsWithoutDates(a);
  const textsB = textsWithoutDates(b);
  const sim = new PairSimilarity(textsA, textsB);
  const termsA = textsA.map((t) => new Set(sentenceTerms(t).keys()));
  const termsB = textsB.map((t) => new Set(sentenceTerms(t).keys()));
  const bestOfA = termsA.map((_, i) => Math.max(0, ...termsB.map((__, j) => sim.one(i, j))));
  const bestOfB = termsB.map((_, j) => Math.max(0, ...termsA.map((__, i) => sim.one(i, j))));
  const out: StatementPair[] = [];
  termsA.forEach((terms, i) => termsB.forEach((other, j) => {
    const score = sim.one(i, j);
    if (score < MIN_SCORE || score < NEAR_BEST * bestOfA[i] || score < NEAR_BEST * bestOfB[j]) return;
    if ([...terms].filter((t) => other.has(t)).length >= MIN_SHARED) out.push({ a: i, b: j, score });
  }));
  return out;
}

/** Sentence texts with their date expressions replaced by spaces. */
function textsWithoutDates(doc: AnalyzedDocument): string[] {
  const dates = datesBySentence(doc);
  return doc.sentences.map((sentence, index) => {
    let text = sentence.text;
    for (const found of dates.get(index) ?? []) {
      const from = found.expression.start - sentence.blockStart;
      const to = found.expression.end - sentence.blockStart;
      text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
    }
    return text;
  });
}
