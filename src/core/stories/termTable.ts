// Term ids found from the words' positions: a plain ASCII word is lower-cased, stemmed and looked
// up on its character codes, so a string is made only for a term the corpus has not had before
// (slicing and lower-casing every word was most of the cost of a document's story terms).
import { grown, mix } from '../lexicon/wordTable';

const EMPTY = -1;
const LOWER_Y = 121;

export class TermTable {
  private readonly terms: string[] = [];
  private hashes = new Int32Array(1024);
  /** Open addressing: an id, or EMPTY. */
  private slots = new Int32Array(2048).fill(EMPTY);

  get size(): number {
    return this.terms.length;
  }

  termOf(id: number): string {
    return this.terms[id];
  }

  idOf(term: string): number {
    let hash = 0;
    for (let i = 0; i < term.length; i++) hash = step(hash, term.charCodeAt(i));
    for (let slot = mix(hash) & (this.slots.length - 1); ; slot = (slot + 1) & (this.slots.length - 1)) {
      const id = this.slots[slot];
      if (id === EMPTY) return this.add(term, hash, slot);
      if (this.hashes[id] === hash && this.terms[id] === term) return id;
    }
  }

  /** The id of stem(text.slice(start, end).toLowerCase()) for a run of ASCII letters. */
  idOfPlainWord(text: string, start: number, end: number): number {
    const stemEnd = stemEndOf(text, start, end);
    const withY = stemEnd === end - 3; // only -ies is cut by three
    let hash = 0;
    for (let i = start; i < stemEnd; i++) hash = step(hash, lowerAt(text, i));
    if (withY) hash = step(hash, LOWER_Y);
    const length = stemEnd - start + (withY ? 1 : 0);
    for (let slot = mix(hash) & (this.slots.length - 1); ; slot = (slot + 1) & (this.slots.length - 1)) {
      const id = this.slots[slot];
      if (id === EMPTY) return this.add(text.slice(start, stemEnd).toLowerCase() + (withY ? 'y' : ''), hash, slot);
      if (this.hashes[id] === hash && sameLowered(this.terms[id], length, text, start, stemEnd)) return id;
    }
  }

  private add(term: string, hash: number, slot: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    if (id === this.hashes.length) this.hashes = grown(this.hashes, id * 2);
    this.hashes[id] = hash;
    this.slots[slot] = id;
    if (id * 2 >= this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    for (let id = 0; id < this.terms.length; id++) {
      let slot = mix(this.hashes[id]) & (slots.length - 1);
      while (slots[slot] !== EMPTY) slot = (slot + 1) & (slots.length - 1);
      slots[slot] = id;
    }
    this.slots = slots;
  }
}

function step(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** ASCII letters only, so setting the 0x20 bit lower-cases. */
function lowerAt(text: string, i: number): number {
  return text.charCodeAt(i) | 32;
}

/** Where `stem` (termVector.ts) cuts the lower-cased word: -ies (then + "y"), -sses/-shes/-ches/-xes, -s but not -ss. */
function stemEndOf(text: string, start: number, end: number): number {
  const length = end - start, last = lowerAt(text, end - 1), before = lowerAt(text, end - 2);
  if (length > 5 && last === 115 && before === 101 && lowerAt(text, end - 3) === 105) return end - 3;
  if (length > 4 && last === 115 && before === 101 && hasSibilantBefore(text, end - 2)) return end - 2;
  if (length > 3 && last === 115 && before !== 115) return end - 1;
  return end;
}

/** ss, sh, ch or x ends text.slice(0, end). */
function hasSibilantBefore(text: string, end: number): boolean {
  const last = lowerAt(text, end - 1), before = lowerAt(text, end - 2);
  return last === 120 || (last === 115 && before === 115) || (last === 104 && (before === 115 || before === 99));
}

/** `term` is the lower-cased text.slice(start, stemEnd), plus "y" when it is one longer. */
function sameLowered(term: string, length: number, text: string, start: number, stemEnd: number): boolean {
  if (term.length !== length) return false;
  for (let i = start; i < stemEnd; i++) if (term.charCodeAt(i - start) !== lowerAt(text, i)) return false;
  return length === stemEnd - start || term.charCodeAt(length - 1) === LOWER_Y;
}
