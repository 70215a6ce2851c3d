// Every document's blocking keys in one typed array, a fixed number of slots each: an array per
// document cost more than the keys it held, ten thousand times over.
import { KEYS_PER_DOCUMENT } from './blockingKeys';

export class DocumentKeys {
  /** Document d's keys are ids[d·KEYS_PER_DOCUMENT ..] for counts[d] slots, ascending. */
  private ids = new Int32Array(0);
  private counts = new Uint8Array(0);

  /** Room for this many documents, none with keys yet. */
  reset(documents: number): void {
    this.ids = new Int32Array(documents * KEYS_PER_DOCUMENT);
    this.counts = new Uint8Array(documents);
  }

  /** `keys`: at most KEYS_PER_DOCUMENT ids, ascending (blockingKeys). */
  set(d: number, keys: readonly number[]): void {
    this.ids.set(keys, d * KEYS_PER_DOCUMENT);
    this.counts[d] = keys.length;
  }

  /** The document's keys, a view valid until they are set again. */
  of(d: number): Int32Array {
    const start = d * KEYS_PER_DOCUMENT;
    return this.ids.subarray(start, start + this.counts[d]);
  }
}
