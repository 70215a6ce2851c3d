// The day its lead says a story happened ("pledged on Saturday, 5 April"), as a day of the year:
// two stories about the same people (a minister's talks in April and her visit in May) share
// names and phrasing, and often only their dates tell them apart.
import { parseIso } from '../dates/calendar';
import { dateAt, dateTableOf } from '../dates/documentDates';
import { dayMonthOf } from '../dates/writtenDate';
import type { AnalyzedDocument } from '../engine/analyzedDocument';

/** Days before each month in a year of 365 days. */
const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const YEAR_DAYS = 365;

/** The day of the year of the first date in the first sentence of the body, when it reads one way; undefined without one. */
export function leadDayOf(doc: AnalyzedDocument): number | undefined {
  const lead = doc.sentences.findIndex((s) => doc.article.blocks[s.block].kind === 'body');
  if (lead < 0) return undefined;
  const table = dateTableOf(doc);
  const first = table.firstFrom(lead);
  if (first >= table.count || table.sentence(first) !== lead) return undefined;
  const written = dateAt(doc, table, first).expression.date;
  const day = written && dayMonthOf(written);
  return day && dayOfYear(day.month, day.day);
}

/** The day of the year of an ISO date ("2025-03-04"), undefined for anything else. */
export function dayOfIso(iso: string | undefined): number | undefined {
  const date = iso === undefined ? undefined : parseIso(iso);
  return date && dayOfYear(date.month, date.day);
}

function dayOfYear(month: number, day: number): number {
  return DAYS_BEFORE[month - 1] + day - 1;
}

/** Days between two days of the year, the short way round (31 December and 2 January are two apart). */
export function daysBetween(a: number, b: number): number {
  const apart = Math.abs(a - b);
  return Math.min(apart, YEAR_DAYS - apart);
}
