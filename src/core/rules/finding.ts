// Builds findings and related locations whose `text` is exactly the document's text in range.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { Finding, Related, RuleId, Severity, Span } from '../types';

export interface FindingInput {
  rule: RuleId;
  severity: Severity;
  message: string;
  doc: AnalyzedDocument;
  span: Span;
  suggestion?: string;
  related?: Related[];
  data?: Record<string, unknown>;
}

export function finding(input: FindingInput): Finding {
  const { doc, span } = input;
  return {
    rule: input.rule,
    severity: input.severity,
    message: input.message,
    path: doc.source.path,
    span: { start: span.start, end: span.end },
    text: doc.source.text.slice(span.start, span.end),
    ...(input.suggestion !== undefined ? { suggestion: input.suggestion } : {}),
    related: input.related ?? [],
    ...(input.data ? { data: input.data } : {}),
  };
}

export function relatedAt(doc: AnalyzedDocument, span: Span, message?: string): Related {
  return { path: doc.source.path, span: { start: span.start, end: span.end }, text: doc.source.text.slice(span.start, span.end), ...(message ? { message } : {}) };
}
