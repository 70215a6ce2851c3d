// What the editor needs to know of a document without its text: headline, outlet, date, where the
// body starts and which blocks are page furniture.
import type { AnalyzedDocument } from '../core/engine/analyzedDocument';
import type { DocumentSummary } from './engineProtocol';

export function summaryOf(doc: AnalyzedDocument): DocumentSummary {
  const a = doc.article;
  const body = a.blocks.find((b) => b.kind === 'body') ?? a.headline;
  return {
    path: doc.source.path,
    ...(a.headline ? { headline: { text: a.headline.text, start: a.headline.start, end: a.headline.end } } : {}),
    ...(a.outlet ? { outlet: a.outlet } : {}),
    ...(a.published ? { published: a.published } : {}),
    ...(body ? { bodyStart: body.start } : {}),
    furniture: a.blocks.filter((b) => b.kind === 'furniture').map((b) => ({ start: b.start, end: b.end, kind: b.kind, ...(b.reason ? { reason: b.reason } : {}) })),
    textLength: doc.source.text.length,
  };
}

/** "VnExpress · 2025-12-09 · Russia considers Vietnam…": how a version is named everywhere. */
export function versionLabel(summary: DocumentSummary): string {
  return `${summary.outlet?.name ?? 'Unknown outlet'} · ${summary.published?.iso ?? 'undated'} · ${summary.headline?.text ?? summary.path}`;
}
