// The engine's one entry point. Documents are added, changed and removed one at a time; each is
// analysed once per version of its text, and `check()` runs the cross-document rules over the
// cached analyses. The CLI fills a Corpus from disk, the extension from the workspace and its
// open editors; both read the same report.
import { defaultHouseStyle, type HouseStyle } from '../config/houseStyle';
import { groupStories } from '../stories/groupStories';
import type { Story } from '../stories/story';
import { termCounts, type TermCounts } from '../stories/termVector';
import type { Finding, SourceDocument } from '../types';
import { analyzeDocument, isCheckedBlock, type AnalyzedDocument } from './analyzedDocument';
import type { CorpusView, Rule } from './rule';
import { applySeverity } from './severity';

interface Entry {
  analysis: AnalyzedDocument;
  terms: TermCounts;
}

export interface CheckResult {
  documents: AnalyzedDocument[];
  stories: Story[];
  findings: Finding[];
  /** Rules that threw, with the error: the other rules' findings still stand. */
  failures: { rule: string; error: string }[];
}

export class Corpus {
  private readonly entries = new Map<string, Entry>();
  private view: CorpusView | undefined;

  constructor(private readonly rules: readonly Rule[], private style: HouseStyle = defaultHouseStyle()) {}

  /** Adds or replaces a document; unchanged text costs nothing. */
  set(doc: SourceDocument): AnalyzedDocument {
    const existing = this.entries.get(doc.path);
    if (existing && existing.analysis.source.text === doc.text) return existing.analysis;
    const analysis = analyzeDocument(doc);
    const checked = analysis.article.blocks.filter(isCheckedBlock).map((b) => b.text);
    this.entries.set(doc.path, { analysis, terms: termCounts(checked) });
    this.view = undefined;
    return analysis;
  }

  delete(path: string): void {
    if (this.entries.delete(path)) this.view = undefined;
  }

  setStyle(style: HouseStyle): void {
    this.style = style;
    this.view = undefined;
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  get paths(): string[] {
    return [...this.entries.keys()].sort();
  }

  /** The analysed corpus with its stories, rebuilt only after a change. */
  corpusView(): CorpusView {
    if (this.view) return this.view;
    const entries = this.paths.map((p) => this.entries.get(p)!);
    const documents = entries.map((e) => e.analysis);
    const stories = groupStories(entries.map((e) => ({
      path: e.analysis.source.path,
      headline: e.analysis.article.headline?.text ?? e.analysis.source.path,
      terms: e.terms,
      published: e.analysis.article.published?.iso,
    })));
    const storyOf = new Map<string, Story>();
    for (const story of stories) for (const path of story.documents) storyOf.set(path, story);
    this.view = { documents, byPath: new Map(documents.map((d) => [d.source.path, d])), stories, storyOf, style: this.style };
    return this.view;
  }

  check(): CheckResult {
    const view = this.corpusView();
    const findings: Finding[] = [];
    const failures: CheckResult['failures'] = [];
    for (const rule of this.rules) {
      if (this.style.rules[rule.id] === 'off') continue;
      try {
        findings.push(...applySeverity(rule.check(view), rule, this.style));
      } catch (err) {
        failures.push({ rule: rule.id, error: err instanceof Error ? err.message : String(err) });
      }
    }
    findings.sort((a, b) => a.path.localeCompare(b.path) || a.span.start - b.span.start || a.rule.localeCompare(b.rule));
    return { documents: [...view.documents], stories: [...view.stories], findings, failures };
  }
}
