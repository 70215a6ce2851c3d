// weekday-mismatch: a weekday written with a date it does not fall on ("Monday, December 9, 2025"
// when 9 December 2025 is a Tuesday). Only weekdays attached to their date count ("on Tuesday"
// alone is relative to the publication date and never checked here); yearless dates take the year
// nearest to the publication date, and only when they are close to it.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { CorpusView, Rule } from '../engine/rule';
import { dayNumber, formatDate, nearestYear, toIso, weekdayOf, WEEKDAY_NAMES, type CalendarDate } from '../dates/calendar';
import { dateOrderOf, type DateOrderVerdict } from '../dates/dateOrder';
import { dateAt, dateLineOf, dateTableOf, type DocumentDate } from '../dates/documentDates';
import { publicationOf, resolveDate } from '../dates/resolvedDate';
import { isAmbiguous, type WrittenDate, type WrittenWeekday } from '../dates/writtenDate';
import type { Finding } from '../types';
import { finding } from './finding';

/** A yearless date further than this from the publication date may be in another year. */
const MAX_DAYS_FROM_PUBLICATION = 120;

export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  defaultSeverity: 'warning',
  description: 'A weekday written with a date it does not fall on ("Monday, December 9, 2025" when 9 December 2025 is a Tuesday).',
  check(corpus: CorpusView): Finding[] {
    return corpus.documents.flatMap((doc) => cachedMismatches(corpus, doc));
  },
};

const lastChecked = new WeakMap<AnalyzedDocument, { order: DateOrderVerdict; findings: readonly Finding[] }>();

/** A document's findings follow from its text and its outlet's date order (a verdict keeps its identity while its evidence stands). */
function cachedMismatches(corpus: CorpusView, doc: AnalyzedDocument): readonly Finding[] {
  const order = dateOrderOf(corpus, doc);
  const last = lastChecked.get(doc);
  if (last?.order === order) return last.findings;
  const findings = mismatchesIn(corpus, doc);
  lastChecked.set(doc, { order, findings });
  return findings;
}

function mismatchesIn(corpus: CorpusView, doc: AnalyzedDocument): readonly Finding[] {
  const out: Finding[] = [];
  const add = (found: DocumentDate) => {
    const mismatch = mismatchOf(corpus, doc, found);
    if (mismatch) out.push(mismatch);
  };
  const line = dateLineOf(doc.article);
  if (line) add(line);
  // only a date with its weekday can mismatch: the others are not made into objects
  const table = dateTableOf(doc);
  for (let index = 0; index < table.count; index++) if (table.hasDateAndWeekday(index)) add(dateAt(doc, table, index));
  return out.length ? out : NO_FINDINGS;
}

/** Kept per document between checks: the many without a mismatch share one empty list. */
const NO_FINDINGS: readonly Finding[] = [];

function mismatchOf(corpus: CorpusView, doc: AnalyzedDocument, found: DocumentDate): Finding | undefined {
  const { date, weekday } = found.expression;
  if (!date || !weekday || !found.weekdaySpan || date.rangeEnd !== undefined) return undefined;
  const published = publicationOf(corpus, doc);
  // the weekday itself may be what tells an ambiguous "9/12/2025" apart: never against it
  if (isAmbiguous(date) && someReadingFits(date, weekday, published)) return undefined;
  const resolved = resolveDate(corpus, doc, date);
  if (!resolved || resolved.year === undefined) return undefined;
  const day: CalendarDate = { day: resolved.day, month: resolved.month, year: resolved.year };
  if (!resolved.yearWritten && (!published || Math.abs(dayNumber(day) - dayNumber(published)) > MAX_DAYS_FROM_PUBLICATION)) return undefined;
  const actual = weekdayOf(day);
  if (actual === weekday.weekday) return undefined;
  return finding({
    rule: 'weekday-mismatch',
    severity: 'warning',
    message: `"${weekday.text}" does not match ${formatDate(day)}, which is a ${WEEKDAY_NAMES[actual]}.`,
    doc,
    // the weekday and the date it is written with are what disagree: both are marked, the weekday replaced
    span: found.span,
    suggestion: withWeekday(doc, found, styledLike(weekday, actual)),
    data: {
      ignoreAs: weekday.text,
      written: WEEKDAY_NAMES[weekday.weekday],
      date: toIso(day),
      weekday: WEEKDAY_NAMES[actual],
      year: resolved.yearWritten ? 'written' : 'nearest to the publication date',
      ...(date.form === 'numeric' ? { dateOrder: dateOrderOf(corpus, doc) } : {}),
    },
  });
}

function someReadingFits(date: WrittenDate, weekday: WrittenWeekday, published: CalendarDate | undefined): boolean {
  return Object.values(date.readings ?? {}).some((reading) => {
    const year = date.year ?? (published && nearestYear(reading, published));
    return year !== undefined && weekdayOf({ ...reading, year }) === weekday.weekday;
  });
}

/** The expression ("Thursday, March 29") with its weekday replaced ("Friday, March 29"). */
function withWeekday(doc: AnalyzedDocument, found: DocumentDate, weekday: string): string {
  const { span, weekdaySpan } = found;
  const text = doc.source.text;
  return text.slice(span.start, weekdaySpan!.start) + weekday + text.slice(weekdaySpan!.end, span.end);
}

/** "Tuesday", "Tue", "TUESDAY": the right weekday written the way the wrong one was. */
function styledLike(written: WrittenWeekday, weekday: number): string {
  const name = WEEKDAY_NAMES[weekday];
  const form = written.text.length >= 6 ? name : name.slice(0, 3);
  return written.text === written.text.toUpperCase() ? form.toUpperCase() : form;
}
