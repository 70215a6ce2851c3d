// The corpus's spelling keys, kept from one check to the next: the spelling choices (signatures)
// the corpus makes for each key, and which documents use it. A key with two or more choices is a
// word spelled two ways; only those are ever written out and reported. Nearly every word is used
// without a choice (signature "|") and never any other way, and of the words some document spells
// with a choice, nearly all are spelled one way: counts of the documents are enough for them, and
// only the few words spelled two ways keep their documents (a set of documents for each key and
// each choice was most of what the index held).
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { Lexicon } from '../lexicon/lexicon';
import { keyIdOf, keysMade, keyText } from './spellingKeys';
import { forEachKeyId, keyIndexIn } from './variantCode';
import { CHOICE_SEPARATOR, documentVariants, type DocumentVariants } from './variantOccurrences';

export class VariantIndex {
  private indexed: ReadonlySet<AnalyzedDocument> = new Set();
  /** How many documents make each choice (`key + separator + signature`: "defence", "viet nam"). */
  private readonly choiceUses = new Map<string, number>();
  /** How many choices are in use for each key that has one. */
  private readonly choiceCount = new Map<string, number>();
  /** For each key that has a choice: how many documents use it without one ("defense", "vietnam"). */
  private readonly plainUses = new Map<string, number>();
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
    const changed = new Set<string>();
    for (const doc of removed) this.countChoices(doc, -1, changed);
    for (const doc of this.added) this.countChoices(doc, 1, changed);
    const fresh = [...changed].filter((key) => this.choiceCount.has(key) && !this.plainUses.has(key));
    for (const key of changed) if (!this.choiceCount.has(key)) this.plainUses.delete(key);
    for (const doc of removed) this.countPlainUses(doc, -1, changed);
    for (const doc of this.added) this.countPlainUses(doc, 1, changed);
    this.countFreshPlainUses(fresh, documents);
    this.followUsers(changed, removed, documents);
    return first ? 'all' : changed;
  }

  /** Keys the corpus spells two ways or more. */
  spelledTwoWays(): IterableIterator<string> {
    return this.users.keys();
  }

  isSpelledTwoWays(key: string): boolean {
    return ((this.plainUses.get(key) ?? 0) > 0 ? 1 : 0) + (this.choiceCount.get(key) ?? 0) >= 2;
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

  /** Counts a document's choices in (+1) or out (-1); adds their keys to `changed`. */
  private countChoices(doc: AnalyzedDocument, sign: 1 | -1, changed: Set<string>): void {
    for (const chosen of this.variantsOf(doc).choiceKeys) {
      const key = chosen.slice(0, chosen.indexOf(CHOICE_SEPARATOR));
      changed.add(key);
      const uses = (this.choiceUses.get(chosen) ?? 0) + sign;
      if (uses > 0) this.choiceUses.set(chosen, uses);
      else this.choiceUses.delete(chosen);
      const opened = sign > 0 && uses === 1;
      const closed = sign < 0 && uses === 0;
      if (!opened && !closed) continue;
      const choices = (this.choiceCount.get(key) ?? 0) + sign;
      if (choices > 0) this.choiceCount.set(key, choices);
      else this.choiceCount.delete(key);
    }
  }

  /** Counts a document's plain uses of the keys already followed; adds those keys to `changed`. */
  private countPlainUses(doc: AnalyzedDocument, sign: 1 | -1, changed: Set<string>): void {
    // with no key followed, a document's keys need not be read
    if (!this.plainUses.size) return;
    forEachKeyId(this.variantsOf(doc), (id, plain) => {
      if (!plain) return;
      const key = keyText(id);
      const uses = this.plainUses.get(key);
      if (uses === undefined) return;
      this.plainUses.set(key, uses + sign);
      changed.add(key);
    });
  }

  /** Starts counting the plain uses of keys that just got a choice: one pass over the corpus for all of them. */
  private countFreshPlainUses(fresh: readonly string[], documents: readonly AnalyzedDocument[]): void {
    if (!fresh.length) return;
    const slots = slotsOf(fresh);
    const counts = new Int32Array(fresh.length);
    for (const doc of documents) {
      forEachKeyId(this.variantsOf(doc), (id, plain) => {
        if (plain && slots[id]) counts[slots[id] - 1]++;
      });
    }
    fresh.forEach((key, i) => this.plainUses.set(key, counts[i]));
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
