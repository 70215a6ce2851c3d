// The engine as a service: the Corpus, and the answers the extension asks of it, as plain data.
// It runs in a worker thread so the editor never waits on a check; tests call it directly.
import { compareVersions } from '../core/compare/compareVersions';
import { storyFacts } from '../core/compare/storyFacts';
import { storyFactsMarkdown } from '../core/compare/storyFactsMarkdown';
import { defaultHouseStyle, parseHouseStyle, withDefaults } from '../core/config/houseStyle';
import type { AnalyzedDocument } from '../core/engine/analyzedDocument';
import type { Corpus } from '../core/engine/corpus';
import { createCorpus } from '../core/engine/createCorpus';
import type { Lexicon } from '../core/lexicon/lexicon';
import { LineIndex } from '../core/report/positions';
import { groupNameForms } from '../core/rules/nameVariant';
import type { Finding, Span } from '../core/types';
import { summaryOf, versionLabel } from './documentSummary';
import type { EngineReplies, EngineRequest, NameGroup, PlacedFinding, Snapshot } from './engineProtocol';

export class EngineService {
  private readonly corpus: Corpus;
  private last: Snapshot | undefined;
  private readonly lineIndexes = new WeakMap<AnalyzedDocument, LineIndex>();

  constructor(lexicon?: Lexicon) {
    this.corpus = createCorpus({ lexicon });
  }

  handle<K extends EngineRequest['kind']>(request: Extract<EngineRequest, { kind: K }>): EngineReplies[K] {
    return (this.answer(request) as EngineReplies[K]);
  }

  private answer(request: EngineRequest): EngineReplies[EngineRequest['kind']] {
    switch (request.kind) {
      case 'update': return this.update(request.set, request.remove);
      case 'style': return this.style(request.text, request.settings ?? {});
      case 'check': return this.check(request.generation);
      case 'compare': return this.compare(request.a, request.b);
      case 'facts': return this.facts(request.path);
      case 'names': return this.names();
      case 'body': return this.body(request.path);
    }
  }

  private update(set: { path: string; text: string }[], remove: string[]): EngineReplies['update'] {
    for (const path of remove) this.corpus.delete(path);
    for (const doc of set) this.corpus.set(doc);
    return { analysed: set.length };
  }

  private style(text: string | undefined, settings: Parameters<typeof withDefaults>[1]): EngineReplies['style'] {
    const parsed = text === undefined ? { style: defaultHouseStyle(), problems: [], given: [] } : parseHouseStyle(text);
    this.corpus.setStyle(withDefaults(parsed, settings));
    return { problems: parsed.problems };
  }

  private check(generation: number): Snapshot {
    const result = this.corpus.check();
    const byPath = this.corpus.corpusView().byPath;
    const place = (path: string, span: Span) => this.rangeOf(byPath.get(path), span);
    this.last = {
      generation,
      documents: result.documents.map(summaryOf),
      stories: result.stories,
      findings: result.findings.map((f) => placed(f, place)),
      failures: result.failures,
      unanalysed: result.unanalysed,
      timings: result.timings,
    };
    return this.last;
  }

  private rangeOf(doc: AnalyzedDocument | undefined, span: Span): PlacedFinding['range'] {
    if (!doc) return { line: 0, column: 0, endLine: 0, endColumn: 0 };
    let index = this.lineIndexes.get(doc);
    if (!index) this.lineIndexes.set(doc, index = new LineIndex(doc.source.text));
    const a = index.positionAt(span.start), b = index.positionAt(span.end);
    return { line: a.line - 1, column: a.column - 1, endLine: b.line - 1, endColumn: b.column - 1 };
  }

  private compare(a: string, b: string): EngineReplies['compare'] {
    const view = this.corpus.corpusView();
    const da = view.byPath.get(a), db = view.byPath.get(b);
    if (!da || !db) return undefined;
    return compareVersions(da, db, this.corpus.check().findings, [versionLabel(summaryOf(da)), versionLabel(summaryOf(db))]);
  }

  private facts(path: string): EngineReplies['facts'] {
    const result = this.corpus.check();
    const story = result.stories.find((s) => s.documents.includes(path));
    return story && storyFactsMarkdown(storyFacts(this.corpus.corpusView(), story, result.findings));
  }

  private names(): NameGroup[] {
    const view = this.corpus.corpusView();
    return groupNameForms(view.documents, view.style.ignore).map((group) => ({
      forms: group.map((form) => ({
        form: form.form,
        occurrences: form.occurrences.map((o) => ({ path: o.doc.source.path, range: this.rangeOf(o.doc, o.mention) })),
      })),
    }));
  }

  private body(path: string): EngineReplies['body'] {
    const doc = this.corpus.corpusView().byPath.get(path);
    return doc && doc.sentences.map((s) => s.text.replace(/\s+/g, ' ')).join('\n') + '\n';
  }
}

function placed(f: Finding, place: (path: string, span: Span) => PlacedFinding['range']): PlacedFinding {
  return { ...f, range: place(f.path, f.span), related: f.related.map((r) => ({ ...r, range: place(r.path, r.span) })) };
}
