// The English word list held as its own text, lowercased once: each word a range of that text,
// found through a hash table of numbers. A Set of the 274,000 words as strings kept 20 MB for as
// long as the engine runs; this keeps the text and three integer arrays (a third of that).
import { isWhiteSpace } from '../text/whiteSpace';
import type { Lexicon } from './lexicon';
import { grown, HASH_START, hashOf, hashStep, mix } from './wordTable';

export class WordListLexicon implements Lexicon {
  /** The list, lowercased; each word is text[starts[id], ends[id]). */
  private readonly text: string;
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private slots = new Int32Array(4096).fill(-1);
  size = 0;

  /** One word a line; blank lines and surrounding spaces are ignored, case too. */
  constructor(list: string) {
    this.text = list.toLowerCase();
    for (let start = 0; start < this.text.length;) {
      let end = this.text.indexOf('\n', start);
      if (end < 0) end = this.text.length;
      this.addLine(start, end);
      start = end + 1;
    }
  }

  has(word: string): boolean {
    const asciiHash = lowerAsciiHash(word);
    // the list holds no capital A-Z: a word of ASCII is there exactly when its lowercase is
    if (asciiHash !== undefined) return this.find(word, asciiHash, ASCII_CAPITAL) >= 0;
    if (this.find(word, hashOf(word)) >= 0) return true;
    const lower = word.toLowerCase();
    return lower !== word && this.find(lower, hashOf(lower)) >= 0;
  }

  private addLine(from: number, to: number): void {
    while (from < to && isWhiteSpace(this.text.charCodeAt(from))) from++;
    while (to > from && isWhiteSpace(this.text.charCodeAt(to - 1))) to--;
    if (from === to) return;
    const hash = hashOf(this.text, from, to);
    if (this.find(this.text.slice(from, to), hash) >= 0) return;
    if (this.size === this.starts.length) {
      this.starts = grown(this.starts, this.size * 2);
      this.ends = grown(this.ends, this.size * 2);
    }
    this.starts[this.size] = from;
    this.ends[this.size] = to;
    if (++this.size * 2 > this.slots.length) this.rehash();
    else this.place(this.size - 1, hash);
  }

  /** The number of the word (read in lowercase when `fold` is ASCII_CAPITAL), or -1. */
  private find(word: string, hash: number, fold = 0): number {
    const mask = this.slots.length - 1;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot];
      if (id < 0 || this.holds(id, word, fold)) return id;
    }
  }

  private holds(id: number, word: string, fold: number): boolean {
    const start = this.starts[id];
    if (this.ends[id] - start !== word.length) return false;
    for (let i = 0; i < word.length; i++) if (this.text.charCodeAt(start + i) !== lowerAscii(word.charCodeAt(i), fold)) return false;
    return true;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let id = 0; id < this.size; id++) this.place(id, hashOf(this.text, this.starts[id], this.ends[id]));
  }

  private place(id: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = mix(hash) & mask;
    while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = id;
  }
}

const ASCII_CAPITAL = 1;

function lowerAscii(c: number, fold: number): number {
  return fold === ASCII_CAPITAL && c >= 65 && c <= 90 ? c | 32 : c;
}

/** The hash of the word in lowercase when it is all ASCII, else undefined. */
function lowerAsciiHash(word: string): number | undefined {
  let hash = HASH_START;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return undefined;
    hash = hashStep(hash, lowerAscii(c, ASCII_CAPITAL));
  }
  return hash;
}
