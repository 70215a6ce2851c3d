// What the aligned comparison shows: the two versions' sentences aligned (one-to-one, split,
// moved, only one side), the word changes inside each aligned pair, and the text the checks flag
// as disagreeing. Plain data: the webview renders it, a test reads it.
import { diffWords } from 'diff';
import { alignSentences, type SentenceAlignment } from '../align/alignSentences';
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { Finding, Sentence, Span } from '../types';

export interface SentenceRef extends Span {
  text: string;
  /** Ranges inside `text` that a finding flags (a name, date or number the versions disagree on). */
  flagged: { from: number; to: number; rule: string; message: string }[];
}

export type WordChange = { text: string; change: 'same' | 'added' | 'removed' };

export interface ComparisonRow {
  kind: 'pair' | 'onlyA' | 'onlyB';
  a: SentenceRef[];
  b: SentenceRef[];
  moved: boolean;
  score: number;
  /** Word-level changes from A's wording to B's, for pairs. */
  words: WordChange[];
}

export interface Comparison {
  a: { path: string; label: string };
  b: { path: string; label: string };
  rows: ComparisonRow[];
  summary: { pairs: number; moved: number; onlyA: number; onlyB: number };
}

export function compareVersions(a: AnalyzedDocument, b: AnalyzedDocument, findings: readonly Finding[], labels: [string, string]): Comparison {
  const alignment = alignWithHeadlines(a, b);
  const refsA = a.sentences.map((s) => sentenceRef(s, findings, a.source.path));
  const refsB = b.sentences.map((s) => sentenceRef(s, findings, b.source.path));
  const rows: ComparisonRow[] = alignment.pairs.map((p) => {
    const left = p.a.map((i) => refsA[i]), right = p.b.map((j) => refsB[j]);
    return { kind: 'pair', a: left, b: right, moved: p.moved, score: p.score, words: wordChanges(joined(left), joined(right)) };
  });
  const anchors = new Map<ComparisonRow, number>();
  alignment.pairs.forEach((p, k) => anchors.set(rows[k], p.a[0]));
  for (const i of alignment.onlyA) anchors.set(pushRow(rows, 'onlyA', [refsA[i]], []), i);
  for (const j of alignment.onlyB) anchors.set(pushRow(rows, 'onlyB', [], [refsB[j]]), anchorInA(alignment.pairs, j));
  rows.sort((x, y) => anchors.get(x)! - anchors.get(y)! || (x.b[0]?.start ?? 0) - (y.b[0]?.start ?? 0));
  return {
    a: { path: a.source.path, label: labels[0] },
    b: { path: b.source.path, label: labels[1] },
    rows,
    summary: { pairs: alignment.pairs.length, moved: alignment.pairs.filter((p) => p.moved).length, onlyA: alignment.onlyA.length, onlyB: alignment.onlyB.length },
  };
}

/** Headline faces headline; the body sentences are aligned among themselves. */
function alignWithHeadlines(a: AnalyzedDocument, b: AnalyzedDocument): SentenceAlignment {
  const ha = headlineSentences(a), hb = headlineSentences(b);
  if (!ha.length || !hb.length) return alignSentences(a, b);
  const restA = a.sentences.map((_, i) => i).filter((i) => !ha.includes(i));
  const restB = b.sentences.map((_, j) => j).filter((j) => !hb.includes(j));
  const body = alignSentences({ sentences: restA.map((i) => a.sentences[i]) }, { sentences: restB.map((j) => b.sentences[j]) });
  const heads = alignSentences({ sentences: [{ text: ha.map((i) => a.sentences[i].text).join(' ') }] }, { sentences: [{ text: hb.map((j) => b.sentences[j].text).join(' ') }] });
  return {
    pairs: [{ a: ha, b: hb, score: heads.pairs[0]?.score ?? 0, moved: false }, ...body.pairs.map((p) => ({ ...p, a: p.a.map((i) => restA[i]), b: p.b.map((j) => restB[j]) }))],
    onlyA: body.onlyA.map((i) => restA[i]),
    onlyB: body.onlyB.map((j) => restB[j]),
  };
}

function headlineSentences(doc: AnalyzedDocument): number[] {
  const headline = doc.article.headline ? doc.article.blocks.indexOf(doc.article.headline) : -1;
  return doc.sentences.map((s, i) => (s.block === headline ? i : -1)).filter((i) => i >= 0);
}

function pushRow(rows: ComparisonRow[], kind: 'onlyA' | 'onlyB', a: SentenceRef[], b: SentenceRef[]): ComparisonRow {
  const row: ComparisonRow = { kind, a, b, moved: false, score: 0, words: [] };
  rows.push(row);
  return row;
}

/** Rows follow A's reading order; a sentence only B has goes just after the in-order pair before it in B. */
function anchorInA(pairs: readonly { a: number[]; b: number[]; moved: boolean }[], j: number): number {
  let anchor = -0.5;
  for (const p of pairs) if (!p.moved && p.b[p.b.length - 1] < j) anchor = Math.max(anchor, p.a[p.a.length - 1] + 0.5);
  return anchor;
}

function sentenceRef(sentence: Sentence, findings: readonly Finding[], path: string): SentenceRef {
  // flags are placed by offset, which holds where the sentence is the file's text verbatim (not
  // across HTML entities)
  if (sentence.end - sentence.start !== sentence.text.length) return { start: sentence.start, end: sentence.end, text: sentence.text, flagged: [] };
  const flagged = findings
    .filter((f) => f.path === path && f.span.start >= sentence.start && f.span.end <= sentence.end)
    .map((f) => ({ from: f.span.start - sentence.start, to: f.span.end - sentence.start, rule: f.rule, message: f.message }));
  return { start: sentence.start, end: sentence.end, text: sentence.text, flagged };
}

function joined(refs: SentenceRef[]): string {
  return refs.map((r) => r.text).join(' ');
}

function wordChanges(a: string, b: string): WordChange[] {
  return diffWords(a, b).map((part) => ({ text: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'same' }));
}
