// Words numbered by their characters, found again from a stretch of text without cutting it out.
// A scan over every word of a corpus that made a string of each word and looked it up in a Map
// spent most of its time allocating and hashing those strings; here the scan hashes the
// characters as it reads them, and only a word never seen before becomes a string.

/** The hash of no characters; fold each character in with `hashStep`. */
export const HASH_START = 0x811c9dc5 | 0;

/** FNV-1a, one UTF-16 code unit at a time. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/**
 * A word of up to ten ASCII letters is also written exactly as two numbers, six bits a letter
 * (`KEY_LETTERS`), which a scan keeps as it hashes: a table finds such a word by comparing two
 * numbers instead of reading its letters again, which was a third of a scan of every word. The
 * high number is NO_KEY for any other word. Fold each letter in with `keyHighStep` then `keyLowStep`.
 */
export const NO_KEY = -1;
export const KEY_LETTERS = 10;

/** The high number of a word's key once its letters are folded in: NO_KEY unless it is a few ASCII letters. */
export function finishedKeyHigh(asciiLetters: boolean, length: number, high: number): number {
  return asciiLetters && length <= KEY_LETTERS ? high : NO_KEY;
}

export function keyHighStep(high: number, low: number): number {
  return (high << 6) | (low >>> 24);
}

/** Six bits of the code: no ASCII letter's are 0, so a key also tells how many letters it holds. */
export function keyLowStep(low: number, code: number): number {
  return ((low << 6) | (code & 63)) & 0x3fffffff;
}

export function hashOf(text: string, from = 0, to = text.length): number {
  let hash = HASH_START;
  for (let i = from; i < to; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

const INITIAL_SLOTS = 1 << 12;
const ASCII_LETTERS = /^[A-Za-z]*$/;

export class WordTable {
  /** The words by number. */
  readonly words: string[] = [];
  private hashes = new Int32Array(INITIAL_SLOTS >> 1);
  /** Each word's key (see NO_KEY), in two numbers; empty in a table that is not `keyed`. */
  private highKeys: Int32Array;
  private lowKeys: Int32Array;
  /** Open addressing: each slot holds a word's number, or -1. */
  private slots = new Int32Array(INITIAL_SLOTS).fill(-1);

  /** `keyed`: the table keeps its words' keys, for the scans that find words by key (findKeyed). */
  constructor(private readonly keyed = false) {
    const keySlots = keyed ? INITIAL_SLOTS >> 1 : 0;
    this.highKeys = new Int32Array(keySlots);
    this.lowKeys = new Int32Array(keySlots);
  }

  get size(): number {
    return this.words.length;
  }

  /**
   * The number of text[from, to) (whose hash is `hash`), or -1 when the table does not hold it.
   * `lowered`: text[from, to) is ASCII letters, compared in lower case (the table holds them so).
   */
  find(text: string, from: number, to: number, hash: number, lowered = false): number {
    const mask = this.slots.length - 1;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot];
      if (id < 0 || (this.hashes[id] === hash && sameText(this.words[id], text, from, to, lowered ? 32 : 0))) return id;
    }
  }

  /**
   * The same, given the key of text[from, to) too: a word with a key is found by it alone (the
   * hash only picks where to look), others as `find` finds them.
   */
  findKeyed(text: string, from: number, to: number, hash: number, high: number, low: number, lowered = false): number {
    if (high === NO_KEY || !this.keyed) return this.find(text, from, to, hash, lowered);
    const mask = this.slots.length - 1;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot];
      if (id < 0 || (this.lowKeys[id] === low && this.highKeys[id] === high)) return id;
    }
  }

  /** The number of a whole word, or -1. */
  idOf(word: string): number {
    return this.find(word, 0, word.length, hashOf(word));
  }

  /** The number of text[from, to), numbered now when it is new. */
  intern(text: string, from: number, to: number, hash: number): number {
    return this.internKeyed(text, from, to, hash, NO_KEY, 0);
  }

  /** The same, given the key of text[from, to) too (findKeyed). */
  internKeyed(text: string, from: number, to: number, hash: number, high: number, low: number): number {
    const known = this.findKeyed(text, from, to, hash, high, low);
    return known >= 0 ? known : this.add(text.slice(from, to), hash);
  }

  private add(word: string, hash: number): number {
    const id = this.words.push(word) - 1;
    if (id >= this.hashes.length) this.hashes = grown(this.hashes, this.hashes.length * 2);
    this.hashes[id] = hash;
    if (this.keyed) this.setKey(id, word);
    if (this.words.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
    return id;
  }

  private setKey(id: number, word: string): void {
    if (id >= this.highKeys.length) {
      this.highKeys = grown(this.highKeys, this.highKeys.length * 2);
      this.lowKeys = grown(this.lowKeys, this.lowKeys.length * 2);
    }
    let high = 0, low = 0;
    for (let i = 0; i < word.length; i++) {
      high = keyHighStep(high, low);
      low = keyLowStep(low, word.charCodeAt(i));
    }
    this.highKeys[id] = finishedKeyHigh(ASCII_LETTERS.test(word), word.length, high);
    this.lowKeys[id] = low;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size).fill(-1);
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let slot = mix(this.hashes[id]) & mask;
    while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = id;
  }
}

/** An array of a larger size with the same numbers first. */
export function grown<A extends Int32Array | Uint8Array | Float64Array>(array: A, size: number): A {
  const larger = new (array.constructor as new (n: number) => A)(size);
  larger.set(array);
  return larger;
}

// FNV's low bits are weak for short words: spread the high ones down before masking.
export function mix(hash: number): number {
  return hash ^ (hash >>> 15);
}

/** `lowerBit` 32 compares ASCII letters of `text` lower-cased (setting that bit lower-cases a letter). */
function sameText(word: string, text: string, from: number, to: number, lowerBit: number): boolean {
  if (word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== (text.charCodeAt(from + i) | lowerBit)) return false;
  return true;
}
