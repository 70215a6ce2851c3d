// When two quantities are about the same thing, and when their values agree. Each value stands
// for an interval: the precision it was written with ("1.6 billion" is 1.55–1.65 billion), widened
// by its hedge ("about 60,000" is 54,000–66,000, "nearly 50" 45–50, "more than 50" anything
// from 47.5 up). Two statements disagree only when their intervals do not meet.
import type { Quantity } from './quantity';

/** How far a hedge lets the true value stray from the figure written. */
const ABOUT = 0.1;
const NEARLY = 0.1;
const BOUND_SLACK = 0.05;

/**
 * Same kind, same unit, and the same counted noun, compared by its head ("years" and "years",
 * "Vietnamese people" and "people"). Counts and ordinals need a noun; money and percentages
 * compare without one, but not when they name different things.
 */
export function sameMeasure(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind || a.unit !== b.unit) return false;
  const needsNoun = a.kind === 'count' || a.kind === 'ordinal';
  if (!a.noun.length || !b.noun.length) return !needsNoun;
  return a.noun[a.noun.length - 1] === b.noun[b.noun.length - 1];
}

/** Whether two values can both be true of the same thing. */
export function valuesAgree(a: Quantity, b: Quantity): boolean {
  const [aLow, aHigh] = interval(a);
  const [bLow, bHigh] = interval(b);
  return Math.max(aLow, bLow) < Math.min(aHigh, bHigh);
}

export function interval(q: Quantity): [number, number] {
  let low = q.value;
  let high = q.high ?? q.value;
  switch (q.approximate) {
    case 'about': low *= 1 - ABOUT; high *= 1 + ABOUT; break;
    case 'nearly': low *= 1 - NEARLY; break;
    case 'atLeast': low *= 1 - BOUND_SLACK; high = Infinity; break;
    case 'atMost': low = 0; high *= 1 + BOUND_SLACK; break;
  }
  return [low - q.precision / 2, high + q.precision / 2];
}
