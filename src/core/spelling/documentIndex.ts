// Which documents use each key, kept from one check to the next. A Corpus replaces a document's
// AnalyzedDocument when its text changes, so comparing the documents of this check with those of
// the last tells what to re-index: after one edit, one document leaves and one comes in, and the
// check costs that document, not the corpus.
import type { AnalyzedDocument } from '../engine/analyzedDocument';

export class DocumentIndex<K> {
  private indexed: ReadonlySet<AnalyzedDocument> = new Set();
  private readonly postings = new Map<K, Set<AnalyzedDocument>>();
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

  documentsWith(key: K): ReadonlySet<AnalyzedDocument> | undefined {
    return this.postings.get(key);
  }

  keys(): IterableIterator<K> {
    return this.postings.keys();
  }

  private add(doc: AnalyzedDocument, touched: Set<K> | undefined): void {
    for (const key of this.keysOf(doc)) {
      let docs = this.postings.get(key);
      if (!docs) this.postings.set(key, (docs = new Set()));
      docs.add(doc);
      touched?.add(key);
    }
  }

  private remove(doc: AnalyzedDocument, touched: Set<K>): void {
    for (const key of this.keysOf(doc)) {
      const docs = this.postings.get(key);
      if (!docs?.delete(doc)) continue;
      if (!docs.size) this.postings.delete(key);
      touched.add(key);
    }
  }
}
