// Cosine similarities between the sentences of two versions, with terms weighted TF-IDF-like
// within the pair: a word every sentence uses ("Russia" in a story about Russia) tells nothing,
// a word two sentences alone share tells a lot. Dot products are computed once; the similarity of
// a sentence to two adjacent sentences taken together (a split sentence) follows from them
// without building merged vectors. Sums run over each sentence's terms in the order it first uses
// them, so that a similarity is the same number however often it is computed.
import type { SentenceTerms } from './sentenceTerms';
import { Scratch } from './scratch';
import { TermSlots } from './termIds';
import { clearPostings, everySentence, sumRow } from './termPostings';

/** Per-term scratch arrays, all zeros between uses (see TermSlots). */
const sentenceCounts = new TermSlots((n) => new Int32Array(n));
/** The weight of a term by the number of sentences that use it: a log per count, not per term. */
const rarityByCount = new Scratch((n) => new Float64Array(n));
const lookup = new TermSlots((n) => new Float64Array(n));
/**
 * Weights and matrices live until the next pair is weighed: ten thousand versions make hundreds of
 * thousands of pairs, and an allocation per pair kept the garbage collector busy. So one pair's
 * similarities are read before the next pair's are made.
 */
const sideValues = [new Scratch((n) => new Float64Array(n)), new Scratch((n) => new Float64Array(n))];
const matrixValues = new Scratch((n) => new Float64Array(n));

/** A version's sentences weighted for one pair of versions (the weights depend on both). */
export interface WeightedSentences {
  terms: SentenceTerms;
  /** The weight of each entry of `terms.ids`. */
  weights: Float64Array;
  norms: Float64Array;
  /** Dot product of each sentence with the next one. */
  next: Float64Array;
  /** Norm of each sentence read as one with the next. */
  merged: Float64Array;
}

export class PairSimilarity {
  private readonly a: WeightedSentences;
  private readonly b: WeightedSentences;
  private readonly dots: Float64Array;
  /** Every `one(i, j)`, computed once: the aligner asks for each several times. */
  private readonly cosines: Float64Array;

  /** Valid until the next pair of versions is weighed (here or by `weightedPair`). */
  constructor(termsA: SentenceTerms, termsB: SentenceTerms) {
    [this.a, this.b] = weightedPair(termsA, termsB);
    const cells = this.a.norms.length * this.b.norms.length;
    const matrices = matrixValues.of(2 * cells);
    this.dots = crossDots(this.a, this.b, matrices.subarray(0, cells).fill(0));
    this.cosines = matrices.subarray(cells, 2 * cells);
    const { norms: normsA } = this.a;
    const { norms: normsB } = this.b;
    for (let i = 0, at = 0; i < normsA.length; i++) {
      for (let j = 0; j < normsB.length; j++, at++) this.cosines[at] = cosine(this.dots[at], normsA[i], normsB[j]);
    }
  }

  get sizeA(): number { return this.a.norms.length; }
  get sizeB(): number { return this.b.norms.length; }

  /** Cosine of sentence `i` of A with sentence `j` of B. */
  one(i: number, j: number): number {
    return this.cosines[i * this.b.norms.length + j];
  }

  /** Cosine of sentence `i` of A with sentences `j` and `j + 1` of B read as one. */
  oneToTwo(i: number, j: number): number {
    const at = i * this.b.norms.length + j;
    return cosine(this.dots[at] + this.dots[at + 1], this.a.norms[i], this.b.merged[j]);
  }

  /** Cosine of sentences `i` and `i + 1` of A read as one with sentence `j` of B. */
  twoToOne(i: number, j: number): number {
    const at = i * this.b.norms.length + j;
    return cosine(this.dots[at] + this.dots[at + this.b.norms.length], this.a.merged[i], this.b.norms[j]);
  }
}

export function cosine(product: number, normA: number, normB: number): number {
  return normA > 0 && normB > 0 ? product / (normA * normB) : 0;
}

function sentenceCount(terms: SentenceTerms): number {
  return terms.start.length - 1;
}

/**
 * Each term's count times the log of how rare it is among the sentences of both versions. Without
 * `adjacent`, the products and norms of neighbouring sentences (for split sentences) are left zero.
 * Written into reused arrays: valid until the next pair is weighed.
 */
export function weightedPair(a: SentenceTerms, b: SentenceTerms, adjacent = true): [WeightedSentences, WeightedSentences] {
  const df = sentenceCounts.values;
  const sentences = sentenceCount(a) + sentenceCount(b);
  for (const id of a.ids) df[id]++;
  for (const id of b.ids) df[id]++;
  const rarity = rarityByCount.of(sentences + 1);
  for (let count = 1; count <= sentences; count++) rarity[count] = Math.log((sentences + 1) / count);
  const out: [WeightedSentences, WeightedSentences] = [weighed(a, 0, rarity, adjacent), weighed(b, 1, rarity, adjacent)];
  for (const id of a.ids) df[id] = 0;
  for (const id of b.ids) df[id] = 0;
  return out;
}

/** One side of `weightedPair`, once the sentence counts of its terms are in place. */
function weighed(terms: SentenceTerms, side: number, rarity: Float64Array, adjacent: boolean): WeightedSentences {
  // weights, norms, next dots and merged norms share one array
  const size = sentenceCount(terms);
  const values = sideValues[side].of(terms.ids.length + 3 * size);
  values.fill(0, terms.ids.length + size, terms.ids.length + 3 * size);
  const weights = values.subarray(0, terms.ids.length);
  const [norms, next, merged] = [0, 1, 2].map((n) => values.subarray(weights.length + n * size, weights.length + (n + 1) * size));
  fillWeightsAndNorms(terms, rarity, weights, norms);
  if (adjacent) {
    fillNextDots(terms, weights, next);
    fillMergedNorms(norms, next, merged);
  }
  return { terms, weights, norms, next, merged };
}

/** Weights and norms in one pass: each norm sums its sentence's squares in order, as ever. */
function fillWeightsAndNorms(terms: SentenceTerms, rarity: Float64Array, weights: Float64Array, norms: Float64Array): void {
  const df = sentenceCounts.values;
  for (let i = 0; i < norms.length; i++) {
    let sum = 0;
    for (let k = terms.start[i]; k < terms.start[i + 1]; k++) {
      const weight = (weights[k] = terms.counts[k] * rarity[df[terms.ids[k]]]);
      sum += weight * weight;
    }
    norms[i] = Math.sqrt(sum);
  }
}

function fillMergedNorms(norms: Float64Array, next: Float64Array, out: Float64Array): void {
  for (let i = 0; i + 1 < norms.length; i++) out[i] = Math.sqrt(norms[i] ** 2 + norms[i + 1] ** 2 + 2 * next[i]);
}

/** Dot product of each sentence with the next, summed over the shorter one's terms. */
function fillNextDots(terms: SentenceTerms, weights: Float64Array, out: Float64Array): void {
  const weightOf = lookup.values;
  const { start, ids } = terms;
  for (let i = 0; i + 1 < out.length; i++) {
    const firstIsSmall = start[i + 1] - start[i] <= start[i + 2] - start[i + 1];
    const small = firstIsSmall ? i : i + 1;
    const large = firstIsSmall ? i + 1 : i;
    for (let k = start[large]; k < start[large + 1]; k++) weightOf[ids[k]] = weights[k];
    let sum = 0;
    for (let k = start[small]; k < start[small + 1]; k++) sum += weights[k] * weightOf[ids[k]];
    for (let k = start[large]; k < start[large + 1]; k++) weightOf[ids[k]] = 0;
    out[i] = sum;
  }
}

/** All A×B dot products through an index of B's terms: only sentences that share a term cost anything. */
function crossDots(a: WeightedSentences, b: WeightedSentences, dots: Float64Array): Float64Array {
  const sizeB = b.norms.length;
  const postings = everySentence.of(b);
  for (let i = 0; i < a.norms.length; i++) sumRow(a, i, postings, dots, i * sizeB);
  clearPostings(b, postings);
  return dots;
}
