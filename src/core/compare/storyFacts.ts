// Who, when and how many, version by version: the facts of one story side by side, with the ones
// the checks found disagreeing marked. Names are grouped across spellings, dates by the day they
// name (each outlet's day/month order applied), numbers by what they count.
import { datesOf } from '../dates/documentDates';
import { resolveDate } from '../dates/resolvedDate';
import { formatDate } from '../dates/calendar';
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { CorpusView } from '../engine/rule';
import { storyVersions } from '../engine/storyVersions';
import { sentenceQuantities } from '../numbers/documentQuantities';
import { groupNameForms } from '../rules/nameVariant';
import type { Story } from '../stories/story';
import type { Finding, Span } from '../types';

export interface FactCell {
  /** What this version writes, as written. */
  written: string[];
  spans: Span[];
}

export interface FactRow {
  kind: 'name' | 'date' | 'number';
  /** What the row is about: the name, the day, the thing counted. */
  label: string;
  /** One cell per version, in the order of `StoryFacts.versions`; empty when a version does not say. */
  cells: FactCell[];
  /** Messages of the findings on this row's text: the versions disagree here. */
  disagreements: string[];
}

export interface StoryFacts {
  headline: string;
  versions: { path: string; outlet: string; published: string }[];
  rows: FactRow[];
}

type Collected = Map<string, { kind: FactRow['kind']; cells: Map<string, FactCell> }>;

export function storyFacts(corpus: CorpusView, story: Story, findings: readonly Finding[]): StoryFacts {
  const docs = storyVersions(corpus, story);
  const collected: Collected = new Map();
  collectNames(docs, corpus, collected);
  for (const doc of docs) { collectDates(doc, corpus, collected); collectNumbers(doc, collected); }
  const rows = [...collected].map(([label, { kind, cells }]) => {
    const row: FactRow = { kind, label: label.slice(label.indexOf(':') + 1), cells: docs.map((d) => cells.get(d.source.path) ?? { written: [], spans: [] }), disagreements: [] };
    row.disagreements = disagreementsOn(row, docs, findings);
    return row;
  });
  return {
    headline: story.headline,
    versions: docs.map((d) => ({ path: d.source.path, outlet: d.article.outlet?.name ?? 'unknown outlet', published: d.article.published?.iso ?? 'undated' })),
    rows: rows.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || Number(b.disagreements.length > 0) - Number(a.disagreements.length > 0)),
  };
}

const KIND_ORDER: FactRow['kind'][] = ['name', 'date', 'number'];

function add(collected: Collected, kind: FactRow['kind'], label: string, path: string, written: string, span: Span): void {
  const key = `${kind}:${label}`;
  if (!collected.has(key)) collected.set(key, { kind, cells: new Map() });
  const cells = collected.get(key)!.cells;
  if (!cells.has(path)) cells.set(path, { written: [], spans: [] });
  const cell = cells.get(path)!;
  if (!cell.written.includes(written)) cell.written.push(written);
  cell.spans.push(span);
}

function collectNames(docs: AnalyzedDocument[], corpus: CorpusView, collected: Collected): void {
  for (const group of groupNameForms(docs, corpus.style.ignore)) {
    const label = [...group].sort((a, b) => b.occurrences.length - a.occurrences.length)[0].form;
    for (const form of group) for (const o of form.occurrences) add(collected, 'name', label, o.doc.source.path, form.form, o.mention);
  }
}

function collectDates(doc: AnalyzedDocument, corpus: CorpusView, collected: Collected): void {
  for (const date of datesOf(doc)) {
    if (!date.expression.date) continue;
    const resolved = resolveDate(corpus, doc, date.expression.date);
    // keyed by day and month: a version that leaves the year out still names the same day
    const label = resolved ? formatDate({ day: resolved.day, month: resolved.month }) : `"${date.expression.date.text}" (order unknown)`;
    add(collected, 'date', label, doc.source.path, date.expression.text, date.span);
  }
}

function collectNumbers(doc: AnalyzedDocument, collected: Collected): void {
  for (const sentence of sentenceQuantities(doc)) {
    for (const placed of sentence) {
      const q = placed.quantity;
      if (q.kind === 'ordinal') continue;
      const label = [q.kind === 'money' ? q.unit : q.kind === 'percent' ? 'per cent' : '', ...q.noun].filter(Boolean).join(' ') || 'count';
      add(collected, 'number', label, doc.source.path, doc.source.text.slice(placed.span.start, placed.span.end), placed.span);
    }
  }
}

function disagreementsOn(row: FactRow, docs: AnalyzedDocument[], findings: readonly Finding[]): string[] {
  const messages = new Set<string>();
  row.cells.forEach((cell, i) => {
    for (const f of findings) {
      if (f.path !== docs[i].source.path) continue;
      if (cell.spans.some((s) => f.span.start < s.end && s.start < f.span.end)) messages.add(f.message);
    }
  });
  return [...messages];
}
