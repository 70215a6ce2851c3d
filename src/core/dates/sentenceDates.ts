// A document's dates grouped by the sentence they stand in: what the date rules compare.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { datesOf, type DocumentDate } from './documentDates';

/**
 * Made again on each call (dates are kept packed, see dateTable.ts): a caller that looks a
 * document's dates up often keeps the map for as long as it needs it. In sentence order.
 */
export function datesBySentence(doc: AnalyzedDocument): Map<number, DocumentDate[]> {
  const grouped = new Map<number, DocumentDate[]>();
  for (const found of datesOf(doc)) {
    const list = grouped.get(found.sentence);
    if (list) list.push(found);
    else grouped.set(found.sentence, [found]);
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
