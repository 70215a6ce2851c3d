// How often the corpus writes each word: the evidence a dictionary cannot give for names
// ("Vasilyevich", "Shoigu") and house forms, and the word frequencies that rank competing readings.
// Kept up to date one document at a time, so a re-check after one edit costs one document. The
// words are every letter run of every block: a menu or a teaser is no place to report a problem,
// but it still shows how the site spells and spaces a word ("Vietnam-Russia Tropical Centre").
// Words are counted by number (wordTable.ts): the count of a full check reads every word of the
// corpus, and makes a string only of each word it has not met before.
import { isCheckedBlock, type AnalyzedDocument } from '../engine/analyzedDocument';
import { documentChanges } from './documentChanges';
import { DocumentRuns } from './documentRuns';
import { forEachLetterRun, isApart, isCapitalisedWord } from './documentWords';
import { PairCounts } from './pairCounts';
import { VocabularyChange, type ChangedVocabulary, type WordCount } from './vocabularyChange';
import { grown, WordTable } from './wordTable';

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

/** Below this many numbered words, forgotten ones are not worth a new vocabulary. */
const FORGOTTEN_MIN = 50_000;

export class CorpusVocabulary implements VocabularyEvidence {
  /** Every word met so far, numbered; the arrays below are indexed by those numbers. */
  readonly table = new WordTable(true);
  private counts = new Int32Array(1024);
  private documents = new Int32Array(1024);
  /** The update that last counted the word: its first occurrence in a document counts the document. */
  private stamps = new Int32Array(1024);
  /** 1 for a capitalised word ("Minister"), 2 for another. */
  private capitalised = new Uint8Array(1024);
  /** How many times each pair of capitalised words is written apart, by pair number. */
  private readonly namePairs = new PairCounts();
  /** The documents counted, in the order the last sync was given them. */
  private counted: readonly AnalyzedDocument[] = [];
  private written = 0;
  /** Words some counted document writes; the table also holds words nobody writes any more. */
  private live = 0;
  private updates = 0;
  /** The scan under way: the block's text, the sign of the update and the change it notes. */
  private text = '';
  private sign: 1 | -1 = 1;
  private change: VocabularyChange | undefined;
  /** The last word met when it is capitalised (else -1), and where it ends. */
  private lastName = -1;
  private lastEnd = 0;
  /** The runs of the document under way, when a reader of added documents wants them, and of the block under way. */
  private runs: DocumentRuns | undefined;
  private blockRuns: DocumentRuns | undefined;
  private readonly documentRuns = new DocumentRuns();

  constructor(documents: readonly AnalyzedDocument[] = []) {
    this.sync(documents);
  }

  /**
   * Counts exactly these documents: new analyses are added, replaced and deleted ones dropped.
   * `readAdded` is handed the letter runs of each added document's checked blocks as they were
   * counted (valid only during the call). Returns what changed ('all' when nothing was counted before).
   */
  sync(documents: readonly AnalyzedDocument[], readAdded?: (doc: AnalyzedDocument, runs: DocumentRuns) => void): ChangedVocabulary {
    const change = this.counted.length > 0 ? new VocabularyChange() : undefined;
    const { removed, added } = documentChanges(this.counted, documents);
    for (const doc of removed) this.update(doc, -1, change);
    this.runs = readAdded && this.documentRuns;
    for (const doc of added) {
      this.update(doc, 1, change);
      readAdded?.(doc, this.documentRuns);
    }
    this.runs = undefined;
    this.counted = [...documents];
    this.change = undefined;
    return change ? change.changes((word) => this.wordCount(word), (pair) => this.pairWritten(pair)) : 'all';
  }

  /**
   * Whether most words the table numbers are no longer written anywhere: an editor typing a word
   * letter by letter leaves "Vas", "Vasi", "Vasil" behind, and the table never drops a number (the
   * rule's other tables are indexed by them). Past this point the owner starts a new vocabulary.
   */
  get mostlyForgotten(): boolean {
    return this.table.size >= FORGOTTEN_MIN && this.live * 2 < this.table.size;
  }

  /** Words written in the whole corpus. */
  get total(): number {
    return this.written;
  }

  /** Occurrences of the word written exactly so ("Russian", not "russian"). */
  count(word: string): number {
    const id = this.table.idOf(word);
    return id < 0 ? 0 : this.counts[id];
  }

  /** Occurrences as written, in lower case, capitalised or in capitals. */
  frequency(word: string): number {
    let sum = 0;
    for (const form of caseForms(word)) sum += this.count(form);
    return sum;
  }

  frequencyAtLeast(word: string, limit: number): number | undefined {
    const frequency = this.frequency(word);
    return frequency >= limit ? frequency : undefined;
  }

  /** How many documents write the word in one of those cases (a document writing two counts twice). */
  documentsWith(word: string): number {
    let sum = 0;
    for (const form of caseForms(word)) {
      const id = this.table.idOf(form);
      if (id >= 0) sum += this.documents[id];
    }
    return sum;
  }

  /** Whether some document writes two capitalised words next to each other: "Deputy Minister". */
  namesWrittenApart(first: string, second: string): boolean {
    const [a, b] = [this.table.idOf(first), this.table.idOf(second)];
    return a >= 0 && b >= 0 && this.namePairs.count(a, b) > 0;
  }

  /** The letter runs of the document's checked blocks, numbered as the vocabulary numbers them, without counting them. */
  runsOf(doc: AnalyzedDocument): DocumentRuns {
    const runs = this.documentRuns;
    runs.clear();
    for (const block of doc.article.blocks) {
      const { text } = block;
      if (isCheckedBlock(block)) forEachLetterRun(text, (from, to, hash, high, low) => runs.push(this.table.findKeyed(text, from, to, hash, high, low), from, to));
      runs.endBlock();
    }
    return runs;
  }

  // Removing reads the document again rather than keeping every document's counts in memory.
  private update(doc: AnalyzedDocument, sign: 1 | -1, change: VocabularyChange | undefined): void {
    this.updates++;
    this.sign = sign;
    this.change = change;
    this.runs?.clear();
    for (const block of doc.article.blocks) {
      this.text = block.text;
      this.lastName = -1;
      this.blockRuns = isCheckedBlock(block) ? this.runs : undefined;
      forEachLetterRun(block.text, this.countRun);
      this.runs?.endBlock();
    }
  }

  private readonly countRun = (from: number, to: number, hash: number, high: number, low: number): void => {
    const id = this.idOfRun(from, to, hash, high, low);
    this.blockRuns?.push(id, from, to);
    this.countWord(id);
    const capitalised = this.capitalised[id] === 1;
    if (capitalised && this.lastName >= 0 && isApart(this.text, this.lastEnd, from)) this.countPair(this.lastName, id);
    this.lastName = capitalised ? id : -1;
    this.lastEnd = to;
  };

  private idOfRun(from: number, to: number, hash: number, high: number, low: number): number {
    const id = this.table.internKeyed(this.text, from, to, hash, high, low);
    if (id >= this.counts.length) this.grow(this.counts.length * 2);
    if (this.capitalised[id] === 0) this.capitalised[id] = isCapitalisedWord(this.table.words[id]) ? 1 : 2;
    return id;
  }

  private countWord(id: number): void {
    const { sign, change } = this;
    change?.noteWord(this.table.words[id], this.counts[id], this.documents[id]);
    if (this.counts[id] === 0) this.live++;
    this.counts[id] += sign;
    if (this.counts[id] === 0) this.live--;
    this.written += sign;
    if (this.stamps[id] !== this.updates) {
      this.documents[id] += sign;
      this.stamps[id] = this.updates;
    }
  }

  private countPair(first: number, second: number): void {
    const before = this.namePairs.count(first, second);
    this.change?.notePair(`${this.table.words[first]} ${this.table.words[second]}`, before > 0);
    this.namePairs.set(first, second, Math.max(0, before + this.sign));
  }

  private grow(size: number): void {
    this.counts = grown(this.counts, size);
    this.documents = grown(this.documents, size);
    this.stamps = grown(this.stamps, size);
    this.capitalised = grown(this.capitalised, size);
  }

  private wordCount(word: string): WordCount | undefined {
    const id = this.table.idOf(word);
    return id < 0 || this.counts[id] === 0 ? undefined : { count: this.counts[id], documents: this.documents[id] };
  }

  /** "Deputy Minister": whether the pair is written apart now. */
  private pairWritten(pair: string): boolean {
    const space = pair.indexOf(' ');
    return this.namesWrittenApart(pair.slice(0, space), pair.slice(space + 1));
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
