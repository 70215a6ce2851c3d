// How many documents use each term, and so how telling the term is (inverse document frequency).
// Kept between checks: an edit changes the counts of only the terms it adds or removes.
import type { TermIds, TermVector } from './termDictionary';

/**
 * Document frequencies are read as if the corpus held at least this many documents. In a folder
 * holding one story's versions every word they share is in "every document", and weighed near
 * nothing, so the versions could never be grouped: as three, three versions of one economic report
 * (7.09% growth, the same officials and figures) scored 0.25 and less and split. As six, a shared
 * word weighs about half an unshared one in a folder of two or three, while two different stories
 * on one subject (two Vietnam-Russia meetings) still score under 0.2; as seven, they reach it.
 */
const MIN_DOCUMENTS = 6;

export class TermStatistics {
  /** Documents using each term, by term id. */
  df = new Int32Array(0);
  /** log((N + 1) / df), N at least MIN_DOCUMENTS; 0 for a term no document uses. */
  idf = new Float64Array(0);
  documents = 0;
  /** The most documents a blocking key may be shared by: a term most documents use blocks nothing. */
  keyCap = 8;

  /** Counts every document's terms afresh; `size` is the dictionary's. */
  reset(vectors: readonly TermVector[], size: number): void {
    this.documents = vectors.length;
    this.keyCap = Math.max(8, Math.ceil(Math.sqrt(this.documents)));
    this.df = new Int32Array(size);
    for (const v of vectors) for (const id of v.ids) this.df[id]++;
    this.idf = new Float64Array(size);
    for (let id = 0; id < size; id++) this.idf[id] = this.idfOf(this.df[id]);
  }

  /** Counts each document's new vocabulary instead of its old one; returns the terms whose count changed, with their count before. */
  replace(versions: readonly { before: TermVector; after: TermVector }[], size: number): Map<number, number> {
    this.grow(size);
    const previous = new Map<number, number>();
    const count = (id: number, delta: number) => {
      if (!previous.has(id)) previous.set(id, this.df[id]);
      this.df[id] += delta;
    };
    for (const { before, after } of versions) {
      forEachDifference(before.ids, after.ids, (id) => count(id, -1), (id) => count(id, 1));
    }
    for (const [id, df] of previous) {
      if (this.df[id] === df) previous.delete(id);
      else this.idf[id] = this.idfOf(this.df[id]);
    }
    return previous;
  }

  /** A term at least two documents use, and not too many: it can make a candidate pair. */
  usableAsKey(df: number): boolean {
    return df >= 2 && df <= this.keyCap;
  }

  idfOf(df: number): number {
    return df ? Math.log((Math.max(this.documents, MIN_DOCUMENTS) + 1) / df) : 0;
  }

  /** New terms entered the dictionary since the last count. */
  private grow(size: number): void {
    if (size <= this.df.length) return;
    const df = new Int32Array(size);
    df.set(this.df);
    const idf = new Float64Array(size);
    idf.set(this.idf);
    this.df = df;
    this.idf = idf;
  }
}

/** Walks two ascending id lists, reporting ids only the first has and ids only the second has. */
function forEachDifference(a: TermIds, b: TermIds, onlyA: (id: number) => void, onlyB: (id: number) => void): void {
  let x = 0, y = 0;
  while (x < a.length || y < b.length) {
    if (y >= b.length || (x < a.length && a[x] < b[y])) onlyA(a[x++]);
    else if (x >= a.length || b[y] < a[x]) onlyB(b[y++]);
    else { x++; y++; }
  }
}
