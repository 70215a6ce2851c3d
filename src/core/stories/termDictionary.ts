// Terms as small integers, so a document's vocabulary is two typed arrays rather than a Map of
// strings: ten thousand documents' vocabularies then fit in a few megabytes.
import { grown } from '../lexicon/wordTable';
import { NO_TERM, PlainWordIds } from './plainWordIds';
import { scanTerms, type TermCounts, type TermSink } from './termVector';

/**
 * Term ids: 16 bits each while the dictionary holds at most 65,536 terms (ten thousand articles use
 * some 12,000), which halves the larger part of every document's vector; 32 bits past that.
 */
export type TermIds = Uint16Array | Int32Array;

/** Ids up to this many terms fit 16 bits. */
const NARROW_TERMS = 0x10000;

export interface TermVector {
  /** Term ids, ascending. */
  ids: TermIds;
  /** 1 + log(count) of each term, in the order of `ids`. */
  weights: Float32Array;
}

export class TermDictionary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly plainWords = new PlainWordIds((term) => this.idOf(term));
  /** Scratch for a vector being made: the count of each of its terms by id (0 for the others)... */
  private countById = new Int32Array(1024);
  /** ...and its ids in the order first met. */
  private met = new Int32Array(256);
  private metCount = 0;
  private readonly sink: TermSink = {
    term: (term) => this.count(this.idOf(term)),
    plainWord: (text, start, end, hash, high, low) => {
      const id = this.plainWords.idOf(text, start, end, hash, high, low);
      if (id !== NO_TERM) this.count(id);
    },
  };

  get size(): number {
    return this.terms.length;
  }

  termOf(id: number): string {
    return this.terms[id];
  }

  /** The vector of termCounts(texts), counted by id as the words are read: no string per word, no Map per document. */
  vectorOfTexts(texts: readonly string[]): TermVector {
    scanTerms(texts, this.sink);
    return this.collected();
  }

  vectorOf(counts: TermCounts): TermVector {
    for (const [term, count] of counts) {
      const id = this.idOf(term);
      this.count(id);
      this.countById[id] = count;
    }
    return this.collected();
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

  private count(id: number): void {
    if (id >= this.countById.length) this.countById = grown(this.countById, Math.max(id + 1, this.countById.length * 2));
    if (this.countById[id]++ > 0) return;
    if (this.metCount === this.met.length) this.met = grown(this.met, this.met.length * 2);
    this.met[this.metCount++] = id;
  }

  /**
   * Ids are sorted natively and weights read from the counts by id; the counts are then cleared.
   * Both lie in one buffer, weights first (they need four-byte alignment): ten thousand documents
   * keep a vector each, and every buffer costs some two hundred bytes besides its numbers.
   */
  private collected(): TermVector {
    const n = this.metCount;
    const narrow = this.terms.length <= NARROW_TERMS;
    const idBytes = narrow ? Uint16Array.BYTES_PER_ELEMENT : Int32Array.BYTES_PER_ELEMENT;
    const buffer = new ArrayBuffer(n * (Float32Array.BYTES_PER_ELEMENT + idBytes));
    const weights = new Float32Array(buffer, 0, n);
    const idsAt = n * Float32Array.BYTES_PER_ELEMENT;
    const ids = narrow ? new Uint16Array(buffer, idsAt, n) : new Int32Array(buffer, idsAt, n);
    ids.set(this.met.subarray(0, n));
    ids.sort();
    for (let i = 0; i < ids.length; i++) {
      weights[i] = 1 + Math.log(this.countById[ids[i]]);
      this.countById[ids[i]] = 0;
    }
    this.metCount = 0;
    return { ids, weights };
  }
}
