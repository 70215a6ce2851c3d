// A pure function of a word, worked out once per distinct word: a corpus of millions of words has
// tens of thousands of distinct ones. The memo starts over when it grows past its bound, so a long
// editing session cannot fill memory with words it no longer sees.
import type { Lexicon } from '../lexicon/lexicon';

const DEFAULT_LIMIT = 200_000;

export class WordMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly compute: (word: string) => V, private readonly limit = DEFAULT_LIMIT) {}

  /** `get` as a function of its own. */
  readonly getter = (word: string): V => this.get(word);

  get(word: string): V {
    const known = this.values.get(word);
    if (known !== undefined) return known;
    const value = this.compute(word);
    if (this.values.size >= this.limit) this.values.clear();
    this.values.set(word, value);
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
