// glued-words: words run together by a bad text extraction ("inMoscow", "twocountries",
// "oftheir"), told apart from compounds and brand names (cybersecurity, LinkedIn, VnExpress).
// One document at a time (gluedWords/documentFindings.ts), against the words of the whole corpus.
import type { Rule } from '../engine/rule';
import type { Lexicon } from '../lexicon/lexicon';
import { UnknownWords } from './gluedWords/unknownWords';

/**
 * The rule, given the English word list the front end loaded (dist/words.txt); without one it
 * reports nothing. Between checks it keeps the corpus vocabulary, the judgements of words and the
 * findings of each document (in `words`, which the typo rule shares), and after an edit redoes
 * only what read something the edit changed: the result is the same as a check from nothing.
 */
export function createGluedWordsRule(lexicon?: Lexicon, words = lexicon && new UnknownWords(lexicon)): Rule {
  return {
    id: 'glued-words',
    defaultSeverity: 'warning',
    description: 'Words run together by a lost space ("inMoscow", "twocountries"), told apart from compounds and brand names.',
    check(corpus) {
      return words ? words.update(corpus) : [];
    },
  };
}
