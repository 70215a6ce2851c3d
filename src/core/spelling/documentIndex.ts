// Which documents use each key, kept from one check to the next. A Corpus replaces a document's
// AnalyzedDocument when its text changes, so comparing the documents of this check with those of
// the last tells what to re-index: after one edit, one document leaves and one comes in, and the
// check costs that document, not the corpus.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { hasUser, usersOf, withoutUser, withUser, type DocumentUsers } from './documentUsers';

export class DocumentIndex<K> {
  private indexed: ReadonlySet<AnalyzedDocument> = new Set();
  private readonly postings = new Map<K, DocumentUsers>();
  /** The documents the last update added, and those it removed. */
  added: AnalyzedDocument[] = [];
  removed: AnalyzedDocument[] = [];

  constructor(private readonly keysOf: (doc: AnalyzedDocument) => readonly K[]) {}

  /** Brings the index to these documents; returns the keys whose documents changed, or 'all' on a first build. */
  update(documents: readonly AnalyzedDocument[]): ReadonlySet<K> | 'all' {
    const first = this.indexed.size === 0;
    const current = new Set(documents);
    const touched = new Set<K>();
    this.removed = [...this.indexed].filter((doc) => !current.has(doc));
    this.added = documents.filter((doc) => !this.indexed.has(doc));
    for (const doc of this.removed) this.remove(doc, touched);
    for (const doc of this.added) this.add(doc, first ? undefined : touched);
    this.indexed = current;
    return first ? 'all' : touched;
  }

  /** The documents that use the key, in the order they came; undefined when none does. */
  documentsWith(key: K): readonly AnalyzedDocument[] | undefined {
    const users = this.postings.get(key);
    return users && usersOf(users);
  }

  has(key: K, doc: AnalyzedDocument): boolean {
    return hasUser(this.postings.get(key), doc);
  }

  keys(): IterableIterator<K> {
    return this.postings.keys();
  }

  private add(doc: AnalyzedDocument, touched: Set<K> | undefined): void {
    for (const key of this.keysOf(doc)) {
      this.postings.set(key, withUser(this.postings.get(key), doc));
      touched?.add(key);
    }
  }

  private remove(doc: AnalyzedDocument, touched: Set<K>): void {
    for (const key of this.keysOf(doc)) {
      const users = this.postings.get(key);
      if (!hasUser(users, doc)) continue;
      const left = withoutUser(users, doc);
      if (left === undefined) this.postings.delete(key);
      else this.postings.set(key, left);
      touched.add(key);
    }
  }
}
