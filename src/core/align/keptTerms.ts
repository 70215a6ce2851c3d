// Sentence terms as a version keeps them between checks, in as few bytes as they fit: term ids in
// 16 bits while the corpus has fewer than 65,536 terms, weighted counts in 8 (a word counted more
// than 255 times in one sentence makes them 32), the three arrays in one buffer. Ten thousand
// versions keep two and a half million terms: as three 32-bit arrays each, 30 MB. The aligners
// read them copied into reused 32-bit arrays (see withSentencesReplaced), so that their loops
// meet one kind of array.

/** The layout of SentenceTerms (sentenceTerms.ts), with narrower arrays where the values fit. */
export interface KeptTerms {
  start: Int32Array;
  ids: Uint16Array | Int32Array;
  counts: Uint8Array | Int32Array;
}

const WIDEST_ID_IN_16_BITS = 0xffff;
const WIDEST_COUNT_IN_8_BITS = 0xff;

/** `start` (one more than the sentences), then each entry's term id and count, packed. */
export function keptTerms(start: ArrayLike<number>, ids: readonly number[], counts: readonly number[]): KeptTerms {
  const idBytes = largest(ids) <= WIDEST_ID_IN_16_BITS ? 2 : 4;
  const countBytes = largest(counts) <= WIDEST_COUNT_IN_8_BITS ? 1 : 4;
  const idsAt = 4 * start.length;
  const countsAt = alignedTo(countBytes, idsAt + idBytes * ids.length);
  const buffer = new ArrayBuffer(countsAt + countBytes * counts.length);
  const out: KeptTerms = {
    start: new Int32Array(buffer, 0, start.length),
    ids: idBytes === 2 ? new Uint16Array(buffer, idsAt, ids.length) : new Int32Array(buffer, idsAt, ids.length),
    counts: countBytes === 1 ? new Uint8Array(buffer, countsAt, counts.length) : new Int32Array(buffer, countsAt, counts.length),
  };
  out.start.set(start);
  out.ids.set(ids);
  out.counts.set(counts);
  return out;
}

function largest(values: readonly number[]): number {
  let out = 0;
  for (const value of values) if (value > out) out = value;
  return out;
}

/** The first offset from `offset` where an array of `bytes`-wide numbers may start. */
function alignedTo(bytes: number, offset: number): number {
  return Math.ceil(offset / bytes) * bytes;
}
