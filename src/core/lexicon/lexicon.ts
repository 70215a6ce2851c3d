// The English word list as the engine sees it. The engine never reads files: the CLI and the
// extension read the list that ships beside their bundle (dist/words.txt) and hand its text to
// `lexiconFromWordList`, so tests can pass any list they like.
import { WordListLexicon } from './wordListLexicon';

/** Answers whether a word is an English word; `has` ignores case. */
export interface Lexicon {
  has(word: string): boolean;
  readonly size: number;
}

/** A lexicon of the words of a list with one word a line (blank lines and surrounding spaces ignored). */
export function lexiconFromWordList(text: string): Lexicon {
  return new WordListLexicon(text);
}

/** A lexicon of the given words. */
export function lexiconFromWords(list: Iterable<string>): Lexicon {
  return lexiconOf(new Set([...list].map((w) => w.toLowerCase())));
}

function lexiconOf(words: ReadonlySet<string>): Lexicon {
  return {
    has(word) {
      if (words.has(word)) return true;
      const lower = word.toLowerCase();
      return lower !== word && words.has(lower);
    },
    size: words.size,
  };
}
