// The pieces date expressions are made of, found by pattern: spelled dates, numeric dates,
// year-first dates and weekday names. Which numeric matches count as dates is decided later, by
// their context (see dateExpressions.ts).
import { isValidDay } from './calendar';
import { capitalisedMatches } from './capitalisedMatches';
import type { WrittenDate, WrittenWeekday } from './writtenDate';
import { startsWithCapital } from '../text/capitals';

// The dot only after an abbreviation ("Dec. 9"): after a whole month name it ends the sentence
// ("on 19 July."), and is no part of the date.
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b(?:(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\\.)?';
const ORDINAL = '(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])';
const DAY = `(\\d{1,2}${ORDINAL})`;
/** "1-4", "2 and 3", "1, 2 and 3", "1 to 4" (not "9, 12 people"): the last day is kept. */
const RANGE = `(?:\\s*[-–—]\\s*|(?:\\s*,\\s*\\d{1,2}${ORDINAL})*\\s*,?\\s*(?:&|\\band\\b|\\bto\\b|\\bthrough\\b|\\buntil\\b|\\btill\\b)\\s*)`;
const DAYS = `(?:${RANGE}(\\d{1,2})${ORDINAL})?`;
const YEAR = '(?:,?\\s+(\\d{4})(?![\\p{L}\\p{N}]))?';

/** "December 9", "Dec. 9, 2025", "December 1-4". */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+${DAY}${DAYS}${YEAR}`, 'giud');
/** "9 December 2025", "9th of December", "1-4 December". */
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\p{N}.,:/–-])${DAY}${DAYS}\\s+(?:of\\s+)?\\b${MONTH}${YEAR}`, 'giu');
/**
 * "January, 06/2025 - 17:45": the month, then the day and the year, then the time or nothing (Viet
 * Nam News's date stamp; in prose "In August, 5/2024 of the cases" is no date).
 */
const MONTH_COMMA_DAY_YEAR = new RegExp(`\\b${MONTH},\\s*(\\d{1,2})/(\\d{4})(?=\\s*(?:[-–|,]\\s*)?\\d{1,2}:\\d{2}|\\s*$)`, 'giu');
const DAY_SLASH_YEAR = /\d\/\d{4}/;
/** "9/12", "9/12/2025", "29.9.2021", "9-12-2025": the order is read later. */
const NUMERIC = /(?<![\p{L}\p{N}.,:/–-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\p{L}\p{N}]|[/.,:–-]\d|\s*%)/gu;
/** "2025-12-09", "2025/12/09", also before a time ("2025-12-09T21:34"). */
const YEAR_FIRST = /(?<![\p{L}\p{N}.,:/–-])(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?![\p{N}]|[/.,:–-]\d)/gu;
const WEEKDAY = /\b(?:(last|next|this)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b/giu;

const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const FULL_WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

export interface FoundWeekday extends WrittenWeekday {
  /** "Tue", "Sat": only taken when written with a date ("Sun" is also a newspaper). */
  abbreviated: boolean;
}

/**
 * The first three letters of every month as a kept match starts: a capital (only an ASCII one
 * folds to these letters), then two letters of any case. Case-sensitive, so much faster to scan
 * for than the `iu` alternation.
 */
const MONTH_START = /J[aA][nN]|F[eE][bB]|M[aA][rRyY]|A[pP][rR]|J[uU][nNlL]|A[uU][gG]|S[eE][pP]|O[cC][tT]|N[oO][vV]|D[eE][cC]/;

/**
 * What a kept match of DAY_MONTH must hold: a day, then a capitalised month name ("9th of
 * December"). Letters folded by the pattern's `iu` flags are ASCII or the long s. Most sentences
 * that name a month (or "Market", "Mark") hold none, and are not searched with the slow pattern.
 */
const DAY_THEN_MONTH = new RegExp(`\\d[a-zA-Zſ]{0,2}\\s+(?:[oO][fF]\\s+)?(?:${MONTH_START.source})`);

/** MONTH_DAY tried at one place, and the places to try: where a capitalised month name starts. */
const MONTH_DAY_AT = new RegExp(MONTH_DAY.source, 'iudy');
const MONTH_STARTS = new RegExp(MONTH_START.source, 'g');

export function spelledDates(text: string): WrittenDate[] {
  const out: WrittenDate[] = [];
  if (!MONTH_START.test(text)) return out;
  for (const m of capitalisedMatches(text, MONTH_STARTS, MONTH_DAY_AT)) push(out, spelled(m, m[1], m[2], m[3], m[4], 'MDY'));
  if (DAY_THEN_MONTH.test(text)) for (const m of matchesOf(DAY_MONTH, text)) push(out, spelled(m, m[3], m[1], m[2], m[4], 'DMY'));
  if (DAY_SLASH_YEAR.test(text)) for (const m of matchesOf(MONTH_COMMA_DAY_YEAR, text)) push(out, spelled(m, m[1], m[2], undefined, m[3], 'MDY'));
  return out;
}

function spelled(m: RegExpMatchArray, monthWord: string, dayText: string, rangeText: string | undefined, yearText: string | undefined, order: 'DMY' | 'MDY'): WrittenDate | undefined {
  if (!startsWithCapital(monthWord)) return undefined; // "may 5" is a verb and a number
  const month = MONTH_KEYS.indexOf(monthWord.slice(0, 3).toLowerCase()) + 1;
  const day = parseInt(dayText, 10);
  const year = yearText ? Number(yearText) : undefined;
  if (!isValidDay(day, month, year) || (year !== undefined && !plausibleYear(year))) return undefined;
  const start = m.index ?? 0;
  let text = m[0];
  const rangeEnd = rangeText === undefined ? undefined : parseInt(rangeText, 10);
  const date: WrittenDate = { start, end: start + text.length, text, form: 'spelled', fixed: { day, month }, spelledOrder: order };
  if (rangeEnd !== undefined && !(rangeEnd > day && isValidDay(rangeEnd, month, year))) {
    // "December 9 and 5 others": the date is "December 9"
    const dayEnd = m.indices?.[2]?.[1];
    if (order === 'DMY' || dayEnd === undefined) return undefined;
    text = text.slice(0, dayEnd - start);
    return { ...date, end: dayEnd, text };
  }
  if (year !== undefined) date.year = year;
  if (rangeEnd !== undefined) date.rangeEnd = rangeEnd;
  return date;
}

/**
 * A digit, a separator and a digit in a row, as every numeric and year-first date has ("9/12",
 * "2025-12-09"): most sentences with numbers have none and are not searched with the slower patterns.
 */
const SEPARATED_DIGITS = /\d[/.-]\d/;

/** Numeric day-month dates with both readings; the caller decides whether the context says date. */
export function numericDates(text: string): (WrittenDate & { separator: string })[] {
  const out: (WrittenDate & { separator: string })[] = [];
  if (!SEPARATED_DIGITS.test(text)) return out;
  for (const m of matchesOf(NUMERIC, text)) {
    const first = Number(m[1]), second = Number(m[3]);
    const year = m[4] === undefined ? undefined : m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    if (year !== undefined && !plausibleYear(year)) continue;
    const readings: WrittenDate['readings'] = {};
    if (isValidDay(first, second, year)) readings.DMY = { day: first, month: second };
    if (isValidDay(second, first, year)) readings.MDY = { day: second, month: first };
    if (!readings.DMY && !readings.MDY) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, text: m[0], form: 'numeric', year, readings, separator: m[2] });
  }
  return out;
}

export function yearFirstDates(text: string): WrittenDate[] {
  const out: WrittenDate[] = [];
  if (!SEPARATED_DIGITS.test(text)) return out;
  for (const m of matchesOf(YEAR_FIRST, text)) {
    const year = Number(m[1]), month = Number(m[3]), day = Number(m[4]);
    if (!plausibleYear(year) || !isValidDay(day, month, year)) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, text: m[0], form: 'year-first', year, fixed: { day, month } });
  }
  return out;
}

/** The first three letters of every weekday as a kept match starts (see MONTH_START). */
const WEEKDAY_START = /M[oO][nN]|T[uU][eE]|W[eE][dD]|T[hH][uU]|F[rR][iI]|S[aA][tT]|S[uU][nN]/;

const WEEKDAY_AT = new RegExp(WEEKDAY.source, 'iuy');
const WEEKDAY_STARTS = new RegExp(WEEKDAY_START.source, 'g');
const SPACE = /\s/;

/** Where "last", "next" or "this" would start before the spaces ahead of a weekday (WEEKDAY_AT checks it is one). */
function qualifierStart(text: string, word: number): number {
  let at = word;
  while (at > 0 && SPACE.test(text[at - 1])) at--;
  return at < word ? at - 'last'.length : word;
}

export function weekdays(text: string): FoundWeekday[] {
  const out: FoundWeekday[] = [];
  for (const m of capitalisedMatches(text, WEEKDAY_STARTS, WEEKDAY_AT, qualifierStart)) {
    const word = m[2];
    if (!startsWithCapital(word)) continue;
    const start = (m.index ?? 0) + m[0].length - word.length;
    const qualifier = m[1]?.toLowerCase() as WrittenWeekday['qualifier'];
    out.push({
      start, end: start + word.length, text: word,
      weekday: WEEKDAY_KEYS.indexOf(word.slice(0, 3).toLowerCase()),
      ...(qualifier ? { qualifier } : {}),
      abbreviated: !FULL_WEEKDAY.test(word),
    });
  }
  return out;
}

/**
 * The matches of a global pattern, as `text.matchAll` gives them, without the copy of the pattern
 * matchAll makes on every call (these run on every sentence of every document).
 */
function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    if (m[0] === '') pattern.lastIndex += (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}

function plausibleYear(year: number): boolean {
  return year >= 1800 && year <= 2199;
}

/** Keeps the earliest-starting, then longest, of overlapping matches. */
function push(out: WrittenDate[], date: WrittenDate | undefined): void {
  if (!date) return;
  const clash = out.findIndex((d) => d.start < date.end && date.start < d.end);
  if (clash < 0) { out.push(date); return; }
  const other = out[clash];
  if (date.start < other.start || (date.start === other.start && date.end > other.end)) out[clash] = date;
}
