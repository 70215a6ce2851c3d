// Which documents use each of a few keys of interest, out of the many keys every document uses:
// only the words that some document spells another way, only the words of long forms that do not
// fit. A key's documents are gathered when it comes into focus (one pass over the corpus for all
// the keys that do at once) and kept up to date as documents come and go.
import type { AnalyzedDocument } from '../engine/analyzedDocument';

export class FocusedIndex<K> {
  private readonly users = new Map<K, Set<AnalyzedDocument>>();

  constructor(private readonly keysOf: (doc: AnalyzedDocument) => readonly K[]) {}

  /** The documents that use a key in focus. */
  documentsWith(key: K): ReadonlySet<AnalyzedDocument> | undefined {
    return this.users.get(key);
  }

  /** The keys in focus. */
  keys(): IterableIterator<K> {
    return this.users.keys();
  }

  clear(): void {
    this.users.clear();
  }

  /** Stops following keys. */
  drop(keys: Iterable<K>): void {
    for (const key of keys) this.users.delete(key);
  }

  /** Starts following keys: finds their documents among these. */
  follow(keys: Iterable<K>, documents: readonly AnalyzedDocument[]): void {
    const fresh = new Set<K>();
    for (const key of keys) if (!this.users.has(key)) fresh.add(key);
    if (!fresh.size) return;
    for (const key of fresh) this.users.set(key, new Set());
    for (const doc of documents) {
      for (const key of this.keysOf(doc)) if (fresh.has(key)) this.users.get(key)!.add(doc);
    }
  }

  /** Records documents that came and went; adds to `changed` the keys in focus whose documents changed. */
  change(added: readonly AnalyzedDocument[], removed: readonly AnalyzedDocument[], changed: Set<K>): void {
    for (const doc of removed) {
      for (const key of this.keysOf(doc)) if (this.users.get(key)?.delete(doc)) changed.add(key);
    }
    for (const doc of added) {
      for (const key of this.keysOf(doc)) {
        const docs = this.users.get(key);
        if (docs && !docs.has(doc)) {
          docs.add(doc);
          changed.add(key);
        }
      }
    }
  }
}
