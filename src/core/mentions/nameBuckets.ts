// The corpus's name mentions bucketed by the phonetic key of their words, kept up to date one
// document at a time: after an edit only the buckets that document writes into are regrouped, so
// a re-check costs the names of one document, not of the corpus.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { phoneticKey } from '../names/nameKey';
import type { NameForm } from './nameForms';
import { nameMentions, type NameMention } from './nameMentions';

/** A document's mentions by bucket key, in document order. */
type KeyedMentions = Map<string, NameMention[]>;

export class NameBuckets {
  private readonly included = new Map<AnalyzedDocument, KeyedMentions>();
  /** Bucket key → the documents writing into it. */
  private readonly writers = new Map<string, Set<AnalyzedDocument>>();

  /**
   * Takes exactly these documents (in corpus order); returns the keys of the buckets whose
   * mentions changed: those the added, replaced and removed documents write into.
   */
  sync(documents: readonly AnalyzedDocument[]): Set<string> {
    const changed = new Set<string>();
    const current = new Set(documents);
    for (const doc of [...this.included.keys()]) if (!current.has(doc)) this.remove(doc, changed);
    for (const doc of documents) if (!this.included.has(doc)) this.add(doc, changed);
    return changed;
  }

  get keys(): IterableIterator<string> {
    return this.writers.keys();
  }

  /**
   * The forms of one bucket, as a fresh grouping of `order` would list them: forms in order of
   * first appearance, occurrences in document order. Forms with an `ignored` word are left out.
   */
  formsOf(key: string, order: ReadonlyMap<AnalyzedDocument, number>, ignored: ReadonlySet<string>): NameForm[] {
    const docs = [...(this.writers.get(key) ?? [])].sort((a, b) => order.get(a)! - order.get(b)!);
    const forms = new Map<string, NameForm>();
    for (const doc of docs) {
      for (const mention of this.included.get(doc)!.get(key)!) {
        if (mention.words.some((w) => ignored.has(w.toLowerCase()))) continue;
        const form = mention.words.join(' ');
        let entry = forms.get(form);
        if (!entry) forms.set(form, entry = { form, words: mention.words, occurrences: [] });
        entry.occurrences.push({ doc, mention });
      }
    }
    return [...forms.values()];
  }

  private add(doc: AnalyzedDocument, changed: Set<string>): void {
    const keyed: KeyedMentions = new Map();
    for (const mention of nameMentions(doc)) {
      const key = bucketKey(mention.words);
      if (!keyed.has(key)) keyed.set(key, []);
      keyed.get(key)!.push(mention);
    }
    this.included.set(doc, keyed);
    for (const key of keyed.keys()) {
      if (!this.writers.has(key)) this.writers.set(key, new Set());
      this.writers.get(key)!.add(doc);
      changed.add(key);
    }
  }

  private remove(doc: AnalyzedDocument, changed: Set<string>): void {
    for (const key of this.included.get(doc)!.keys()) {
      const docs = this.writers.get(key)!;
      docs.delete(doc);
      if (!docs.size) this.writers.delete(key);
      changed.add(key);
    }
    this.included.delete(doc);
  }
}

/** "Sergei Shoigu" and "Sergey Shoygu" share a bucket: the phonetic key of every word. */
function bucketKey(words: readonly string[]): string {
  return words.map(cachedPhoneticKey).join(' ');
}

/** Phonetic keys of the words seen so far: a corpus uses the same names over and over. */
const phoneticKeys = new Map<string, string>();
const MAX_CACHED_KEYS = 200_000;

function cachedPhoneticKey(word: string): string {
  let key = phoneticKeys.get(word);
  if (key === undefined) {
    if (phoneticKeys.size >= MAX_CACHED_KEYS) phoneticKeys.clear();
    phoneticKeys.set(word, key = phoneticKey(word));
  }
  return key;
}
