// A document's spelling occurrences as one buffer of small numbers (varints.ts): millions of
// occurrences are kept for the few whose word turns out to be spelled two ways, and an occurrence
// takes about three bytes this way (its key's place among the document's keys, its distance from
// the one before, its length) where four numbers of 16 bits took eight, and one buffer a document
// where three typed arrays each cost a header of their own.
import { unzigzag, VarintReader, VarintWriter, zigzag } from './varints';

export interface VariantCode {
  /**
   * The numbers of the document's distinct keys, in order of first use; the places among them of
   * the keys never used without a spelling choice, ascending, each as its step from the last; the
   * numbers of the choices the document makes; then the occurrences in document order (see
   * VariantCodeWriter.addPlace).
   */
  code: Uint8Array;
  keyCount: number;
  notPlainCount: number;
  choiceCount: number;
  /** Where in `code` the places of the keys never used plainly start, the choices, and the occurrences. */
  notPlainAt: number;
  choicesAt: number;
  placesAt: number;
}

/** Writes one document's code; the buffers are shared, so one document is written at a time. */
export class VariantCodeWriter {
  private static readonly places = new VarintWriter();
  private static readonly head = new VarintWriter();
  private block = 0;
  private lastTo = 0;
  private keysMet = 0;

  constructor() {
    VariantCodeWriter.places.clear();
  }

  /**
   * An occurrence: its key's place among the document's keys (0 for the next key not met before,
   * as half the occurrences are, else 1 + its place), its start as a step from the end of the one
   * before (twice that, plus one when it opens another block, whose number follows), then its
   * length. A spaced pair's second word starts before the pair ends: the step may be negative.
   */
  addPlace(key: number, block: number, from: number, to: number): void {
    const places = VariantCodeWriter.places;
    const newBlock = block !== this.block;
    if (newBlock) {
      this.block = block;
      this.lastTo = 0;
    }
    const firstUse = key === this.keysMet;
    if (firstUse) this.keysMet++;
    places.write(firstUse ? 0 : key + 1);
    places.write(zigzag(from - this.lastTo) * 2 + (newBlock ? 1 : 0));
    if (newBlock) places.write(block);
    places.write(to - from);
    this.lastTo = to;
  }

  /** The code, with the document's key numbers, the places among them of those never used plainly, and its choices. */
  finish(keys: readonly number[], notPlain: readonly number[], choices: Iterable<number>): VariantCode {
    const { head, places } = VariantCodeWriter;
    head.clear();
    for (const key of keys) head.write(key);
    const notPlainAt = head.length;
    let last = 0;
    for (const at of notPlain) {
      head.write(at - last);
      last = at;
    }
    const choicesAt = head.length;
    let choiceCount = 0;
    for (const choice of choices) {
      head.write(choice);
      choiceCount++;
    }
    const code = new Uint8Array(head.length + places.length);
    head.copyInto(code, 0);
    places.copyInto(code, head.length);
    return { code, keyCount: keys.length, notPlainCount: notPlain.length, choiceCount, notPlainAt, choicesAt, placesAt: head.length };
  }
}

/** The place of key number `id` among the document's keys; -1 when it does not use it. */
export function keyIndexIn(variants: VariantCode, id: number): number {
  const reader = new VarintReader(variants.code);
  for (let at = 0; at < variants.keyCount; at++) if (reader.next() === id) return at;
  return -1;
}

/** Calls `visit` with the number of each key, in order of first use, and whether it is ever used without a choice. */
export function forEachKeyId(variants: VariantCode, visit: (id: number, plain: boolean) => void): void {
  const keys = new VarintReader(variants.code);
  const notPlain = new VarintReader(variants.code, variants.notPlainAt);
  let skipped = 0;
  let nextSkip = variants.notPlainCount ? notPlain.next() : -1;
  for (let at = 0; at < variants.keyCount; at++) {
    const id = keys.next();
    if (at !== nextSkip) {
      visit(id, true);
      continue;
    }
    visit(id, false);
    skipped++;
    if (skipped < variants.notPlainCount) nextSkip += notPlain.next();
  }
}

/** Calls `visit` with the number of each choice the document makes. */
export function forEachChoice(variants: VariantCode, visit: (choice: number) => void): void {
  const reader = new VarintReader(variants.code, variants.choicesAt);
  for (let at = 0; at < variants.choiceCount; at++) visit(reader.next());
}

/** Calls `visit` with each occurrence, in document order: its key's place among the keys, block, from and to. */
export function forEachPlace(variants: VariantCode, visit: (key: number, block: number, from: number, to: number) => void): void {
  const reader = new VarintReader(variants.code, variants.placesAt);
  const end = variants.code.length;
  let block = 0;
  let lastTo = 0;
  let keysMet = 0;
  while (reader.at < end) {
    const place = reader.next();
    const key = place === 0 ? keysMet++ : place - 1;
    const step = reader.next();
    if (step % 2 === 1) {
      block = reader.next();
      lastTo = 0;
    }
    const from = lastTo + unzigzag((step - (step % 2)) / 2);
    lastTo = from + reader.next();
    visit(key, block, from, lastTo);
  }
}
