// How often the corpus writes each word: the evidence a dictionary cannot give for names
// ("Vasilyevich", "Shoigu") and house forms, and the word frequencies that rank competing readings.
// Kept up to date one document at a time, so a re-check after one edit costs one document.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { documentWords } from './documentWords';

export class CorpusVocabulary {
  private readonly counts = new Map<string, number>();
  private readonly documents = new Map<string, number>();
  private readonly namePairs = new Map<string, number>();
  private readonly included = new Set<AnalyzedDocument>();
  private words = 0;

  constructor(documents: readonly AnalyzedDocument[] = []) {
    this.sync(documents);
  }

  /** Counts exactly these documents: new analyses are added, replaced and deleted ones dropped. */
  sync(documents: readonly AnalyzedDocument[]): void {
    const current = new Set(documents);
    for (const doc of [...this.included]) if (!current.has(doc)) this.update(doc, -1);
    for (const doc of current) if (!this.included.has(doc)) this.update(doc, 1);
  }

  /** Words written in the whole corpus. */
  get total(): number {
    return this.words;
  }

  /** Occurrences of the word written exactly so ("Russian", not "russian"). */
  count(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  /** Occurrences as written, in lower case, capitalised or in capitals. */
  frequency(word: string): number {
    return sumOverCases(word, this.counts);
  }

  /** How many documents write the word in one of those cases (a document writing two counts twice). */
  documentsWith(word: string): number {
    return sumOverCases(word, this.documents);
  }

  /** Whether some document writes two capitalised words next to each other: "Deputy Minister". */
  namesWrittenApart(first: string, second: string): boolean {
    return this.namePairs.has(`${first} ${second}`);
  }

  // Removing reads the document again rather than keeping every document's counts in memory.
  private update(doc: AnalyzedDocument, sign: 1 | -1): void {
    const { counts, namePairs } = documentWords(doc);
    for (const [word, n] of counts) {
      add(this.counts, word, sign * n);
      add(this.documents, word, sign);
      this.words += sign * n;
    }
    for (const pair of namePairs) add(this.namePairs, pair, sign);
    if (sign > 0) this.included.add(doc);
    else this.included.delete(doc);
  }
}

// "theRussian" is also written "therussian", "Therussian", "THERUSSIAN": each form counted once
function sumOverCases(word: string, map: ReadonlyMap<string, number>): number {
  const lower = word.toLowerCase();
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
  const upper = word.toUpperCase();
  let sum = map.get(word) ?? 0;
  if (lower !== word) sum += map.get(lower) ?? 0;
  if (capitalised !== word && capitalised !== lower) sum += map.get(capitalised) ?? 0;
  if (upper !== word && upper !== lower && upper !== capitalised) sum += map.get(upper) ?? 0;
  return sum;
}

function add(map: Map<string, number>, key: string, n: number): void {
  const total = (map.get(key) ?? 0) + n;
  if (total > 0) map.set(key, total);
  else map.delete(key);
}
