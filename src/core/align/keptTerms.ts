// Sentence terms as a version keeps them between checks, in as few bytes as they fit: term ids in
// 16 bits while the corpus has fewer than 65,536 terms, weighted counts in 8 (a word counted more
// than 255 times in one sentence makes them 32), the three arrays in one buffer, and no array
// objects kept over it (each costs about as much as a sentence's terms). Ten thousand versions
// keep two and a half million terms: as three 32-bit arrays each, 30 MB. The aligners read them
// copied into reused 32-bit arrays (see withSentencesReplaced), so that their loops meet one kind
// of array.

/** The three arrays of SentenceTerms (sentenceTerms.ts), with narrower ones where the values fit. */
export interface TermArrays {
  start: Int32Array;
  ids: Uint16Array | Int32Array;
  counts: Uint8Array | Int32Array;
}

const WIDEST_ID_IN_16_BITS = 0xffff;
const WIDEST_COUNT_IN_8_BITS = 0xff;

export class KeptTerms {
  private constructor(
    private readonly buffer: ArrayBuffer,
    /** Entries of `start`: one more than the sentences. */
    private readonly starts: number,
    private readonly entries: number,
    private readonly idBytes: 2 | 4,
    private readonly countBytes: 1 | 4,
  ) {}

  /** `start` (one more than the sentences), then each entry's term id and count, packed. */
  static of(start: ArrayLike<number>, ids: readonly number[], counts: readonly number[]): KeptTerms {
    const idBytes = largest(ids) <= WIDEST_ID_IN_16_BITS ? 2 : 4;
    const countBytes = largest(counts) <= WIDEST_COUNT_IN_8_BITS ? 1 : 4;
    const kept = new KeptTerms(new ArrayBuffer(countsAt(start.length, ids.length, idBytes, countBytes) + countBytes * counts.length), start.length, ids.length, idBytes, countBytes);
    const arrays = kept.arrays();
    arrays.start.set(start);
    arrays.ids.set(ids);
    arrays.counts.set(counts);
    return kept;
  }

  get sentenceCount(): number {
    return this.starts - 1;
  }

  get entryCount(): number {
    return this.entries;
  }

  /** The arrays over the buffer, made on each call: read them once per use. */
  arrays(): TermArrays {
    const idsAt = 4 * this.starts;
    return {
      start: new Int32Array(this.buffer, 0, this.starts),
      ids: this.idBytes === 2 ? new Uint16Array(this.buffer, idsAt, this.entries) : new Int32Array(this.buffer, idsAt, this.entries),
      counts: this.countBytes === 1
        ? new Uint8Array(this.buffer, countsAt(this.starts, this.entries, this.idBytes, this.countBytes), this.entries)
        : new Int32Array(this.buffer, countsAt(this.starts, this.entries, this.idBytes, this.countBytes), this.entries),
    };
  }
}

/** Where the counts start: after the starts and the ids, where an array of `countBytes`-wide numbers may. */
function countsAt(starts: number, entries: number, idBytes: number, countBytes: number): number {
  return Math.ceil((4 * starts + idBytes * entries) / countBytes) * countBytes;
}

function largest(values: readonly number[]): number {
  let out = 0;
  for (const value of values) if (value > out) out = value;
  return out;
}
