// The term id of each plain ASCII word, looked up on its character codes in any case: a word seen
// before costs one hash probe, with no string, lower-casing, function-word test or stemming (those
// are done once per distinct word, and slicing every word was most of the cost of story terms).
import { grown, WordTable } from '../lexicon/wordTable';
import { isStopWord } from '../text/stopWords';
import { stem } from './termVector';

/** An editing session meets every prefix of a typed word: past this many words the table starts over (the terms stay). */
const MOST_WORDS = 500_000;
/** The id of a function word, which is no term. */
export const NO_TERM = -1;

export class PlainWordIds {
  /** The words met, lower-cased, numbered... */
  private words = new WordTable(true);
  /** ...and the term id of each by that number. */
  private termIds = new Int32Array(1024);

  /** `termIdOf` gives a new term's id, in the order terms are first met. */
  constructor(private readonly termIdOf: (term: string) => number) {}

  /**
   * The term id of text[start, end), a run of 3+ ASCII letters whose lower-cased letters have
   * this hash and key (wordTable.ts).
   */
  idOf(text: string, start: number, end: number, hash: number, high: number, low: number): number {
    if (this.words.size >= MOST_WORDS) this.words = new WordTable(true);
    const known = this.words.findKeyed(text, start, end, hash, high, low, true);
    if (known >= 0) return this.termIds[known];
    const word = text.slice(start, end).toLowerCase();
    const k = this.words.intern(word, 0, word.length, hash);
    if (k >= this.termIds.length) this.termIds = grown(this.termIds, this.termIds.length * 2);
    return (this.termIds[k] = isStopWord(text, start, end) ? NO_TERM : this.termIdOf(stem(word)));
  }
}
