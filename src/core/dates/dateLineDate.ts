// The calendar date a page's date line gives, when it can be known: spelled and year-first dates
// always, numeric ones when only one reading is a real day ("9/29/2021"), when the weekday printed
// with them fits only one reading ("Tuesday, 9/12/2025"), or when the outlet's order is known.
import { formatDate, isValidDay, weekdayOf, WEEKDAY_NAMES, type CalendarDate, type DayMonth } from './calendar';
import { DATE_ORDERS, dayMonthOf, type DateExpression, type DateOrder } from './writtenDate';

export interface DateLineDate {
  date: CalendarDate;
  /** Why this reading, when the line was numeric ("9/12/2025 is a Tuesday only as 9 December 2025"). */
  why?: string;
}

export function dateLineDate(expression: DateExpression, order?: DateOrder): DateLineDate | undefined {
  const written = expression.date;
  if (!written || written.year === undefined) return undefined;
  const year = written.year;
  const fixed = dayMonthOf(written);
  if (fixed) return { date: { ...fixed, year }, ...(written.form === 'numeric' ? { why: onlyReading(written.text, fixed, year) } : {}) };
  const weekday = expression.weekday?.weekday;
  const fitting = DATE_ORDERS.map((o) => written.readings?.[o]).filter((r): r is DayMonth =>
    !!r && (weekday === undefined || weekdayOf({ ...r, year }) === weekday));
  if (fitting.length === 1 && weekday !== undefined) {
    return { date: { ...fitting[0], year }, why: `${written.text} is a ${WEEKDAY_NAMES[weekday]} only as ${formatDate({ ...fitting[0], year })}` };
  }
  const inOrder = order && dayMonthOf(written, order);
  return inOrder ? { date: { ...inOrder, year }, why: `read ${order === 'DMY' ? 'day/month' : 'month/day'}` } : undefined;
}

function onlyReading(text: string, date: DayMonth, year: number): string {
  const named = formatDate({ ...date, year });
  if (isValidDay(date.month, date.day, year)) return `${text} is ${named}`;
  return date.day > 12 ? `${text} can only be ${named}: there is no month ${date.day}` : `${text} can only be ${named}`;
}
