// The corpus vocabulary as one judgement sees it, noting what the judgement read: a judgement that
// read nothing an edit changed still stands after it.
import { caseForms, type VocabularyEvidence } from '../../lexicon/corpusVocabulary';

export class RecordedReads implements VocabularyEvidence {
  /** Keys read exactly: words as written, and name pairs ("Deputy Minister"). */
  private readonly exact = new Set<string>();
  /** Frequencies read only as "below the limit": each word's limit. Made at the first such read: most judgements make none, and thousands are kept. */
  private bounds: Map<string, number> | undefined;

  constructor(private readonly vocabulary: VocabularyEvidence) {}

  /** The size is not noted: judgements follow it apart, coarsely (see corpusSizeCost). */
  get total(): number {
    return this.vocabulary.total;
  }

  count(word: string): number {
    this.exact.add(word);
    return this.vocabulary.count(word);
  }

  frequency(word: string): number {
    this.readForms(word);
    return this.vocabulary.frequency(word);
  }

  frequencyAtLeast(word: string, limit: number): number | undefined {
    const frequency = this.vocabulary.frequencyAtLeast(word, limit);
    if (frequency === undefined) this.bound(word, limit);
    else this.readForms(word);
    return frequency;
  }

  documentsWith(word: string): number {
    this.readForms(word);
    return this.vocabulary.documentsWith(word);
  }

  namesWrittenApart(first: string, second: string): boolean {
    this.exact.add(`${first} ${second}`);
    return this.vocabulary.namesWrittenApart(first, second);
  }

  /** Adds what another judgement read, one this judgement asked for. */
  include(other: RecordedReads): void {
    for (const key of other.exact) this.exact.add(key);
    for (const [word, limit] of other.bounds ?? []) this.bound(word, limit);
  }

  /** Every key whose change may change what was read. Words have no spaces, pairs one: they never clash. */
  keys(): Set<string> {
    const keys = new Set(this.exact);
    for (const word of this.bounds?.keys() ?? []) for (const form of caseForms(word)) keys.add(form);
    return keys;
  }

  /** Whether what was read differs now that the key changed: read exactly, or a bounded frequency reached its limit. */
  changedBy(key: string): boolean {
    if (this.exact.has(key)) return true;
    for (const [word, limit] of this.bounds ?? []) if (this.vocabulary.frequencyAtLeast(word, limit) !== undefined) return true;
    return false;
  }

  // the lower limit of two is reached first
  private bound(word: string, limit: number): void {
    this.bounds ??= new Map();
    const known = this.bounds.get(word);
    if (known === undefined || limit < known) this.bounds.set(word, limit);
  }

  private readForms(word: string): void {
    for (const form of caseForms(word)) this.exact.add(form);
  }
}
