// A cache keyed by a range of a text rather than by a string: the aligner looks up every word of
// every sentence, and slicing each one out to key a Map cost an allocation and a string hash per
// word. Keys are hashed from their character codes and compared in place (open addressing).

/** FNV-1a over the UTF-16 code units of `text` from `start` to `end`. */
function rangeHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash | 0;
}

function sameText(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

export class RangeTable {
  /** Entry index + 1 per slot, 0 for an empty slot; kept at most half full. */
  private slots = new Int32Array(1 << 12);
  private readonly keys: string[] = [];
  private readonly hashes: number[] = [];
  private readonly values: number[] = [];

  /** The value stored for the text from `start` to `end`, or -1. */
  get(text: string, start: number, end: number): number {
    const hash = rangeHash(text, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] === hash && sameText(this.keys[entry], text, start, end)) return this.values[entry];
    }
  }

  /** Stores `value` (not negative) for a range `get` did not find. */
  add(text: string, start: number, end: number, value: number): void {
    this.keys.push(text.slice(start, end));
    this.hashes.push(rangeHash(text, start, end));
    this.values.push(value);
    if (2 * this.keys.length > this.slots.length) this.grow();
    else this.place(this.keys.length - 1);
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[entry] & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let entry = 0; entry < this.keys.length; entry++) this.place(entry);
  }
}
