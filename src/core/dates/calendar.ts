// Calendar arithmetic on plain numbers (months 1–12, weekdays 0 = Sunday), in UTC so that no
// time zone moves a day.

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export interface DayMonth {
  day: number;
  /** 1–12. */
  month: number;
}

export interface CalendarDate extends DayMonth {
  year: number;
}

export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** True when day and month name a real day (of `year`, when given). */
export function isValidDay(day: number, month: number, year?: number): boolean {
  return Number.isInteger(day) && Number.isInteger(month) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function toIso(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function parseIso(iso: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(day, month, year) ? { year, month, day } : undefined;
}

/** Days since the epoch: distances between dates. */
export function dayNumber(date: CalendarDate): number {
  return dayNumberOf(date.year, date.month, date.day);
}

/** The day number of a date given as its parts, for loops that make no date object. */
function dayNumberOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function fromDayNumber(n: number): CalendarDate {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "9 December 2025", or "9 December" without a year: unambiguous in every house style. */
export function formatDate(date: DayMonth & { year?: number }): string {
  const dayMonth = `${date.day} ${MONTH_NAMES[date.month - 1]}`;
  return date.year === undefined ? dayMonth : `${dayMonth} ${date.year}`;
}

/** A date written without a year is taken as the one nearest to the publication date. */
export function nearestYear(date: DayMonth, published: CalendarDate): number | undefined {
  // read for every yearless date of every version: no object per year tried
  const from = dayNumber(published);
  let best: number | undefined;
  let bestDistance = Infinity;
  for (let year = published.year - 1; year <= published.year + 1; year++) {
    if (!isValidDay(date.day, date.month, year)) continue;
    const distance = Math.abs(dayNumberOf(year, date.month, date.day) - from);
    if (distance < bestDistance) { best = year; bestDistance = distance; }
  }
  return best;
}

export function sameDayMonth(a: DayMonth, b: DayMonth): boolean {
  return a.day === b.day && a.month === b.month;
}
