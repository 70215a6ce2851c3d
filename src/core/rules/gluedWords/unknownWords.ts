// The corpus's words that no dictionary knows, kept between checks: the vocabulary they are judged
// against, their judgements as glue and every document's glued-word findings. Two rules read it:
// glued-words reports the words that read as words run together, typo weighs the others against
// the words of their story. Brought up to date once a check, by whichever rule asks first.
import type { AnalyzedDocument } from '../../engine/analyzedDocument';
import type { CorpusView } from '../../engine/rule';
import { CorpusVocabulary } from '../../lexicon/corpusVocabulary';
import type { Lexicon } from '../../lexicon/lexicon';
import type { Finding, Span } from '../../types';
import { DictionaryWords } from './dictionaryWords';
import { GlueJudgements } from './glueJudgements';
import { GlueReports } from './glueReports';

/** What is kept between checks. */
interface KeptState {
  vocabulary: CorpusVocabulary;
  judgements: GlueJudgements;
  reports: GlueReports;
}

/** A word no dictionary knows, where a document writes it. */
export interface UnknownWord {
  word: string;
  span: Span;
}

export class UnknownWords {
  private kept: KeptState | undefined;
  /** The corpus the state was last brought up to, and the glued-word findings it gave. */
  private last: { corpus: CorpusView; findings: Finding[] } | undefined;

  constructor(private readonly lexicon: Lexicon) {}

  /** Brings the state up to the corpus (once for a corpus view) and returns its glued-word findings. */
  update(corpus: CorpusView): Finding[] {
    if (this.last?.corpus === corpus) return this.last.findings;
    // a long session's edits leave words nobody writes any more in the tables: once they are most of it, start afresh
    if (this.kept?.vocabulary.mostlyForgotten) this.kept = undefined;
    const kept = (this.kept ??= keptState(this.lexicon));
    this.last = undefined;
    try {
      const forgotten = kept.judgements.forget(kept.vocabulary.sync(corpus.documents, kept.reports.readDocument));
      this.last = { corpus, findings: kept.reports.findings(corpus, kept.judgements, forgotten) };
      return this.last.findings;
    } catch (err) {
      this.kept = undefined; // a half-updated state would not match a fresh check any more
      throw err;
    }
  }

  /** The document's unknown words of five letters or more, as of the last update (the same for every analysis of one text). */
  of(doc: AnalyzedDocument): UnknownWord[] {
    return this.kept?.reports.candidateWords(doc) ?? [];
  }

  /** Whether the word reads as words run together, judged against the corpus as of the last update. */
  isGlue(word: string): boolean {
    return this.kept?.judgements.judge(word) !== undefined;
  }
}

function keptState(lexicon: Lexicon): KeptState {
  const vocabulary = new CorpusVocabulary();
  return { vocabulary, judgements: new GlueJudgements(lexicon, vocabulary), reports: new GlueReports(new DictionaryWords(lexicon, vocabulary), vocabulary) };
}
