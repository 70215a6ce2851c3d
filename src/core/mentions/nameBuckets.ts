// The corpus's name mentions bucketed by the phonetic key of their words, kept up to date one
// document at a time: after an edit only the buckets that document writes into are regrouped, so
// a re-check costs the names of one document, not of the corpus.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { phoneticKeyWithoutGlides } from '../names/nameKey';
import { usersOf, withoutUser, withUser, type DocumentUsers } from '../spelling/documentUsers';
import type { NameForm } from './nameForms';
import { nameMentions } from './nameMentions';

/** The mentions whose words have one phonetic key, and the documents that write them. */
interface Bucket {
  key: string;
  writers: DocumentUsers;
}

export class NameBuckets {
  /** Each included document's bucket of each of its mentions, in document order: one shared Bucket per key, not a Map per document. */
  private readonly included = new Map<AnalyzedDocument, readonly Bucket[]>();
  private readonly buckets = new Map<string, Bucket>();

  /**
   * Takes exactly these documents (in corpus order); returns the keys of the buckets whose
   * mentions changed: those the added, replaced and removed documents write into.
   */
  sync(documents: readonly AnalyzedDocument[]): Set<string> {
    const changed = new Set<string>();
    const current = new Set(documents);
    for (const doc of [...this.included.keys()]) if (!current.has(doc)) this.remove(doc, changed);
    const keys = new PhoneticKeys();
    for (const doc of documents) if (!this.included.has(doc)) this.add(doc, changed, keys);
    return changed;
  }

  get keys(): IterableIterator<string> {
    return this.buckets.keys();
  }

  /**
   * The forms of one bucket, as a fresh grouping of `order` would list them: forms in order of
   * first appearance, occurrences in document order. Forms with an `ignored` word are left out.
   */
  formsOf(key: string, order: ReadonlyMap<AnalyzedDocument, number>, ignored: ReadonlySet<string>): NameForm[] {
    const bucket = this.buckets.get(key);
    if (!bucket) return [];
    const docs = [...usersOf(bucket.writers)].sort((a, b) => order.get(a)! - order.get(b)!);
    /** Each form met, undefined when one of its words is ignored. */
    const forms = new Map<string, NameForm | undefined>();
    for (const doc of docs) {
      const names = nameMentions(doc), bucketOf = this.included.get(doc)!;
      for (let i = 0; i < names.size; i++) {
        if (bucketOf[i] !== bucket) continue;
        const form = names.formOf(i);
        if (!forms.has(form)) forms.set(form, formUnlessIgnored(form, ignored));
        forms.get(form)?.occurrences.push({ doc, mention: names.spanOf(i) });
      }
    }
    return [...forms.values()].filter((form) => form !== undefined);
  }

  private add(doc: AnalyzedDocument, changed: Set<string>, keys: PhoneticKeys): void {
    const names = nameMentions(doc);
    const bucketOf: Bucket[] = new Array(names.size);
    for (let i = 0; i < names.size; i++) {
      const key = keys.bucketKey(names.formOf(i));
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, bucket = { key, writers: undefined });
      bucket.writers = withUser(bucket.writers, doc);
      bucketOf[i] = bucket;
      changed.add(key);
    }
    this.included.set(doc, bucketOf);
  }

  private remove(doc: AnalyzedDocument, changed: Set<string>): void {
    for (const bucket of new Set(this.included.get(doc)!)) {
      bucket.writers = withoutUser(bucket.writers, doc);
      if (bucket.writers === undefined) this.buckets.delete(bucket.key);
      changed.add(bucket.key);
    }
    this.included.delete(doc);
  }
}

function formUnlessIgnored(form: string, ignored: ReadonlySet<string>): NameForm | undefined {
  const words = form.split(' ');
  return words.some((w) => ignored.has(w.toLowerCase())) ? undefined : { form, words, occurrences: [] };
}

/**
 * The phonetic keys of the words met in one sync: the corpus uses the same names over and over,
 * but a cache kept between checks would hold every word of every name for the sake of an edit's few.
 */
class PhoneticKeys {
  private readonly keys = new Map<string, string>();

  /**
   * "Sergei Shoigu" and "Sergey Shoygu" share a bucket, and "Kim Sang-sik" and "Kim Sang Sik": the
   * phonetic key of every word, a hyphen parting words as a space does, without glides.
   */
  bucketKey(form: string): string {
    return form.split(/[ -]/).map((word) => this.keyOf(word)).join(' ');
  }

  private keyOf(word: string): string {
    let key = this.keys.get(word);
    if (key === undefined) this.keys.set(word, key = phoneticKeyWithoutGlides(word));
    return key;
  }
}
