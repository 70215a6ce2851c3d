// Dates as the rules compare them: numeric dates read in their outlet's order, yearless dates
// placed in the year nearest to the publication date, and the publication date itself read from
// a numeric date line once the outlet's order is known.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { CorpusView } from '../engine/rule';
import { nearestYear, parseIso, type CalendarDate, type DayMonth } from './calendar';
import { dateLineDate } from './dateLineDate';
import { dateOrderOf } from './dateOrder';
import { dateLineOf } from './documentDates';
import { dayMonthOf, type WrittenDate } from './writtenDate';

export interface ResolvedDate extends DayMonth {
  /** Written, or inferred from the publication date (see `yearWritten`). */
  year?: number;
  yearWritten: boolean;
  /** Last day of a range ("December 1-4"). */
  rangeEnd?: number;
}

export function publicationOf(corpus: CorpusView, doc: AnalyzedDocument): CalendarDate | undefined {
  const published = doc.article.published && parseIso(doc.article.published.iso);
  if (published) return published;
  const line = dateLineOf(doc.article);
  return line && dateLineDate(line.expression, dateOrderOf(corpus, doc).order)?.date;
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
