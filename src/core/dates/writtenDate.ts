// What a date expression says, before anyone decides how an outlet orders day and month.
import type { DateOrder } from '../config/houseStyle';
import type { Span } from '../types';
import type { DayMonth } from './calendar';

export type { DateOrder };

export const DATE_ORDERS: readonly DateOrder[] = ['DMY', 'MDY'];

/** The calendar part of an expression: "December 9", "9/12/2025", "2025-12-09", "December 1-4". */
export interface WrittenDate extends Span {
  text: string;
  /** spelled: a month name; numeric: day and month in digits; year-first: 2025-12-09. */
  form: 'spelled' | 'numeric' | 'year-first';
  /** The year as written (two-digit years completed to 20xx). */
  year?: number;
  /** Spelled and year-first dates: the one day they name. */
  fixed?: DayMonth;
  /** Numeric dates: the valid reading under each order ("9/12": DMY 9 December, MDY 12 September). */
  readings?: Partial<Record<DateOrder, DayMonth>>;
  /** Last day of a range ("December 1-4" → 4); the range stays in the month of its first day. */
  rangeEnd?: number;
  /** Spelled dates: month first ("December 9") or day first ("9 December"), for suggestions. */
  spelledOrder?: DateOrder;
}

export interface WrittenWeekday extends Span {
  /** The weekday word as written ("Tuesday", "Tue"), without qualifier or full stop. */
  text: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** "last Tuesday", "next Friday", "this Monday". */
  qualifier?: 'last' | 'next' | 'this';
}

/** A date, a weekday, or a weekday written with its date ("Tuesday, 9/12/2025"). */
export interface DateExpression extends Span {
  text: string;
  date?: WrittenDate;
  weekday?: WrittenWeekday;
}

/** The day and month a date names, reading numeric dates in `order`; undefined while ambiguous. */
export function dayMonthOf(date: WrittenDate, order?: DateOrder): DayMonth | undefined {
  if (date.fixed) return date.fixed;
  const readings = distinctReadings(date);
  if (readings.length === 1) return readings[0];
  return order ? date.readings?.[order] : undefined;
}

/** A numeric date with two different valid readings ("9/12"); "29/9" and "5/5" are not ambiguous. */
export function isAmbiguous(date: WrittenDate): boolean {
  return distinctReadings(date).length > 1;
}

function distinctReadings(date: WrittenDate): DayMonth[] {
  const { DMY, MDY } = date.readings ?? {};
  if (DMY && MDY) return DMY.day === MDY.day && DMY.month === MDY.month ? [DMY] : [DMY, MDY];
  return DMY ? [DMY] : MDY ? [MDY] : [];
}

/** The order under which a numeric date reads as `target`, when exactly one does. */
export function orderReading(date: WrittenDate, target: DayMonth): DateOrder | undefined {
  if (!isAmbiguous(date)) return undefined;
  const matching = DATE_ORDERS.filter((order) => {
    const reading = date.readings?.[order];
    return reading && reading.day === target.day && reading.month === target.month;
  });
  return matching.length === 1 ? matching[0] : undefined;
}
