// The corpus's spelling keys, kept from one check to the next: the spelling choices (signatures)
// the corpus makes for each key, and which documents use it. A key with two or more choices is a
// word spelled two ways; only those are ever written out and reported. Nearly every word is used
// without a choice (signature "|") and never any other way, and of the words some document spells
// with a choice, nearly all are spelled one way: counts of the documents, by key and choice
// number, are enough for them, and only the few words spelled two ways keep their documents (a
// set of documents for each key and each choice was most of what the index held).
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { Lexicon } from '../lexicon/lexicon';
import { grown } from '../lexicon/wordTable';
import { choicesMade, keyIdOf, keyOfChoice, keysMade, keyText } from './spellingKeys';
import { forEachChoice, forEachKeyId, keyIndexIn } from './variantCode';
import { documentVariants, type DocumentVariants } from './variantOccurrences';

export class VariantIndex {
  private indexed: ReadonlySet<AnalyzedDocument> = new Set();
  /** By choice number: how many documents make the choice. */
  private choiceUses = new Int32Array(0);
  /** By key number: how many choices are in use. */
  private choiceCount = new Int32Array(0);
  /** By key number, for the keys that have a choice: how many documents use the key without one. */
  private plainUses = new Int32Array(0);
  /** The documents that use each key spelled two ways. */
  private readonly users = new Map<string, Set<AnalyzedDocument>>();
  /** The documents the last update added. */
  added: AnalyzedDocument[] = [];

  constructor(private readonly lexicon?: Lexicon) {}

  /** Brings the index to these documents; returns the keys whose uses changed, or 'all'. */
  update(documents: readonly AnalyzedDocument[]): ReadonlySet<string> | 'all' {
    const first = this.indexed.size === 0;
    const current = new Set(documents);
    const removed = [...this.indexed].filter((doc) => !current.has(doc));
    this.added = documents.filter((doc) => !this.indexed.has(doc));
    this.indexed = current;
    for (const doc of this.added) this.variantsOf(doc); // reading a document numbers its new keys and choices
    this.makeRoom();
    const changed = new Set<number>();
    const opened = new Set<number>();
    const closed = new Set<number>();
    for (const doc of removed) this.countChoices(doc, -1, changed, opened, closed);
    for (const doc of this.added) this.countChoices(doc, 1, changed, opened, closed);
    for (const key of closed) this.plainUses[key] = 0;
    const fresh = opened;
    // on a first build every key with a choice is fresh: a document's keys need not be read here
    if (!first) for (const doc of removed) this.countPlainUses(doc, -1, changed, fresh);
    if (!first) for (const doc of this.added) this.countPlainUses(doc, 1, changed, fresh);
    this.countFreshPlainUses(fresh, documents);
    const keys = new Set([...changed].map(keyText));
    this.followUsers(keys, removed, documents);
    return first ? 'all' : keys;
  }

  /** Keys the corpus spells two ways or more. */
  spelledTwoWays(): IterableIterator<string> {
    return this.users.keys();
  }

  isSpelledTwoWays(key: string): boolean {
    const id = keyIdOf(key);
    return id !== undefined && id < this.choiceCount.length && (this.plainUses[id] > 0 ? 1 : 0) + this.choiceCount[id] >= 2;
  }

  /** Whether a document uses the key (of a word spelled two ways). */
  uses(key: string, doc: AnalyzedDocument): boolean {
    return this.users.get(key)?.has(doc) ?? false;
  }

  /** The documents that use the key (of a word spelled two ways), in no particular order. */
  documentsUsing(key: string): Set<AnalyzedDocument> {
    return new Set(this.users.get(key));
  }

  private variantsOf(doc: AnalyzedDocument): DocumentVariants {
    return documentVariants(doc, this.lexicon);
  }

  /** Room in the counts for every key and choice numbered so far (reading documents numbers more). */
  private makeRoom(): void {
    if (this.choiceUses.length < choicesMade()) this.choiceUses = grown(this.choiceUses, choicesMade() * 2);
    if (this.choiceCount.length < keysMade()) {
      this.choiceCount = grown(this.choiceCount, keysMade() * 2);
      this.plainUses = grown(this.plainUses, keysMade() * 2);
    }
  }

  /**
   * Counts a document's choices in (+1) or out (-1); adds their keys to `changed`, to `closed` those
   * left without a choice in use, and to `opened` those that had none before this update (a key
   * closed by a document removed and opened again by the one that replaces it is neither: its
   * plain uses are still counted). Documents are counted out before others are counted in.
   */
  private countChoices(doc: AnalyzedDocument, sign: 1 | -1, changed: Set<number>, opened: Set<number>, closed: Set<number>): void {
    forEachChoice(this.variantsOf(doc), (choice) => {
      const key = keyOfChoice(choice);
      changed.add(key);
      const uses = (this.choiceUses[choice] += sign);
      if (sign > 0 && uses === 1 && ++this.choiceCount[key] === 1 && !closed.delete(key)) opened.add(key);
      if (sign < 0 && uses === 0 && --this.choiceCount[key] === 0) closed.add(key);
    });
  }

  /** Counts a document's plain uses of the keys already followed (not `fresh`); adds those keys to `changed`. */
  private countPlainUses(doc: AnalyzedDocument, sign: 1 | -1, changed: Set<number>, fresh: ReadonlySet<number>): void {
    forEachKeyId(this.variantsOf(doc), (key, plain) => {
      if (!plain || this.choiceCount[key] === 0 || fresh.has(key)) return;
      this.plainUses[key] += sign;
      changed.add(key);
    });
  }

  /** Starts counting the plain uses of keys that just got a choice: one pass over the corpus for all of them. */
  private countFreshPlainUses(fresh: ReadonlySet<number>, documents: readonly AnalyzedDocument[]): void {
    if (!fresh.size) return;
    const isFresh = new Uint8Array(this.choiceCount.length);
    for (const key of fresh) {
      isFresh[key] = 1;
      this.plainUses[key] = 0;
    }
    for (const doc of documents) {
      forEachKeyId(this.variantsOf(doc), (key, plain) => {
        if (plain && isFresh[key]) this.plainUses[key]++;
      });
    }
  }

  /** Keeps the documents of the keys among `changed` that are spelled two ways; gathers those of keys that just became so. */
  private followUsers(changed: ReadonlySet<string>, removed: readonly AnalyzedDocument[], documents: readonly AnalyzedDocument[]): void {
    const gather: string[] = [];
    for (const key of changed) {
      const users = this.users.get(key);
      if (!this.isSpelledTwoWays(key)) {
        this.users.delete(key);
      } else if (!users) {
        gather.push(key);
      } else {
        const id = keyIdOf(key)!;
        for (const doc of removed) users.delete(doc);
        for (const doc of this.added) if (keyIndexIn(this.variantsOf(doc), id) >= 0) users.add(doc);
      }
    }
    if (!gather.length) return;
    const slots = slotsOf(gather);
    const found = gather.map(() => new Set<AnalyzedDocument>());
    for (const doc of documents) {
      forEachKeyId(this.variantsOf(doc), (id) => {
        if (slots[id]) found[slots[id] - 1].add(doc);
      });
    }
    gather.forEach((key, i) => this.users.set(key, found[i]));
  }
}

/** For each key number, 1 + the key's place in `keys`; 0 for keys not among them. */
function slotsOf(keys: readonly string[]): Int32Array {
  const slots = new Int32Array(keysMade());
  keys.forEach((key, i) => {
    slots[keyIdOf(key)!] = i + 1;
  });
  return slots;
}
