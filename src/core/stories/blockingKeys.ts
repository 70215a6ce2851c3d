// Blocking: each document offers its few most distinctive terms as keys, and only documents
// sharing at least two keys are compared, so the cost grows with the corpus, not with its square.
import type { TermVector } from './termDictionary';
import type { TermStatistics } from './termStatistics';
import { TopTerms } from './topTerms';

export const KEYS_PER_DOCUMENT = 16;
const MIN_SHARED_KEYS = 2;

/** A document's keys, ascending: its heaviest terms among those a few other documents use too. */
export function blockingKeys(v: TermVector, stats: TermStatistics, termOf: (id: number) => string): number[] {
  const top = new TopTerms(KEYS_PER_DOCUMENT, termOf);
  let floor = -Infinity;
  for (let k = 0; k < v.ids.length; k++) {
    const id = v.ids[k];
    const weight = v.weights[k] * stats.idf[id];
    if (weight < floor || !stats.usableAsKey(stats.df[id])) continue;
    top.offer(id, weight);
    floor = top.floor;
  }
  return top.ids.sort((a, b) => a - b);
}

export function sameKeys(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * Below this many documents every indexed pair is compared: a few hundred documents cost less
 * than a keystroke, and sixteen keys of a long article can miss the short version cut from it.
 */
export const COMPARE_ALL_BELOW = 256;

/** The documents offering each key; documents are numbered 0..N-1. */
export class BlockingIndex {
  /** `compareAllBelow`: corpora smaller than this compare every pair (tests lower it to 0). */
  constructor(private readonly compareAllBelow = COMPARE_ALL_BELOW) {}

  private readonly postings = new Map<number, number[]>();
  /** Each document's index is 1 while it is indexed. */
  private indexed = new Uint8Array(0);
  /** Keys each document shares with the current `sharing` call's, valid where its stamp is the call's. */
  private shared = new Uint8Array(0);
  private stamps = new Int32Array(0);
  private stamp = 0;

  clear(documents: number): void {
    this.postings.clear();
    this.indexed = new Uint8Array(documents);
    this.shared = new Uint8Array(documents);
    this.stamps = new Int32Array(documents);
    this.stamp = 0;
  }

  add(doc: number, keys: Iterable<number>): void {
    this.indexed[doc] = 1;
    for (const key of keys) {
      const docs = this.postings.get(key);
      if (docs) docs.push(doc);
      else this.postings.set(key, [doc]);
    }
  }

  /** Cuts each key's list of documents to its length, once the corpus is indexed (pushing left room for more). */
  trim(): void {
    for (const [key, docs] of this.postings) this.postings.set(key, docs.slice());
  }

  remove(doc: number, keys: Iterable<number>): void {
    this.indexed[doc] = 0;
    for (const key of keys) {
      const docs = this.postings.get(key)!;
      docs.splice(docs.indexOf(doc), 1);
      if (!docs.length) this.postings.delete(key);
    }
  }

  /** The candidates to compare with: in a small corpus every indexed document, else those sharing at least two of these keys. */
  candidates(keys: Iterable<number>): number[] {
    if (this.indexed.length >= this.compareAllBelow) return this.sharing(keys);
    const found: number[] = [];
    this.indexed.forEach((on, doc) => { if (on) found.push(doc); });
    return found;
  }

  /** Indexed documents sharing at least two of these keys. */
  sharing(keys: Iterable<number>): number[] {
    const found: number[] = [];
    const stamp = ++this.stamp;
    for (const key of keys) {
      for (const doc of this.postings.get(key) ?? []) {
        const shared = this.stamps[doc] === stamp ? this.shared[doc] + 1 : 1;
        this.stamps[doc] = stamp;
        this.shared[doc] = shared;
        if (shared === MIN_SHARED_KEYS) found.push(doc);
      }
    }
    return found;
  }
}
