// Every document's glued-word findings, kept from one check to the next. A document's findings
// read its own text, the judgements of its candidate words and, for weak glues, the other
// versions of its story: they are made again only when one of those changed.
import type { AnalyzedDocument } from '../../engine/analyzedDocument';
import type { CorpusView } from '../../engine/rule';
import { sameItems, storyVersions } from '../../engine/storyVersions';
import type { CorpusVocabulary } from '../../lexicon/corpusVocabulary';
import type { DocumentRuns } from '../../lexicon/documentRuns';
import type { Finding } from '../../types';
import type { DictionaryWords } from './dictionaryWords';
import { documentFindings } from './documentFindings';
import { missingSpacesIn } from './missingSpaces';
import type { Glue } from './glue';
import { CandidateUses, holdsAny } from './candidateUses';
import { CANDIDATE_FIELDS, GlueCandidates, type DocumentCandidates } from './glueCandidates';
import type { UnknownWord } from './unknownWords';
import type { ForgottenJudgements, GlueJudgements } from './glueJudgements';

interface DocumentReport {
  doc: AnalyzedDocument;
  found: DocumentCandidates;
  /** The other versions of the story, when the findings asked for them. */
  versions: readonly AnalyzedDocument[] | undefined;
  findings: readonly Finding[];
  /** A candidate word is judged otherwise than when the findings were made. */
  stale: boolean;
}

export class GlueReports {
  /** The reports of the documents of the last check, in its order. */
  private reports: DocumentReport[] = [];
  /** The candidate words the reports hold: those whose new judgement may change a report. */
  private readonly uses = new CandidateUses();

  /** The candidates of the documents the vocabulary read since the last check, until their report is made. */
  private readonly read = new Map<AnalyzedDocument, DocumentCandidates>();

  private readonly candidates: GlueCandidates;
  /** Each document's candidates as its report holds them. */
  private readonly foundIn = new WeakMap<AnalyzedDocument, DocumentCandidates>();

  private readonly isWord: (word: string) => boolean;

  constructor(dictionary: DictionaryWords, private readonly vocabulary: CorpusVocabulary) {
    this.candidates = new GlueCandidates(dictionary);
    this.isWord = (word) => dictionary.has(word, 0, word.length);
  }

  /** Finds the candidates of a document the vocabulary is counting, from the runs it counted (sync's readAdded). */
  readonly readDocument = (doc: AnalyzedDocument, runs: DocumentRuns): void => {
    this.read.set(doc, this.candidates.of(doc, runs));
  };

  /** The findings of every document, in corpus order; `forgotten` are the judgements made stale since the last check. */
  findings(corpus: CorpusView, judgements: GlueJudgements, forgotten: ForgottenJudgements): Finding[] {
    this.markRejudged(judgements, forgotten);
    const previous = this.previousReports(corpus.documents);
    const findings: Finding[] = [];
    this.reports = corpus.documents.map((doc, i) => {
      let report = previous[i];
      if (!report || report.doc !== doc || report.stale || versionsMoved(report, corpus)) report = this.report(doc, report, corpus, judgements);
      for (const f of report.findings) findings.push(f);
      return report;
    });
    this.read.clear();
    judgements.prune((word) => this.uses.has(this.candidates.words.idOf(word)), this.uses.wordsHeld);
    return findings;
  }

  private markRejudged(judgements: GlueJudgements, forgotten: ForgottenJudgements): void {
    const changed = new Set<number>();
    for (const [word, before] of forgotten) {
      const id = this.candidates.words.idOf(word);
      if (this.uses.has(id) && !sameGlue(before, judgements.judge(word))) changed.add(id);
    }
    if (changed.size === 0) return;
    for (const report of this.reports) if (holdsAny(report.found.places, changed)) report.stale = true;
  }

  /**
   * The report each document had at the last check (or its path had), place by place. The
   * corpus keeps its order, so after an edit the places still match; after documents came or
   * went, the reports are found by path and those of documents gone are dropped.
   */
  private previousReports(documents: readonly AnalyzedDocument[]): readonly (DocumentReport | undefined)[] {
    if (documents.length === this.reports.length) return this.reports;
    const byPath = new Map(this.reports.map((report) => [report.doc.source.path, report]));
    const previous = documents.map((doc) => byPath.get(doc.source.path));
    const kept = new Set(previous);
    for (const report of this.reports) if (!kept.has(report)) this.uses.count(report.found.places, -1);
    return previous;
  }

  private report(doc: AnalyzedDocument, previous: DocumentReport | undefined, corpus: CorpusView, judgements: GlueJudgements): DocumentReport {
    const found = previous?.doc === doc ? previous.found : this.candidatesOf(doc);
    let versions: readonly AnalyzedDocument[] | undefined;
    const glued = documentFindings(doc, found, this.candidates.words.words, {
      judge: (word) => judgements.judge(word),
      otherVersions: () => (versions ??= otherVersions(doc, corpus)),
    });
    const spacing = missingSpacesIn(doc, this.isWord);
    const findings = spacing.length ? [...glued, ...spacing].sort((a, b) => a.span.start - b.span.start) : glued;
    if (previous) this.uses.count(previous.found.places, -1);
    this.uses.count(found.places, 1);
    this.foundIn.set(doc, found);
    return { doc, found, versions, findings, stale: false };
  }

  /** The document's candidate words with their spans, as of the last check. */
  candidateWords(doc: AnalyzedDocument): UnknownWord[] {
    const places = this.foundIn.get(doc)?.places;
    const words: UnknownWord[] = [];
    if (!places) return words;
    for (let i = 0; i < places.length; i += CANDIDATE_FIELDS) words.push({ word: this.candidates.words.words[places[i]], span: { start: places[i + 1], end: places[i + 2] } });
    return words;
  }

  // a document is new here when the vocabulary has just read it: the runs are read again only if it has not
  private candidatesOf(doc: AnalyzedDocument): DocumentCandidates {
    return this.read.get(doc) ?? this.candidates.of(doc, this.vocabulary.runsOf(doc));
  }
}

function otherVersions(doc: AnalyzedDocument, corpus: CorpusView): AnalyzedDocument[] {
  const story = corpus.storyOf.get(doc.source.path);
  return story ? storyVersions(corpus, story).filter((version) => version !== doc) : [];
}

/** Whether the story's other versions differ from those the findings read (none read: they cannot). */
function versionsMoved(report: DocumentReport, corpus: CorpusView): boolean {
  return !!report.versions && !sameItems(otherVersions(report.doc, corpus), report.versions);
}

function sameGlue(a: Glue | undefined, b: Glue | undefined): boolean {
  if (!a || !b) return a === b;
  return a.strength === b.strength && a.kind === b.kind && a.parts.length === b.parts.length && a.parts.every((p, i) => p === b.parts[i]);
}
