// What a date expression states about the day of an event, and whether two such statements can
// both be true. Only clear disagreements count: whatever cannot be resolved is "unknown".
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { CorpusView } from '../engine/rule';
import { formatDate, weekdayOf, WEEKDAY_NAMES } from './calendar';
import type { DocumentDate } from './documentDates';
import { resolveDate, type ResolvedDate } from './resolvedDate';

export type StatedDay =
  | { kind: 'date'; date: ResolvedDate }
  | { kind: 'weekday'; weekday: number };

export type Agreement = 'agree' | 'conflict' | 'unknown';

/**
 * What `found` (an expression of `doc`) states, read in its outlet's date order (which also
 * settles the publication date a yearless date is placed against). Not kept: the caller reads
 * each expression once per check of its story.
 */
export function statedDay(corpus: CorpusView, doc: AnalyzedDocument, found: DocumentDate): StatedDay | undefined {
  const { date, weekday } = found.expression;
  if (date) {
    const resolved = resolveDate(corpus, doc, date);
    return resolved && { kind: 'date', date: resolved };
  }
  return weekday && { kind: 'weekday', weekday: weekday.weekday };
}

export function compareStated(a: StatedDay, b: StatedDay): Agreement {
  if (a.kind === 'weekday' && b.kind === 'weekday') return a.weekday === b.weekday ? 'agree' : 'conflict';
  if (a.kind === 'date' && b.kind === 'date') return compareDates(a.date, b.date);
  const [date, weekday] = a.kind === 'date' ? [a.date, (b as { weekday: number }).weekday] : [(b as { date: ResolvedDate }).date, a.weekday];
  if (date.year === undefined || date.rangeEnd !== undefined) return 'unknown';
  return weekdayOf({ ...date, year: date.year }) === weekday ? 'agree' : 'conflict';
}

function compareDates(a: ResolvedDate, b: ResolvedDate): Agreement {
  if (a.rangeEnd !== undefined || b.rangeEnd !== undefined) return compareRanges(a, b);
  const sameDay = a.day === b.day && a.month === b.month;
  const bothYears = a.yearWritten && b.yearWritten;
  if (sameDay) return bothYears && a.year !== b.year ? 'conflict' : 'agree';
  // a written year that is not the other's assumed year: likely another event (background)
  if (a.yearWritten !== b.yearWritten && a.year !== undefined && b.year !== undefined && a.year !== b.year) return 'unknown';
  return bothYears && a.year !== b.year ? 'unknown' : 'conflict';
}

/** Two ranges must match; a single day inside a range agrees; anything else cannot be told. */
function compareRanges(a: ResolvedDate, b: ResolvedDate): Agreement {
  const end = (d: ResolvedDate) => d.rangeEnd ?? d.day;
  if (a.rangeEnd !== undefined && b.rangeEnd !== undefined) {
    return a.month === b.month && a.day === b.day && end(a) === end(b) ? 'agree' : a.month === b.month ? 'conflict' : 'unknown';
  }
  const [range, day] = a.rangeEnd !== undefined ? [a, b] : [b, a];
  return range.month === day.month && day.day >= range.day && day.day <= end(range) ? 'agree' : 'unknown';
}

/** "9 December 2025", "1–4 December", "a Tuesday": how messages and hovers name a stated day. */
export function describeStated(stated: StatedDay): string {
  if (stated.kind === 'weekday') return `a ${WEEKDAY_NAMES[stated.weekday]}`;
  const { date } = stated;
  if (date.rangeEnd !== undefined) return `${date.day}–${formatDate({ day: date.rangeEnd, month: date.month, year: date.year })}`;
  return formatDate(date);
}
