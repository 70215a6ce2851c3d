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
  const range = date.rangeEnd !== undefined ? { rangeEnd: date.rangeEnd } : {};
  if (date.year !== undefined) return { ...dayMonth, year: date.year, yearWritten: true, ...range };
  const published = publicationOf(corpus, doc);
  const year = published && nearestYear(dayMonth, published);
  return { ...dayMonth, ...(year !== undefined ? { year } : {}), yearWritten: false, ...range };
}
