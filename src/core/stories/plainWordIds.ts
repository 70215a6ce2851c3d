// The term id of each plain ASCII word, looked up on its character codes in any case: a word seen
// before costs one hash probe, with no string, lower-casing, function-word test or stemming (those
// are done once per distinct word, and slicing every word was most of the cost of story terms).
import { grown, mix } from '../lexicon/wordTable';
import { isStopWord } from '../text/stopWords';
import { stem } from './termVector';

const EMPTY = -1;
/** An editing session meets every prefix of a typed word: past this many words the table starts over (the terms stay). */
const MOST_WORDS = 500_000;
/** The id of a function word, which is no term. */
export const NO_TERM = -1;

export class PlainWordIds {
  private words: string[] = [];
  private hashes = new Int32Array(1024);
  private termIds = new Int32Array(1024);
  /** Open addressing: an index into words, or EMPTY. */
  private slots = new Int32Array(2048).fill(EMPTY);

  /** `termIdOf` gives a new term's id, in the order terms are first met. */
  constructor(private readonly termIdOf: (term: string) => number) {}

  /** The term id of text[start, end), a run of 3+ ASCII letters whose lower-cased letters hash to `hash` (termVector.hashStep). */
  idOf(text: string, start: number, end: number, hash: number): number {
    if (this.words.length >= MOST_WORDS) this.startOver();
    const mask = this.slots.length - 1;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot];
      if (k === EMPTY) return this.add(text, start, end, hash, slot);
      if (this.hashes[k] === hash && sameLowered(this.words[k], text, start, end)) return this.termIds[k];
    }
  }

  private add(text: string, start: number, end: number, hash: number, slot: number): number {
    const k = this.words.length;
    const word = text.slice(start, end).toLowerCase();
    const termId = isStopWord(text, start, end) ? NO_TERM : this.termIdOf(stem(word));
    this.words.push(word);
    if (k === this.hashes.length) {
      this.hashes = grown(this.hashes, k * 2);
      this.termIds = grown(this.termIds, k * 2);
    }
    this.hashes[k] = hash;
    this.termIds[k] = termId;
    this.slots[slot] = k;
    if (k * 2 >= this.slots.length) this.rehash();
    return termId;
  }

  private startOver(): void {
    this.words = [];
    this.slots = new Int32Array(2048).fill(EMPTY);
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let k = 0; k < this.words.length; k++) {
      let slot = mix(this.hashes[k]) & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = k;
    }
    this.slots = slots;
  }
}

/** ASCII letters only, so setting the 0x20 bit lower-cases. */
function sameLowered(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = start; i < end; i++) if (word.charCodeAt(i - start) !== (text.charCodeAt(i) | 32)) return false;
  return true;
}
