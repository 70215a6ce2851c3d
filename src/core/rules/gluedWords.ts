// glued-words: words run together by a bad text extraction ("inMoscow", "twocountries",
// "oftheir"), told apart from compounds and brand names (cybersecurity, LinkedIn, VnExpress).
// One document at a time (gluedWords/documentFindings.ts), against the words of the whole corpus.
import type { Rule } from '../engine/rule';
import { CorpusVocabulary } from '../lexicon/corpusVocabulary';
import type { Lexicon } from '../lexicon/lexicon';
import { DictionaryWords } from './gluedWords/dictionaryWords';
import { GlueJudgements } from './gluedWords/glueJudgements';
import { GlueReports } from './gluedWords/glueReports';

/** What the rule keeps between checks. */
interface KeptState {
  vocabulary: CorpusVocabulary;
  judgements: GlueJudgements;
  reports: GlueReports;
}

/**
 * The rule, given the English word list the front end loaded (dist/words.txt); without one it
 * reports nothing. Between checks it keeps the corpus vocabulary, the judgements of words and the
 * findings of each document, and after an edit redoes only what read something the edit changed:
 * the result is the same as a check from nothing.
 */
export function createGluedWordsRule(lexicon?: Lexicon): Rule {
  let kept: KeptState | undefined;
  return {
    id: 'glued-words',
    defaultSeverity: 'warning',
    description: 'Words run together by a lost space ("inMoscow", "twocountries"), told apart from compounds and brand names.',
    check(corpus) {
      if (!lexicon) return [];
      // a long session's edits leave words nobody writes any more in the tables: once they are most of it, start afresh
      if (kept?.vocabulary.mostlyForgotten) kept = undefined;
      kept ??= keptState(lexicon);
      try {
        const forgotten = kept.judgements.forget(kept.vocabulary.sync(corpus.documents, kept.reports.readDocument));
        return kept.reports.findings(corpus, kept.judgements, forgotten);
      } catch (err) {
        kept = undefined; // a half-updated state would not match a fresh check any more
        throw err;
      }
    },
  };
}

function keptState(lexicon: Lexicon): KeptState {
  const vocabulary = new CorpusVocabulary();
  return { vocabulary, judgements: new GlueJudgements(lexicon, vocabulary), reports: new GlueReports(new DictionaryWords(lexicon, vocabulary), vocabulary) };
}
