// Dates as the rules compare them: numeric dates read in their outlet's order, yearless dates
// placed in the year nearest to the publication date, and the publication date itself read from
// a numeric date line once the outlet's order is known.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { CorpusView } from '../engine/rule';
import { nearestYear, parseIso, type CalendarDate, type DayMonth } from './calendar';
import { dateLineDate } from './dateLineDate';
import { dateOrderOf } from './dateOrder';
import { dateLineOf } from './documentDates';
import { dayMonthOf, type DateOrder, type WrittenDate } from './writtenDate';

export interface ResolvedDate extends DayMonth {
  /** Written, or inferred from the publication date (see `yearWritten`). */
  year?: number;
  yearWritten: boolean;
  /** Last day of a range ("December 1-4"). */
  rangeEnd?: number;
}

/** A document's publication date as last read: from its metadata, or from its date line in an order. */
interface Publication {
  metadata: CalendarDate | undefined;
  line?: { order: DateOrder | undefined; date: CalendarDate | undefined };
}

const publications = new WeakMap<AnalyzedDocument, Publication>();

/** Every yearless date of a document is placed against it: it is read once per analysis and date order. */
export function publicationOf(corpus: CorpusView, doc: AnalyzedDocument): CalendarDate | undefined {
  let known = publications.get(doc);
  if (!known) publications.set(doc, known = { metadata: doc.article.published && parseIso(doc.article.published.iso) });
  if (known.metadata) return known.metadata;
  const order = dateOrderOf(corpus, doc).order;
  if (!known.line || known.line.order !== order) {
    const line = dateLineOf(doc.article);
    known.line = { order, date: line && dateLineDate(line.expression, order)?.date };
  }
  return known.line.date;
}

/** The day a written date names in this document; undefined while its order is unknown. */
export function resolveDate(corpus: CorpusView, doc: AnalyzedDocument, date: WrittenDate): ResolvedDate | undefined {
  const dayMonth = dayMonthOf(date, date.form === 'numeric' ? dateOrderOf(corpus, doc).order : undefined);
  if (!dayMonth) return undefined;
  if (date.year !== undefined) return resolved(dayMonth, date.year, true, date.rangeEnd);
  const published = publicationOf(corpus, doc);
  return resolved(dayMonth, published && nearestYear(dayMonth, published), false, date.rangeEnd);
}

/**
 * Built property by property, not spread: V8 gives each `{ ...dayMonth, more }` object a hidden
 * class of its own, and a corpus keeps one of these per date it reads.
 */
function resolved(dayMonth: DayMonth, year: number | undefined, yearWritten: boolean, rangeEnd: number | undefined): ResolvedDate {
  const out = { day: dayMonth.day, month: dayMonth.month } as ResolvedDate;
  if (year !== undefined) out.year = year;
  out.yearWritten = yearWritten;
  if (rangeEnd !== undefined) out.rangeEnd = rangeEnd;
  return out;
}
