// How many times each pair of word numbers occurs (the corpus vocabulary's names written apart,
// "Deputy Minister"), in typed arrays: a Map keyed by a number made of both spent most of the
// count boxing keys too large for a small integer, once per pair written in the corpus.
import { grown, mix } from './wordTable';

const INITIAL_SLOTS = 1 << 10;

export class PairCounts {
  /** Per entry: the pair's first and second number and its count (entries are never removed; a count may fall to 0). */
  private firsts = new Int32Array(INITIAL_SLOTS >> 1);
  private seconds = new Int32Array(INITIAL_SLOTS >> 1);
  private counts = new Int32Array(INITIAL_SLOTS >> 1);
  private entries = 0;
  /** Open addressing: each slot holds an entry's index, or -1. */
  private slots = new Int32Array(INITIAL_SLOTS).fill(-1);

  /** How many times the pair occurs. */
  count(first: number, second: number): number {
    const entry = this.find(first, second);
    return entry < 0 ? 0 : this.counts[entry];
  }

  /** Sets the pair's count. */
  set(first: number, second: number, count: number): void {
    let entry = this.find(first, second);
    if (entry < 0) entry = this.insert(first, second);
    this.counts[entry] = count;
  }

  private find(first: number, second: number): number {
    const mask = this.slots.length - 1;
    for (let slot = slotOf(first, second) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry < 0 || (this.firsts[entry] === first && this.seconds[entry] === second)) return entry;
    }
  }

  private insert(first: number, second: number): number {
    const entry = this.entries++;
    if (entry === this.counts.length) {
      this.firsts = grown(this.firsts, entry * 2);
      this.seconds = grown(this.seconds, entry * 2);
      this.counts = grown(this.counts, entry * 2);
    }
    this.firsts[entry] = first;
    this.seconds[entry] = second;
    if (this.entries * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(entry);
    return entry;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size).fill(-1);
    for (let entry = 0; entry < this.entries; entry++) this.place(entry);
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = slotOf(this.firsts[entry], this.seconds[entry]) & mask;
    while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }
}

function slotOf(first: number, second: number): number {
  return mix(Math.imul(first, 0x9e3779b1) ^ second);
}
