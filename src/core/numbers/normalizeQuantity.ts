// One canonical form per amount: scale applied, floating-point noise rounded away, units mapped
// to their canonical names ("US$" → "USD", "per cent" → "%"), the noun stemmed, a range ordered.
// Normalising a normalised quantity returns an equal one.
import { stemWord } from '../align/wordStem';
import type { Quantity } from './quantity';
import { canonicalCurrency, canonicalPercent } from './unitWords';

const SIGNIFICANT_DIGITS = 12;

export function normalizeQuantity(q: Quantity): Quantity {
  const [low, high] = q.high === undefined ? [q.value, undefined] : [Math.min(q.value, q.high), Math.max(q.value, q.high)];
  const value = round(low);
  const top = high === undefined ? undefined : round(high);
  return {
    kind: q.kind,
    value,
    ...(top !== undefined && top !== value ? { high: top } : {}),
    unit: canonicalUnit(q),
    noun: q.noun.map(stemWord),
    ...(q.approximate ? { approximate: q.approximate } : {}),
    precision: round(q.precision),
  };
}

function canonicalUnit(q: Quantity): string {
  if (q.kind === 'money') return canonicalCurrency(q.unit);
  if (q.kind === 'percent') return canonicalPercent(q.unit);
  return '';
}

/** 1.6 × 1e9 is 1600000000.0000002 in floating point; the writer meant 1600000000. */
function round(x: number): number {
  // a whole number of at most twelve digits is already what its twelve significant digits say
  if (Number.isInteger(x) && Math.abs(x) < 10 ** SIGNIFICANT_DIGITS) return x === 0 ? 0 : x;
  return Number.isFinite(x) ? Number(x.toPrecision(SIGNIFICANT_DIGITS)) : x;
}

const HEDGE_WORDS: Readonly<Record<string, string>> = { about: 'about', nearly: 'nearly', atLeast: 'more than', atMost: 'up to' };

/** A canonical way to write a quantity ("about 1600000000 USD", "30%"), which reads back as the same quantity. */
export function formatQuantity(q: Quantity): string {
  const figure = q.high === undefined ? plain(q.value) : `${plain(q.value)}-${plain(q.high)}`;
  const amount = q.kind === 'money' ? `${figure} ${q.unit}`
    : q.kind === 'percent' ? (q.unit === 'pp' ? `${figure} percentage points` : `${figure}%`)
      : q.kind === 'ordinal' ? `${figure}${ordinalSuffix(q.value)}` : figure;
  return [q.approximate ? HEDGE_WORDS[q.approximate] : '', amount, ...q.noun].filter(Boolean).join(' ');
}

function plain(x: number): string {
  // a whole number prints the same either way, without the cost of a locale-aware formatter
  if (Number.isSafeInteger(x) && !Object.is(x, -0)) return String(x);
  return x.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
