// An index of one version's terms for dot products with another's sentences: for each term, the
// sentences that use it and its weight there, in sentence order. Only sentences that share a term
// cost anything, and each product is summed over the first version's terms in order, so that a
// similarity is the same number wherever it is computed (PairSimilarity, crossScores).
import type { WeightedSentences } from './pairSimilarity';
import { Scratch } from './scratch';
import { TermSlots } from './termIds';

export interface Postings {
  /** Per term: where its postings begin, plus one (0: the term has none). */
  first: Int32Array;
  /** Per term: how many postings it has. */
  count: Int32Array;
  sentence: Int32Array;
  weight: Float64Array;
}

/** The working arrays of one index; per-term ones are all zeros between uses. */
export class PostingScratch {
  private readonly first = new TermSlots((n) => new Int32Array(n));
  private readonly count = new TermSlots((n) => new Int32Array(n));
  private readonly sentence = new Scratch((n) => new Int32Array(n));
  private readonly weight = new Scratch((n) => new Float64Array(n));

  /** The postings of Y's sentences that `column` marks (all without it); `clearPostings` puts them back. */
  of(y: WeightedSentences, column?: Int32Array): Postings {
    const size = y.terms.ids.length;
    return filled(y, column, { first: this.first.values, count: this.count.values, sentence: this.sentence.of(size), weight: this.weight.of(size) });
  }
}

function filled(y: WeightedSentences, column: Int32Array | undefined, into: Postings): Postings {
  const { first, count, sentence, weight } = into;
  const { ids, start } = y.terms;
  const sizeY = y.norms.length;
  for (let j = 0; j < sizeY; j++) if (!column || column[j]) for (let k = start[j]; k < start[j + 1]; k++) count[ids[k]]++;
  let total = 0;
  for (let j = 0; j < sizeY; j++) {
    if (column && !column[j]) continue;
    for (let k = start[j]; k < start[j + 1]; k++) {
      const id = ids[k];
      if (first[id] === 0) { first[id] = total + 1; total += count[id]; count[id] = 0; }
    }
  }
  for (let j = 0; j < sizeY; j++) {
    if (column && !column[j]) continue;
    for (let k = start[j]; k < start[j + 1]; k++) {
      const at = first[ids[k]] - 1 + count[ids[k]]++;
      sentence[at] = j;
      weight[at] = y.weights[k];
    }
  }
  return into;
}

/** Adds sentence `i`'s products with every sentence the postings hold into `dots` from `offset`, term by term in order. */
export function sumRow(x: WeightedSentences, i: number, postings: Postings, dots: Float64Array, offset = 0): void {
  const { first, count, sentence, weight } = postings;
  const { ids, start } = x.terms;
  for (let k = start[i]; k < start[i + 1]; k++) {
    const from = first[ids[k]] - 1;
    if (from < 0) continue;
    const w = x.weights[k];
    for (let p = from; p < from + count[ids[k]]; p++) dots[offset + sentence[p]] += w * weight[p];
  }
}

/** Puts back to zero what `of` set: the terms of the sentences `column` marks (all without it). */
export function clearPostings(y: WeightedSentences, postings: Postings, column?: Int32Array): void {
  const { ids, start } = y.terms;
  const { first, count } = postings;
  for (let j = 0; j < y.norms.length; j++) {
    if (column && !column[j]) continue;
    for (let k = start[j]; k < start[j + 1]; k++) { first[ids[k]] = 0; count[ids[k]] = 0; }
  }
}

/** The index of every sentence of a version: PairSimilarity and crossScores use it in turn, never at once. */
export const everySentence = new PostingScratch();
