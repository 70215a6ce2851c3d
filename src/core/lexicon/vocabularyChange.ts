// What one sync of the corpus vocabulary changed, so that what was derived from the rest (the
// glue judgements) can be kept. Counts are noted as they were before their first change in the
// sync and compared after it: replacing a document by an edited copy changes only the words the
// edit touched, not every word of the document.

/** A word's occurrences and the documents that write it. */
export interface WordCount {
  count: number;
  documents: number;
}

/** The words (exactly as written) and name pairs whose counts a sync changed; 'all' when it counted from nothing. */
export type ChangedVocabulary = { words: ReadonlySet<string>; namePairs: ReadonlySet<string> } | 'all';

export class VocabularyChange {
  private readonly wordsBefore = new Map<string, WordCount>();
  private readonly pairsBefore = new Map<string, boolean>();

  /** Notes a word's counts before the sync first changes them. */
  noteWord(word: string, count: number, documents: number): void {
    if (!this.wordsBefore.has(word)) this.wordsBefore.set(word, { count, documents });
  }

  /** Notes whether a pair of names was written apart before the sync first changes its count. */
  notePair(pair: string, written: boolean): void {
    if (!this.pairsBefore.has(pair)) this.pairsBefore.set(pair, written);
  }

  /** What differs now from what was noted. */
  changes(wordNow: (word: string) => WordCount | undefined, pairNow: (pair: string) => boolean): ChangedVocabulary {
    return { words: this.changedWords(wordNow), namePairs: this.changedPairs(pairNow) };
  }

  private changedWords(now: (word: string) => WordCount | undefined): Set<string> {
    const changed = new Set<string>();
    for (const [word, before] of this.wordsBefore) {
      const after = now(word);
      if ((after?.count ?? 0) !== before.count || (after?.documents ?? 0) !== before.documents) changed.add(word);
    }
    return changed;
  }

  private changedPairs(now: (pair: string) => boolean): Set<string> {
    const changed = new Set<string>();
    for (const [pair, before] of this.pairsBefore) if (now(pair) !== before) changed.add(pair);
    return changed;
  }
}
