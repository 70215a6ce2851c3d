// Writes another day in the form a date was written in, for quick fixes: "December 8" → "December 9",
// "8/12" (day/month) → "9/12", "2025-12-08" → "2025-12-09". Ranges are left alone.
import { MONTH_NAMES, type DayMonth } from './calendar';
import type { DateOrder, WrittenDate } from './writtenDate';

const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*/i;
const DAY_NUMBER = /(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?!\d)/;

export function rewriteDate(date: WrittenDate, order: DateOrder | undefined, target: DayMonth & { year?: number }): string | undefined {
  if (date.rangeEnd !== undefined) return undefined;
  const year = target.year !== undefined && date.year !== undefined ? target.year : date.year;
  if (date.form === 'spelled') return rewriteSpelled(date.text, target, year);
  if (date.form === 'year-first') return rewriteYearFirst(date.text, target, year);
  return rewriteNumeric(date, order, target, year);
}

function rewriteSpelled(text: string, target: DayMonth, year: number | undefined): string {
  const out = text
    .replace(MONTH_WORD, (word) => monthLike(word, target.month))
    .replace(DAY_NUMBER, (day) => `${target.day}${/[a-z]/i.test(day) ? ordinal(target.day) : ''}`);
  return year === undefined ? out : out.replace(/\d{4}/, String(year));
}

/** The month's name written as `word` is: whole ("June" → "July"), or abbreviated ("Dec" → "Nov", "Sept" → "Sept"). */
function monthLike(word: string, month: number): string {
  const name = MONTH_NAMES[month - 1];
  const whole = MONTH_NAMES.some((n) => n.toLowerCase() === word.toLowerCase());
  const form = whole ? name : name.slice(0, word.length === 4 && month === 9 ? 4 : 3);
  return word === word.toUpperCase() ? form.toUpperCase() : form;
}

function ordinal(day: number): string {
  if (day >= 11 && day <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

function rewriteYearFirst(text: string, target: DayMonth, year: number | undefined): string {
  return [year === undefined ? text.slice(0, 4) : String(year), padded(target.month, 2), padded(target.day, 2)].join(text[4]);
}

function rewriteNumeric(date: WrittenDate, order: DateOrder | undefined, target: DayMonth, year: number | undefined): string | undefined {
  const valid = Object.keys(date.readings ?? {}) as DateOrder[];
  const readsAs = valid.length === 1 ? valid[0] : order;
  if (!readsAs) return undefined;
  const separator = /[/.-]/.exec(date.text)?.[0] ?? '/';
  const parts = date.text.split(separator);
  // "08.12.2025": a house that pads one part pads both
  const width = parts.slice(0, 2).some((part) => /^0\d/.test(part)) ? 2 : 1;
  const [first, second] = readsAs === 'DMY' ? [target.day, target.month] : [target.month, target.day];
  const out = [padded(first, width), padded(second, width)];
  if (parts[2] !== undefined) out.push(year === undefined || parts[2].length === 2 ? parts[2] : String(year));
  return out.join(separator);
}

function padded(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
