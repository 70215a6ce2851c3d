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
    if (isPhotoStamp(doc, found)) continue;
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

/** What may follow a photo's stamp in its caption: the credit ("Photo by VnExpress/Dac Thanh"). */
const AFTER_STAMP = /^[\s.)]*(?:\(?\s*(?:photos?|images?|pictures?|file photo)\b.*)?$/is;

/**
 * The full date a caption ends on after a comma ("… in Tra Van Commune, Quang Nam Province,
 * 15/11/2024. Photo by VnExpress"): when the photo was taken, not a statement of the story. A day
 * without its year there ("… at Noi Bai International Airport, November 18. Photo: VNA") may date
 * the event, and counts.
 * A caption saying when something happened ("at their meeting on December 9. (Photo: VNA)")
 * gives its date after a word, not a comma.
 */
function isPhotoStamp(doc: AnalyzedDocument, found: DocumentDate): boolean {
  const block = doc.article.blocks[found.block];
  if (block.kind !== 'caption') return false;
  const before = block.text.slice(0, found.span.start - block.start);
  return found.expression.date?.year !== undefined && /,\s*$/.test(before) && AFTER_STAMP.test(block.text.slice(found.span.end - block.start));
}
