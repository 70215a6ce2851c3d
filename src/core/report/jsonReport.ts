// The report every front end prints: documents, stories and findings with 1-based line/column
// ranges and the exact text they cover. Version 1 of the JSON format (documented in the README).
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { CheckResult } from '../engine/corpus';
import type { Story } from '../stories/story';
import type { Finding, Related, Severity, Span } from '../types';
import { LineIndex } from './positions';

export interface ReportRange { line: number; column: number; endLine: number; endColumn: number }

export interface ReportFinding extends ReportRange {
  rule: string;
  severity: Severity;
  message: string;
  path: string;
  text: string;
  suggestion?: string;
  related: (ReportRange & { path: string; text: string; message?: string })[];
  data?: Record<string, unknown>;
}

export interface ReportDocument {
  path: string;
  headline: string | null;
  outlet: string | null;
  published: string | null;
  story: string | null;
  body: ReportRange[];
}

export interface SkippedFile { path: string; reason: string }

export interface Report {
  version: 1;
  documents: ReportDocument[];
  stories: { id: string; headline: string; documents: string[]; links: Story['links'] }[];
  findings: ReportFinding[];
  skipped: SkippedFile[];
  errors: { rule?: string; path?: string; message: string }[];
}

export function buildReport(result: CheckResult, skipped: SkippedFile[] = []): Report {
  const indexes = new Map<string, LineIndex>();
  const indexOf = (doc: AnalyzedDocument | undefined, path: string): LineIndex | undefined => {
    if (!doc) return undefined;
    if (!indexes.has(path)) indexes.set(path, new LineIndex(doc.source.text));
    return indexes.get(path);
  };
  const byPath = new Map(result.documents.map((d) => [d.source.path, d]));
  const range = (path: string, span: Span): ReportRange => rangeOf(indexOf(byPath.get(path), path), span);
  const storyOf = new Map<string, string>();
  for (const s of result.stories) for (const p of s.documents) storyOf.set(p, s.id);
  // findings about one variant share their list of the other versions' wording (a corpus of 10,000
  // documents: 148,000 related ranges, 7,000 lists): each list's entries are made once
  const relatedLists = new Map<readonly Related[], ReportFinding['related']>();
  const relatedOf = (related: readonly Related[]): ReportFinding['related'] => {
    let entries = relatedLists.get(related);
    if (!entries) relatedLists.set(related, entries = related.map((r) => relatedEntry(r, range)));
    return entries;
  };
  return {
    version: 1,
    documents: result.documents.map((d) => documentEntry(d, storyOf, range)),
    stories: result.stories.map((s) => ({ id: s.id, headline: s.headline, documents: s.documents, links: s.links })),
    findings: result.findings.map((f) => findingEntry(f, range, relatedOf)),
    skipped,
    errors: [
      ...result.failures.map((f) => ({ rule: f.rule, message: f.error })),
      ...result.unanalysed.map((u) => ({ path: u.path, message: `could not be analysed, so it was not checked: ${u.error}` })),
    ],
  };
}

function rangeOf(index: LineIndex | undefined, span: Span): ReportRange {
  const a = index?.positionAt(span.start) ?? { line: 1, column: span.start + 1 };
  const b = index?.positionAt(span.end) ?? { line: 1, column: span.end + 1 };
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

function documentEntry(d: AnalyzedDocument, storyOf: Map<string, string>, range: (p: string, s: Span) => ReportRange): ReportDocument {
  const a = d.article;
  return {
    path: d.source.path,
    headline: a.headline?.text ?? null,
    outlet: a.outlet?.name ?? null,
    published: a.published?.iso ?? null,
    story: storyOf.get(d.source.path) ?? null,
    body: a.blocks.filter((b) => b.kind === 'body').map((b) => range(d.source.path, b)),
  };
}

/** A finding entry before its related ranges are set: they come after the suggestion in the JSON. */
type FindingInProgress = Omit<ReportFinding, 'related'> & { related?: ReportFinding['related'] };

/**
 * Properties are set one by one in the order the JSON lists them: spreading each range and the
 * optional fields into the entry made building a large report's 180,000 entries a tenth slower.
 */
function findingEntry(f: Finding, range: (p: string, s: Span) => ReportRange, relatedOf: (related: readonly Related[]) => ReportFinding['related']): ReportFinding {
  const { line, column, endLine, endColumn } = range(f.path, f.span);
  const entry: FindingInProgress = {
    rule: f.rule, severity: f.severity, message: f.message, path: f.path, line, column, endLine, endColumn, text: f.text,
  };
  if (f.suggestion !== undefined) entry.suggestion = f.suggestion;
  entry.related = relatedOf(f.related);
  if (f.data) entry.data = f.data;
  return entry as ReportFinding;
}

function relatedEntry(r: Related, range: (p: string, s: Span) => ReportRange): ReportFinding['related'][number] {
  const { line, column, endLine, endColumn } = range(r.path, r.span);
  return r.message ? { path: r.path, line, column, endLine, endColumn, text: r.text, message: r.message } : { path: r.path, line, column, endLine, endColumn, text: r.text };
}
