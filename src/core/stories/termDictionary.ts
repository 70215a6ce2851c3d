// Terms as small integers, so a document's vocabulary is two typed arrays rather than a Map of
// strings: ten thousand documents' vocabularies then fit in a few megabytes.
import type { TermCounts } from './termVector';

export interface TermVector {
  /** Term ids, ascending. */
  ids: Int32Array;
  /** 1 + log(count) of each term, in the order of `ids`. */
  weights: Float32Array;
}

export class TermDictionary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Scratch for vectorOf: the count of each term of the vector being made. */
  private readonly countById: number[] = [];

  get size(): number {
    return this.terms.length;
  }

  termOf(id: number): string {
    return this.terms[id];
  }

  /** Ids are sorted natively and weights found again through a scratch array indexed by id: no pair per term. */
  vectorOf(counts: TermCounts): TermVector {
    const ids = new Int32Array(counts.size);
    let k = 0;
    for (const [term, count] of counts) {
      const id = this.idOf(term);
      ids[k++] = id;
      this.countById[id] = count;
    }
    ids.sort();
    const weights = new Float32Array(ids.length);
    for (let i = 0; i < ids.length; i++) weights[i] = 1 + Math.log(this.countById[ids[i]]);
    return { ids, weights };
  }

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
}
