// How often the corpus writes each word: the evidence a dictionary cannot give for names
// ("Vasilyevich", "Shoigu") and house forms, and the word frequencies that rank competing readings.
// Kept up to date one document at a time, so a re-check after one edit costs one document.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { documentChanges } from './documentChanges';
import { documentWords } from './documentWords';
import { VocabularyChange, type ChangedVocabulary, type WordCount } from './vocabularyChange';

/** What the readings of a word ask of the corpus vocabulary. */
export interface VocabularyEvidence {
  readonly total: number;
  count(word: string): number;
  frequency(word: string): number;
  /** The frequency when it is `limit` or more; below, only that it is below (a caller that needs no more reads no more). */
  frequencyAtLeast(word: string, limit: number): number | undefined;
  documentsWith(word: string): number;
  namesWrittenApart(first: string, second: string): boolean;
}

export class CorpusVocabulary implements VocabularyEvidence {
  /** Occurrences and documents of each word in one entry, and the update that last counted it. */
  private readonly words = new Map<string, WordCount & { stamp: number }>();
  private readonly namePairs = new Map<string, number>();
  /** The documents counted, in the order the last sync was given them. */
  private counted: readonly AnalyzedDocument[] = [];
  private written = 0;
  private updates = 0;

  constructor(documents: readonly AnalyzedDocument[] = []) {
    this.sync(documents);
  }

  /**
   * Counts exactly these documents: new analyses are added, replaced and deleted ones dropped.
   * Returns what changed ('all' when nothing was counted before).
   */
  sync(documents: readonly AnalyzedDocument[]): ChangedVocabulary {
    const change = this.counted.length > 0 ? new VocabularyChange() : undefined;
    const { removed, added } = documentChanges(this.counted, documents);
    for (const doc of removed) this.update(doc, -1, change);
    for (const doc of added) this.update(doc, 1, change);
    this.counted = [...documents];
    return change ? change.changes((word) => this.words.get(word), (pair) => this.namePairs.has(pair)) : 'all';
  }

  /** Words written in the whole corpus. */
  get total(): number {
    return this.written;
  }

  /** Occurrences of the word written exactly so ("Russian", not "russian"). */
  count(word: string): number {
    return this.words.get(word)?.count ?? 0;
  }

  /** Occurrences as written, in lower case, capitalised or in capitals. */
  frequency(word: string): number {
    let sum = 0;
    for (const form of caseForms(word)) sum += this.words.get(form)?.count ?? 0;
    return sum;
  }

  frequencyAtLeast(word: string, limit: number): number | undefined {
    const frequency = this.frequency(word);
    return frequency >= limit ? frequency : undefined;
  }

  /** How many documents write the word in one of those cases (a document writing two counts twice). */
  documentsWith(word: string): number {
    let sum = 0;
    for (const form of caseForms(word)) sum += this.words.get(form)?.documents ?? 0;
    return sum;
  }

  /** Whether some document writes two capitalised words next to each other: "Deputy Minister". */
  namesWrittenApart(first: string, second: string): boolean {
    return this.namePairs.has(`${first} ${second}`);
  }

  // Removing reads the document again rather than keeping every document's counts in memory.
  private update(doc: AnalyzedDocument, sign: 1 | -1, change: VocabularyChange | undefined): void {
    const stamp = ++this.updates;
    documentWords(doc, {
      word: (word) => this.countWord(word, sign, stamp, change),
      namePair: (pair) => this.countPair(pair, sign, change),
    });
  }

  // Counted as the scan goes, without a table per document: the stamp tells a document's first
  // occurrence of the word, which counts the document.
  private countWord(word: string, sign: 1 | -1, stamp: number, change: VocabularyChange | undefined): void {
    let entry = this.words.get(word);
    change?.noteWord(word, entry);
    if (!entry) this.words.set(word, (entry = { count: 0, documents: 0, stamp: 0 }));
    entry.count += sign;
    this.written += sign;
    if (entry.stamp !== stamp) {
      entry.documents += sign;
      entry.stamp = stamp;
    }
    if (entry.count === 0) this.words.delete(word);
  }

  private countPair(pair: string, sign: 1 | -1, change: VocabularyChange | undefined): void {
    change?.notePair(pair, this.namePairs.has(pair));
    const written = (this.namePairs.get(pair) ?? 0) + sign;
    if (written > 0) this.namePairs.set(pair, written);
    else this.namePairs.delete(pair);
  }
}

/**
 * The forms a word is counted under: as written, in lower case, capitalised and in capitals, each
 * once ("theRussian" is also written "therussian", "Therussian", "THERUSSIAN").
 */
export function caseForms(word: string): string[] {
  const lower = word.toLowerCase();
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
  const upper = word.toUpperCase();
  const forms = [word];
  if (lower !== word) forms.push(lower);
  if (capitalised !== word && capitalised !== lower) forms.push(capitalised);
  if (upper !== word && upper !== lower && upper !== capitalised) forms.push(upper);
  return forms;
}
