// A document's dates grouped by the sentence they stand in: what the date rules compare.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { datesOf, type DocumentDate } from './documentDates';

const cache = new WeakMap<AnalyzedDocument, Map<number, DocumentDate[]>>();

export function datesBySentence(doc: AnalyzedDocument): Map<number, DocumentDate[]> {
  let grouped = cache.get(doc);
  if (!grouped) {
    grouped = new Map();
    for (const found of datesOf(doc)) {
      const list = grouped.get(found.sentence) ?? [];
      list.push(found);
      grouped.set(found.sentence, list);
    }
    cache.set(doc, grouped);
  }
  return grouped;
}

/**
 * The one date expression of a sentence; undefined when it has none or several (which date a
 * paraphrase moved where cannot be told, so such sentences are not compared).
 */
export function soleDate(dates: readonly DocumentDate[] | undefined): DocumentDate | undefined {
  return dates?.length === 1 ? dates[0] : undefined;
}
