// The judgements of words as glue, kept from one check to the next. A judgement reads the corpus
// vocabulary (counts of its pieces, names written apart, the judgements of its pieces), so each one
// remembers what it read, and after an edit only those that read a changed word are judged again.
import type { CorpusVocabulary } from '../../lexicon/corpusVocabulary';
import type { Lexicon } from '../../lexicon/lexicon';
import type { ChangedVocabulary } from '../../lexicon/vocabularyChange';
import type { Glue } from './glue';
import { judgeGlue } from './judgeGlue';
import { corpusSizeCost } from './readingOf';
import { RecordedReads } from './recordedReads';

interface Judgement {
  glue: Glue | undefined;
  reads: RecordedReads;
}

/** A judgement the vocabulary change made stale: the word, and what it was judged before. */
export type ForgottenJudgements = ReadonlyMap<string, Glue | undefined>;

export class GlueJudgements {
  private readonly judged = new Map<string, Judgement>();
  /**
   * The words whose judgement read each key (see RecordedReads.keys): most keys have one reader,
   * kept without a Set. Made at the first forget that asks for it: a one-off check never does.
   */
  private readers: Map<string, string | Set<string>> | undefined;
  /** The corpus size every judgement was made at (readings weigh pieces by it). */
  private sizeCost = NaN;

  constructor(private readonly lexicon: Lexicon, private readonly vocabulary: CorpusVocabulary) {}

  /** How the word reads as glue, judged against the vocabulary as it is now. */
  judge(word: string): Glue | undefined {
    return this.judgement(word).glue;
  }

  /**
   * Drops the judgements that read what the vocabulary's last sync changed (all of them when the
   * corpus size moved to another step); returns the dropped ones as they were.
   */
  forget(change: ChangedVocabulary): ForgottenJudgements {
    const sizeCost = corpusSizeCost(this.vocabulary.total);
    if (change === 'all' || sizeCost !== this.sizeCost) {
      this.sizeCost = sizeCost;
      const forgotten = new Map([...this.judged].map(([word, j]) => [word, j.glue]));
      this.judged.clear();
      this.readers = undefined;
      return forgotten;
    }
    const forgotten = new Map<string, Glue | undefined>();
    const readers = this.readersOfKeys();
    for (const key of [...change.words, ...change.namePairs]) {
      for (const word of readersOf(readers.get(key))) {
        if (!forgotten.has(word) && this.judged.get(word)?.reads.changedBy(key)) forgotten.set(word, this.drop(word));
      }
    }
    return forgotten;
  }

  /** Drops the judgements of words that are no candidates any more, once they outnumber the rest. */
  prune(isCandidate: (word: string) => boolean, candidates: number): void {
    if (this.judged.size <= 2 * candidates + PRUNE_SLACK) return;
    for (const word of [...this.judged.keys()]) if (!isCandidate(word)) this.drop(word);
  }

  private judgement(word: string): Judgement {
    const known = this.judged.get(word);
    if (known) return known;
    const reads = new RecordedReads(this.vocabulary);
    const judgement: Judgement = {
      reads,
      glue: judgeGlue(word, {
        lexicon: this.lexicon,
        vocabulary: reads,
        // a piece's judgement read the vocabulary too: when that changes, so may this one
        isGlue: (piece) => {
          const nested = this.judgement(piece);
          reads.include(nested.reads);
          return nested.glue !== undefined;
        },
      }),
    };
    this.judged.set(word, judgement);
    if (this.readers) addReader(this.readers, word, reads);
    return judgement;
  }

  private readersOfKeys(): Map<string, string | Set<string>> {
    if (!this.readers) {
      this.readers = new Map();
      for (const [word, { reads }] of this.judged) addReader(this.readers, word, reads);
    }
    return this.readers;
  }

  private drop(word: string): Glue | undefined {
    const judgement = this.judged.get(word);
    if (!judgement) return undefined;
    this.judged.delete(word);
    if (this.readers) removeReader(this.readers, word, judgement.reads);
    return judgement.glue;
  }
}

function addReader(readers: Map<string, string | Set<string>>, word: string, reads: RecordedReads): void {
  for (const key of reads.keys()) {
    const words = readers.get(key);
    if (words === undefined) readers.set(key, word);
    else if (typeof words !== 'string') words.add(word);
    else if (words !== word) readers.set(key, new Set([words, word]));
  }
}

function removeReader(readers: Map<string, string | Set<string>>, word: string, reads: RecordedReads): void {
  for (const key of reads.keys()) {
    const words = readers.get(key);
    if (words === word) readers.delete(key);
    else if (typeof words !== 'string' && words?.delete(word) && words.size === 0) readers.delete(key);
  }
}

function readersOf(words: string | Set<string> | undefined): Iterable<string> {
  return words === undefined ? [] : typeof words === 'string' ? [words] : words;
}

/** Judgements of words that left the corpus are kept until they are this many more than the candidates. */
const PRUNE_SLACK = 1000;
