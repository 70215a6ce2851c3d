// A pure function of a word, worked out once per distinct word: a corpus of millions of words has
// tens of thousands of distinct ones. The memo starts over when it grows past its bound, so a long
// editing session cannot fill memory with words it no longer sees.
import type { Lexicon } from '../lexicon/lexicon';
import { hashOf, WordTable } from '../lexicon/wordTable';

const DEFAULT_LIMIT = 200_000;

export class WordMemo<V> {
  // Words are numbered by a table that hashes their characters: the words asked for are mostly
  // strings just cut from a text, and a Map hashed each of them in the runtime before the look-up
  // (a third of the spelling rule's time reading a document, one look-up a word).
  private words = new WordTable();
  private values: V[] = [];

  constructor(private readonly compute: (word: string) => V, private readonly limit = DEFAULT_LIMIT) {}

  /** `get` as a function of its own. */
  readonly getter = (word: string): V => this.get(word);

  get(word: string): V {
    const hash = hashOf(word);
    const known = this.words.find(word, 0, word.length, hash);
    if (known >= 0) return this.values[known];
    const value = this.compute(word);
    if (this.words.size >= this.limit) {
      this.words = new WordTable();
      this.values = [];
    }
    this.values[this.words.intern(word, 0, word.length, hash)] = value;
    return value;
  }
}

/** One memo per lexicon (and one without): what a word means to a rule depends on the word list it was given. */
export function memoPerLexicon<V>(compute: (word: string, lexicon: Lexicon | undefined) => V): (lexicon: Lexicon | undefined) => WordMemo<V> {
  const withLexicon = new WeakMap<Lexicon, WordMemo<V>>();
  const withoutLexicon = new WordMemo<V>((word) => compute(word, undefined));
  return (lexicon) => {
    if (!lexicon) return withoutLexicon;
    let memo = withLexicon.get(lexicon);
    if (!memo) withLexicon.set(lexicon, (memo = new WordMemo<V>((word) => compute(word, lexicon))));
    return memo;
  };
}
