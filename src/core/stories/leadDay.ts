// The day its lead says a story happened ("pledged on Saturday, 5 April"), as a day of the year:
// two stories about the same people (a minister's talks in April and her visit in May) share
// names and phrasing, and often only their dates tell them apart.
import { parseIso } from '../dates/calendar';
import { dateAt, dateTableOf } from '../dates/documentDates';
import { dayMonthOf } from '../dates/writtenDate';
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { datelineDate } from '../extract/cues';

/** Days before each month in a year of 365 days. */
const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const YEAR_DAYS = 365;

export interface Lead {
  /** The day of the year of the first date in the first sentence of the body. */
  day: number;
  /**
   * Whether it is surely the day of the news: a wire dateline's date ("HANOI, Sept 13 (Reuters) -"),
   * or the day the lead says something happened on ("pledged on Saturday, August 31"). A date the
   * lead gives otherwise may be background ("which collapsed on September 9 last year", "from
   * January 1 to November 30").
   */
  sure: boolean;
}

/** "on", perhaps with a weekday, just before the date: the day something happened. */
const ON_BEFORE = /\bon\s+$/i;
/** A year or a month back or ahead after the date, or "ago": background. */
const BACKGROUND_AFTER = /^,?\s*(?:(?:of\s+)?(?:last|next|this)\s+(?:year|month)|[^.,;]{0,24}\b(?:ago|earlier|before)\b)/i;
/** A clause the date sits in that tells of something else ("the bridge, which collapsed on …"): background. */
const CLAUSE_BEFORE = /\b(?:which|that|who|whose|when|since|after|before|until)\b[^,;]*$/i;

/** The lead's first date, when it reads one way; undefined without one. */
export function leadOf(doc: AnalyzedDocument): Lead | undefined {
  const lead = doc.sentences.findIndex((s) => doc.article.blocks[s.block].kind === 'body');
  if (lead < 0) return undefined;
  const table = dateTableOf(doc);
  const first = table.firstFrom(lead);
  if (first >= table.count || table.sentence(first) !== lead) return undefined;
  const found = dateAt(doc, table, first);
  const { expression } = found;
  const day = expression.date && dayMonthOf(expression.date);
  if (!day) return undefined;
  const text = doc.article.blocks[found.block].text;
  const dateline = datelineDate(text);
  const before = text.slice(Math.max(0, expression.start - 80), expression.start);
  // a date with its own year is as often a past event's as the news day ("collapsed on September 9, 2023")
  const onTheDay = ON_BEFORE.test(before) && expression.date?.year === undefined && !CLAUSE_BEFORE.test(before) && !BACKGROUND_AFTER.test(text.slice(expression.end, expression.end + 32));
  return { day: dayOfYear(day.month, day.day), sure: (dateline !== undefined && expression.start === dateline.start) || onTheDay };
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
