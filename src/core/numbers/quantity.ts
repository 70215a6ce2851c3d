// What a number expression in an article states, normalised so that different ways of writing
// the same amount compare equal: "US$1.6 billion", "1.6 billion USD" and "$1.6B" are one Quantity.
import type { Span } from '../types';

/** Counts ("75 years"), sums of money, percentages, and ordinals ("fourth", "29th"), which rank rather than count. */
export type QuantityKind = 'count' | 'money' | 'percent' | 'ordinal';

/**
 * How a hedge bounds the true value: "about 50" either side of it, "nearly 50" a little below,
 * "more than 50" above, "up to 50" below.
 */
export type Approximation = 'about' | 'nearly' | 'atLeast' | 'atMost';

export interface Quantity {
  kind: QuantityKind;
  /** The amount with its scale applied (1.6e9); for a range, its low end. */
  value: number;
  /** The high end of a range ("60,000-80,000"). */
  high?: number;
  /** Money: an ISO 4217 code (or the currency's name when it has none); percent: "%" or "pp"; otherwise "". */
  unit: string;
  /** The counted thing, as stemmed words ("vietnamese", "people"); empty when no noun follows. */
  noun: string[];
  approximate?: Approximation;
  /** Place value of the last digit written: "1.6 billion" 1e8, "75" 1. Rounding within it is no disagreement. */
  precision: number;
}

/** A quantity found in a text, with the offsets of the whole expression: hedge, figure, unit and noun. */
export interface QuantityMention extends Span {
  text: string;
  quantity: Quantity;
}
