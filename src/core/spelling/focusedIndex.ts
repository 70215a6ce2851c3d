// Which documents use each of a few keys of interest, out of the many keys every document uses:
// only the words that some document spells another way, only the words of long forms that do not
// fit. A key's documents are gathered when it comes into focus (one pass over the corpus for all
// the keys that do at once) and kept up to date as documents come and go.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { hasUser, userCount, usersOf, withoutUser, withUser, type DocumentUsers } from './documentUsers';

export class FocusedIndex<K> {
  /** Every key in focus, with its documents (undefined: none yet). */
  private readonly users = new Map<K, DocumentUsers>();

  constructor(private readonly keysOf: (doc: AnalyzedDocument) => Iterable<K>) {}

  /** The documents that use a key in focus, in the order they came; undefined for a key not in focus. */
  documentsWith(key: K): readonly AnalyzedDocument[] | undefined {
    return this.users.has(key) ? usersOf(this.users.get(key)) : undefined;
  }

  /** How many documents use the key (0 for a key not in focus). */
  count(key: K): number {
    return userCount(this.users.get(key));
  }

  has(key: K, doc: AnalyzedDocument): boolean {
    return hasUser(this.users.get(key), doc);
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
    for (const key of fresh) this.users.set(key, undefined);
    for (const doc of documents) {
      for (const key of this.keysOf(doc)) if (fresh.has(key)) this.users.set(key, withUser(this.users.get(key), doc));
    }
  }

  /** Records documents that came and went; adds to `changed` the keys in focus whose documents changed. */
  change(added: readonly AnalyzedDocument[], removed: readonly AnalyzedDocument[], changed: Set<K>): void {
    // with no key in focus nothing can change, and a document's keys need not be read
    if (!this.users.size) return;
    for (const doc of removed) {
      for (const key of this.keysOf(doc)) {
        const users = this.users.get(key);
        if (!hasUser(users, doc)) continue;
        this.users.set(key, withoutUser(users, doc));
        changed.add(key);
      }
    }
    for (const doc of added) {
      for (const key of this.keysOf(doc)) {
        const users = this.users.get(key);
        if (!this.users.has(key) || hasUser(users, doc)) continue;
        this.users.set(key, withUser(users, doc));
        changed.add(key);
      }
    }
  }
}
