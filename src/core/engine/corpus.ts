// The engine's one entry point. Documents are added, changed and removed one at a time; each is
// analysed once per version of its text, and `check()` runs the cross-document rules over the
// cached analyses. The CLI fills a Corpus from disk, the extension from the workspace and its
// open editors; both read the same report.
import { defaultHouseStyle, type HouseStyle } from '../config/houseStyle';
import { leadOf } from '../stories/leadDay';
import type { Story } from '../stories/story';
import type { StoryInput } from '../stories/storyInput';
import { StoryIndex } from '../stories/storyIndex';
import { TermDictionary } from '../stories/termDictionary';
import { ignorableText, type Finding, type SourceDocument } from '../types';
import { analyzeDocument, isCheckedBlock, type AnalyzedDocument } from './analyzedDocument';
import type { CorpusView, Rule } from './rule';
import { applySeverity } from './severity';

interface Entry {
  analysis: AnalyzedDocument;
  /** What story grouping reads, made once per version so an unchanged document is seen as one. */
  story: StoryInput;
}

export interface CheckResult {
  documents: AnalyzedDocument[];
  stories: Story[];
  findings: Finding[];
  /** Rules that threw, with the error: the other rules' findings still stand. */
  failures: { rule: string; error: string }[];
  /** Milliseconds spent in each stage of this check ("stories", then one entry per rule id). */
  timings: Record<string, number>;
  /** Documents whose analysis threw, with the error: they are left out, the others are checked. */
  unanalysed: { path: string; error: string }[];
}

/** Milliseconds spent analysing documents (extraction, sentences, tokens) since the Corpus was made. */
export interface AnalysisTime {
  documents: number;
  ms: number;
}

export class Corpus {
  private readonly entries = new Map<string, Entry>();
  private readonly dictionary = new TermDictionary();
  private readonly storyIndex = new StoryIndex(this.dictionary);
  /** Paths in order, kept until a document is added or removed. */
  private sortedPaths: string[] | undefined;
  private ranks: { paths: readonly string[]; rank: ReadonlyMap<string, number> } | undefined;
  private lastStories: { stories: readonly Story[]; storyOf: ReadonlyMap<string, Story> } | undefined;
  /** Documents whose analysis threw, with the text that made it throw. */
  private readonly unanalysed = new Map<string, { text: string; error: string }>();
  private view: CorpusView | undefined;
  private storiesMs = 0;
  /** The last check and the view it was made from: nothing changed, nothing to recompute. */
  private last: { view: CorpusView; result: CheckResult } | undefined;
  /** Time spent in set(): extraction and per-document analysis. */
  readonly analysis: AnalysisTime = { documents: 0, ms: 0 };

  constructor(
    private readonly rules: readonly Rule[],
    private style: HouseStyle = defaultHouseStyle(),
    private readonly analyze: (doc: SourceDocument) => AnalyzedDocument = analyzeDocument,
  ) {}

  /** Adds or replaces a document; unchanged text costs nothing. Undefined when it cannot be analysed. */
  set(doc: SourceDocument): AnalyzedDocument | undefined {
    const existing = this.entries.get(doc.path);
    if (existing && existing.analysis.source.text === doc.text) return existing.analysis;
    if (this.unanalysed.get(doc.path)?.text === doc.text) return undefined;
    const started = performance.now();
    const entry = this.entryOf(doc);
    this.view = undefined;
    if (!entry) return undefined;
    if (!this.entries.has(doc.path)) this.sortedPaths = undefined;
    this.entries.set(doc.path, entry);
    this.prepare(entry.analysis);
    this.analysis.documents++;
    this.analysis.ms += performance.now() - started;
    return entry.analysis;
  }

  /** One document the extractor cannot read must not stop the others being checked. */
  private entryOf(doc: SourceDocument): Entry | undefined {
    try {
      const analysis = this.analyze(doc);
      const checked = analysis.article.blocks.filter(isCheckedBlock).map((b) => b.text);
      const story: StoryInput = {
        path: doc.path,
        headline: analysis.article.headline?.text ?? doc.path,
        terms: this.dictionary.vectorOfTexts(checked),
        published: analysis.article.published?.iso,
        ...(analysis.article.outlet ? { outlet: analysis.article.outlet.name } : {}),
        ...leadInput(analysis),
      };
      this.unanalysed.delete(doc.path);
      return { analysis, story };
    } catch (err) {
      if (this.entries.delete(doc.path)) this.sortedPaths = undefined; // its old analysis would point into text that is gone
      this.unanalysed.set(doc.path, { text: doc.text, error: err instanceof Error ? err.message : String(err) });
      return undefined;
    }
  }

  /**
   * Lets each rule read the new analysis while its words are at hand: a check then walks cached
   * per-document results instead of making every document's words again, rule after rule. A rule
   * that throws here throws again in check(), which reports it.
   */
  private prepare(analysis: AnalyzedDocument): void {
    for (const rule of this.rules) {
      if (!rule.prepare || this.style.rules[rule.id] === 'off') continue;
      try { rule.prepare(analysis); } catch { /* reported by check() */ }
    }
  }

  delete(path: string): void {
    const removed = this.entries.delete(path);
    if (removed) this.sortedPaths = undefined;
    if (this.unanalysed.delete(path) || removed) this.view = undefined;
  }

  setStyle(style: HouseStyle): void {
    this.style = style;
    this.view = undefined;
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  get paths(): string[] {
    return [...this.orderedPaths()];
  }

  private orderedPaths(): readonly string[] {
    this.sortedPaths ??= [...this.entries.keys()].sort();
    return this.sortedPaths;
  }

  /** Each path's place in the corpus order: findings are sorted by it thousands of times a check. */
  private pathRanks(): ReadonlyMap<string, number> {
    const paths = this.orderedPaths();
    if (this.ranks?.paths !== paths) this.ranks = { paths, rank: new Map(paths.map((p, i) => [p, i])) };
    return this.ranks.rank;
  }

  /** The analysed corpus with its stories, rebuilt only after a change. */
  corpusView(): CorpusView {
    if (this.view) return this.view;
    const started = performance.now();
    const entries = this.orderedPaths().map((p) => this.entries.get(p)!);
    const documents: AnalyzedDocument[] = [];
    const byPath = new Map<string, AnalyzedDocument>();
    for (const { analysis } of entries) {
      documents.push(analysis);
      byPath.set(analysis.source.path, analysis);
    }
    const stories = this.storyIndex.group(entries.map((e) => e.story));
    this.view = { documents, byPath, stories, storyOf: this.storyOf(stories), style: this.style };
    this.storiesMs = performance.now() - started;
    return this.view;
  }

  /** Each document's story: the same map while the grouping hands back the same stories. */
  private storyOf(stories: readonly Story[]): ReadonlyMap<string, Story> {
    if (this.lastStories?.stories !== stories) {
      const storyOf = new Map<string, Story>();
      for (const story of stories) for (const path of story.documents) storyOf.set(path, story);
      this.lastStories = { stories, storyOf };
    }
    return this.lastStories.storyOf;
  }

  check(): CheckResult {
    this.storiesMs = 0;
    const view = this.corpusView();
    if (this.last?.view === view) return this.last.result;
    const findings: Finding[] = [];
    const failures: CheckResult['failures'] = [];
    const timings: Record<string, number> = { stories: this.storiesMs };
    for (const rule of this.rules) {
      if (this.style.rules[rule.id] === 'off') continue;
      const started = performance.now();
      try {
        // not push(...): a rule's 130,000 findings would overflow the call stack
        for (const finding of applySeverity(rule.check(view), rule, this.style)) findings.push(finding);
      } catch (err) {
        failures.push({ rule: rule.id, error: err instanceof Error ? err.message : String(err) });
      }
      timings[rule.id] = performance.now() - started;
    }
    const ignored = new Set(this.style.ignore.map((w) => w.toLowerCase()));
    const kept = findings.filter((f) => !ignored.has(ignorableText(f).toLowerCase()) && !ignoredHere(f, this.style));
    // in document order (the order of `documents`), then by position
    const rank = this.pathRanks();
    kept.sort((a, b) => rank.get(a.path)! - rank.get(b.path)! || a.span.start - b.span.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    const unanalysed = [...this.unanalysed].map(([path, { error }]) => ({ path, error })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const result = { documents: [...view.documents], stories: [...view.stories], findings: kept, failures, timings, unanalysed };
    this.last = { view, result };
    return result;
  }
}

/**
 * A finding on a word the house style ignores in that document ("ignore here"). Words it ignores
 * everywhere are left out above for every rule; the variant rules also leave them out of their
 * counts, so an ignored form does not make another one the odd one out.
 */
function ignoredHere(finding: Finding, style: HouseStyle): boolean {
  const words = style.ignoreIn[finding.path];
  return !!words && words.some((w) => w.toLowerCase() === ignorableText(finding).toLowerCase());
}

/** The lead's day for story grouping, and whether it is surely the day of the news. */
function leadInput(analysis: AnalyzedDocument): Pick<StoryInput, 'leadDay' | 'leadSure'> {
  const lead = leadOf(analysis);
  return lead ? { leadDay: lead.day, leadSure: lead.sure } : {};
}
