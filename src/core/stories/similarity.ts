// Cosine similarity of TF-IDF vectors. Each term's contribution is rounded to a whole multiple of
// 2^-30, so sums of them are exact: the same in any order (a corpus numbers its terms in the order
// it first met them, and the same documents must score alike whatever the corpus's history), and
// a sum can be shifted by exactly one term's change of contribution when that term's idf changes.
import type { TermVector } from './termDictionary';
import { TopTerms } from './topTerms';

const SCALE = 2 ** 30;
/** Shared terms shown for a link. */
const SHOWN = 8;

/** A term's contribution to a dot product (`wa` = `wb` for a squared norm), in units of 2^-30. */
export function termProduct(wa: number, wb: number, idf: number): number {
  return Math.round(wa * wb * (idf * idf) * SCALE);
}

/** A document's squared norm, in units of 2^-30. */
export function normSquared(v: TermVector, idf: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < v.ids.length; k++) sum += termProduct(v.weights[k], v.weights[k], idf[v.ids[k]]);
  return sum;
}

export function lengthOf(normSquared: number): number {
  return Math.sqrt(normSquared / SCALE);
}

export function cosine(dot: number, lengthA: number, lengthB: number): number {
  return dot / SCALE / (lengthA * lengthB || 1);
}

/** Why two versions were linked: the terms both use, most telling first, and the weight a term needs to join them. */
export interface SharedTerms {
  ids: number[];
  floor: number;
}

/**
 * One document's weights laid out by term id, to compare it with its candidates without merging
 * sorted lists, which mispredicts a branch at every step. Each term's product is the same from
 * either side of a pair (a·b = b·a), so a pair compares alike whichever side is laid out.
 */
export class SpreadVector {
  private weights = new Float64Array(0);
  private spread: TermVector | undefined;

  /** Lays out `v` for the next comparisons; `size` is the dictionary's. */
  layOut(v: TermVector, size: number): void {
    if (v === this.spread && this.weights.length >= size) return;
    if (this.weights.length < size) this.weights = new Float64Array(size);
    else if (this.spread) for (const id of this.spread.ids) this.weights[id] = 0;
    for (let k = 0; k < v.ids.length; k++) this.weights[v.ids[k]] = v.weights[k];
    this.spread = v;
  }

  /** Dot product of the laid-out document with `v`, in units of 2^-30. */
  dotWith(v: TermVector, idf: Float64Array): number {
    let dot = 0;
    for (let k = 0; k < v.ids.length; k++) dot += termProduct(this.weights[v.ids[k]], v.weights[k], idf[v.ids[k]]); // 0 for terms only v uses
    return dot;
  }

  /** The terms the laid-out document and `v` share, most telling first (at most SHOWN). */
  sharedWith(v: TermVector, idf: Float64Array, termOf: (id: number) => string): SharedTerms {
    const top = new TopTerms(SHOWN, termOf);
    let floor = -Infinity;
    for (let k = 0; k < v.ids.length; k++) {
      const w = this.weights[v.ids[k]];
      if (!w) continue;
      const weight = sharedWeight(w, v.weights[k], idf[v.ids[k]]);
      if (weight < floor) continue;
      top.offer(v.ids[k], weight);
      floor = top.floor;
    }
    return { ids: top.ids, floor };
  }
}

/** How telling a shared term is for a pair. */
export function sharedWeight(wa: number, wb: number, idf: number): number {
  return wa * wb * (idf * idf);
}
