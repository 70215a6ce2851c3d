// Finds the date expressions of a text with their offsets: spelled dates, numeric dates, weekdays
// and weekdays written with their dates. Numbers that only look like dates stay out: a yearless
// "9/12" counts only where the context says date ("on 9/12", "the afternoon of 9/12", a weekday
// before it, a date line); "3/4 of", "2020-2022", "60,000-80,000" and times never do.
import { numericDates, spelledDates, weekdays, yearFirstDates, type FoundWeekday } from './datePatterns';
import type { DateExpression, WrittenDate } from './writtenDate';
import { startsWithCapital } from '../text/capitals';

export interface FindOptions {
  /** The text is a page's date line: every numeric date in it is a date. */
  dateLine?: boolean;
}

type Candidate = WrittenDate & { separator?: string };

/** Words right before a yearless numeric date that make it a date. */
const DATE_CUE = /(?:\b(?:on|since|until|till|dated)|\b(?:morning|afternoon|evening|night|dawn|noon|midnight)\s+of)\s+(?:the\s+)?$/i;
/** Words right after that make it a fraction or a ratio. */
const NOT_DATE_AFTER = /^\s*(?:of\b|per\b|percent\b|majority\b)/i;
const WEEKDAY_CUE = /^(?:on|since|until|till|by|from|before|after|early|late|and|or|to|through|between)$/i;
const NOT_A_DAY_BEFORE = /^(?:every|each|a|an|most|some|other|alternate|all|many|few|several)$/i;
const MONTH_NAME = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const WEEKDAY_BEFORE_DATE = /^\s*,?\s*(?:the\s+)?$/;
const OPENING = /^\s*\(\s*$/;
const CLOSING = /^\.?\s*\)/;
const LAST_WORD = /([\p{L}]+)\W*$/u;
const NEXT_CAPITALISED_WORD = /^\s+(\p{Lu}[\p{L}]*)/u;

export function findDateExpressions(text: string, options: FindOptions = {}): DateExpression[] {
  const found = weekdays(text);
  const used = new Set<FoundWeekday>();
  const out: DateExpression[] = [];
  for (const date of candidateDates(text)) {
    const weekday = attachedWeekday(text, date, found);
    if (!countsAsDate(text, date, !!weekday, options)) continue;
    if (weekday) used.add(weekday);
    out.push(expression(text, withoutSeparator(date), weekday));
  }
  for (const weekday of found) {
    if (!used.has(weekday) && !weekday.abbreviated && namesADay(text, weekday)) out.push(expression(text, undefined, weekday));
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "on Tuesday", "said Tuesday", "Tuesday's talks"; not "every Tuesday", "a Tuesday", nor a name
 * ("Black Friday", "Super Tuesday", "Sunday Times").
 */
function namesADay(text: string, weekday: FoundWeekday): boolean {
  if (weekday.qualifier) return true;
  const before = LAST_WORD.exec(text.slice(Math.max(0, weekday.start - 30), weekday.start))?.[1];
  const after = NEXT_CAPITALISED_WORD.exec(text.slice(weekday.end))?.[1];
  if (after && !MONTH_NAME.test(after)) return false;
  if (!before) return true;
  if (WEEKDAY_CUE.test(before)) return true;
  return !NOT_A_DAY_BEFORE.test(before) && !startsWithCapital(before);
}

/** Every date pattern has a digit: most sentences have none and are not searched. */
const DIGIT = /[0-9]/;

function candidateDates(text: string): Candidate[] {
  if (!DIGIT.test(text)) return [];
  const all: Candidate[] = [...yearFirstDates(text), ...spelledDates(text)];
  for (const numeric of numericDates(text)) {
    if (!all.some((d) => d.start < numeric.end && numeric.start < d.end)) all.push(numeric);
  }
  return all.sort((a, b) => a.start - b.start);
}

function countsAsDate(text: string, date: Candidate, withWeekday: boolean, options: FindOptions): boolean {
  if (date.form !== 'numeric') return true;
  if (NOT_DATE_AFTER.test(text.slice(date.end))) return false;
  if (date.year !== undefined && /\d{4}$/.test(date.text)) return true;
  // "9.12" and "9-12" without a year are a decimal and a range
  if (date.separator !== '/') return false;
  return options.dateLine === true || withWeekday || DATE_CUE.test(text.slice(Math.max(0, date.start - 40), date.start));
}

/** "Tuesday, 9/12/2025", "on Tuesday, December 9", "Tuesday (December 9)", "December 9 (Tuesday)". */
function attachedWeekday(text: string, date: WrittenDate, found: readonly FoundWeekday[]): FoundWeekday | undefined {
  return found.find((w) => {
    if (w.end <= date.start) {
      const gap = text.slice(w.end, date.start).replace(/^\./, '');
      return WEEKDAY_BEFORE_DATE.test(gap) || (OPENING.test(gap) && CLOSING.test(text.slice(date.end)));
    }
    return w.start >= date.end && OPENING.test(text.slice(date.end, w.start)) && CLOSING.test(text.slice(w.end));
  });
}

function withoutSeparator(date: Candidate): WrittenDate {
  const { separator: _separator, ...rest } = date;
  return rest;
}

function expression(text: string, date: WrittenDate | undefined, weekday: FoundWeekday | undefined): DateExpression {
  const parts = [date, weekday].filter((p) => p !== undefined);
  const start = Math.min(...parts.map((p) => p.start));
  let end = Math.max(...parts.map((p) => p.end));
  // "Tuesday (December 9)": the closing bracket belongs to the expression
  if (text.slice(start, end).includes('(')) end += CLOSING.exec(text.slice(end))?.[0].length ?? 0;
  const out: DateExpression = { start, end, text: text.slice(start, end) };
  if (date) out.date = date;
  if (weekday) {
    const { abbreviated: _abbreviated, ...written } = weekday;
    out.weekday = written;
  }
  return out;
}
