// A cache keyed by a range of a text rather than by a string: the aligner looks up every word of
// every sentence, and slicing each one out to key a Map cost an allocation and a string hash per
// word. The ranges are numbered by a WordTable (hashed from their character codes, compared in place).
import { grown, hashOf, WordTable } from '../lexicon/wordTable';

export class RangeTable {
  private readonly keys = new WordTable();
  /** The value of each key, by its number. */
  private values = new Int32Array(1024);

  /** The value stored for the text from `start` to `end`, or -1. */
  get(text: string, start: number, end: number): number {
    const key = this.keys.find(text, start, end, hashOf(text, start, end));
    return key < 0 ? -1 : this.values[key];
  }

  /** Stores `value` (not negative) for a range `get` did not find. */
  add(text: string, start: number, end: number, value: number): void {
    const key = this.keys.intern(text, start, end, hashOf(text, start, end));
    if (key >= this.values.length) this.values = grown(this.values, this.values.length * 2);
    this.values[key] = value;
  }
}
