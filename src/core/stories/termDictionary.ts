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

  get size(): number {
    return this.terms.length;
  }

  termOf(id: number): string {
    return this.terms[id];
  }

  vectorOf(counts: TermCounts): TermVector {
    const entries = [...counts].map(([term, count]) => [this.idOf(term), 1 + Math.log(count)] as const).sort((a, b) => a[0] - b[0]);
    return { ids: Int32Array.from(entries, (e) => e[0]), weights: Float32Array.from(entries, (e) => e[1]) };
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
