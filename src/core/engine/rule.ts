// The contract every check implements: read the analysed corpus, return findings.
import type { HouseStyle } from '../config/houseStyle';
import type { Story } from '../stories/story';
import type { Finding, RuleId, Severity } from '../types';
import type { AnalyzedDocument } from './analyzedDocument';

export interface CorpusView {
  /** Every document, in a stable order (by path). */
  documents: readonly AnalyzedDocument[];
  byPath: ReadonlyMap<string, AnalyzedDocument>;
  stories: readonly Story[];
  storyOf: ReadonlyMap<string, Story>;
  style: HouseStyle;
}

export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** What the rule looks for, in a sentence an editor understands (used in docs and SARIF). */
  description: string;
  check(corpus: CorpusView): Finding[];
  /** Per-document work done once, as soon as a document is analysed (see Corpus.prepare). */
  prepare?(doc: AnalyzedDocument): void;
}
