// The keys of the words inside a longer name ("name:vietnamrussiatropicalcenter|center"): an
// official name keeps its own spelling, so its words are compared only with the same name's.
import type { Lexicon } from '../lexicon/lexicon';
import type { Token } from '../text/tokens';
import { memoPerLexicon, WordMemo } from '../text/wordMemo';
import { analyzeSpelling } from './spellingClasses';
import { spellingKey } from './spellingKeys';

/** The keys of one name's words; a name has a few words. */
export class NameKeys {
  /**
   * Each word key met so far, then its key's number. An array of just that length: there is one
   * for each name of the corpus (a map each was a few megabytes at 10,000 documents).
   */
  private known: (string | number)[] = [];

  constructor(private readonly prefix: string) {}

  keyOf(wordKey: string): number {
    const known = this.known;
    for (let at = 0; at < known.length; at += 2) if (known[at] === wordKey) return known[at + 1] as number;
    // joined, the key's text is one string (a concatenation keeps its two halves as well)
    const key = spellingKey([this.prefix, wordKey].join(''));
    this.known = known.concat([wordKey, key]); // of just the length needed, as a spread or a push is not
    return key;
  }
}

/**
 * The keys of the words of each name, by its prefix: a name is met again and again, and finding
 * its word's key by the word (whose hash its string keeps) costs less than joining the two.
 */
const byPrefix = new WordMemo((prefix) => new NameKeys(prefix), 100_000);

/** Letters of a word of a name, lower-cased and made American, so that a name's key ignores spelling. */
const wordKeys = memoPerLexicon((text, lexicon) => (text.toLowerCase().match(/\p{L}+/gu) ?? []).map((p) => analyzeSpelling(p, lexicon).us).join(''));

/** The keys of the name of tokens from..to, whose prefix is "name:vietnamrussiatropicalcenter|". */
export function nameKeysOf(tokens: readonly Token[], from: number, to: number, lexicon?: Lexicon): NameKeys {
  const wordKey = wordKeys(lexicon);
  const parts = ['name:'];
  for (let t = from; t <= to; t++) parts.push(wordKey.get(tokens[t].text));
  parts.push('|');
  return byPrefix.get(parts.join(''));
}
