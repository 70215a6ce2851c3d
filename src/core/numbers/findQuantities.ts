// Finds the quantities of a text with their offsets: a figure in digits or words, its scale, a
// range, a currency or percent sign on either side, a hedge ("nearly", "more than", "or so"), and
// the noun it counts. Years, dates, times, phone numbers and codes are left out (notAQuantity.ts).
import { countedNoun, nounBeforeOf } from './countedNoun';
import { FIGURE_ARTICLES, readFigure, readRangeEnd, scaledPrecision, withScale, type ScaledFigure } from './figure';
import { isLabelled, isNotAnAmount, isYear } from './notAQuantity';
import { normalizeQuantity } from './normalizeQuantity';
import type { Approximation, Quantity, QuantityMention } from './quantity';
import { NUMBER_WORDS } from './spelledNumbers';
import { glued, phraseAt, phraseBefore, textTokens, type TextToken } from './textTokens';
import {
  CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS_AFTER, DOLLAR_PREFIXES, HEDGES_AFTER, HEDGES_BEFORE, PERCENT_WORDS_AFTER, phrasesByWord,
  MEASURE_NOUNS, SCALE_WORDS,
} from './unitWords';

/** Tokens `first..last` that mark a unit or a hedge. */
interface Marker<T extends string = string> {
  value: T;
  first: number;
  last: number;
}

interface UnitMarker extends Marker {
  kind: 'money' | 'percent';
}

const FIGURE_WORDS: ReadonlySet<string> = new Set([...NUMBER_WORDS, ...FIGURE_ARTICLES]);
const MONEY_AFTER = phrasesByWord(CURRENCY_WORDS_AFTER);
const PERCENT_AFTER = phrasesByWord(PERCENT_WORDS_AFTER);
const HEDGES_ENDING = phrasesByWord(HEDGES_BEFORE, true);

/** Words before "one" that make it a pronoun ("no one", "the one", "this one"). */
const PRONOUN_ONE = new Set(['no', 'the', 'this', 'that', 'every', 'any', 'each', 'which', 'someone', 'anyone', 'everyone']);

/**
 * Text that may hold a figure: a digit, or a number or scale word anywhere (a superset, matched
 * without word boundaries). Most sentences have none and are not tokenised at all. The digit is
 * looked for on its own: in one alternation every word would be tried at every position.
 */
const DIGIT = /[0-9]/;
const MAY_HOLD_FIGURE_WORD = new RegExp([...NUMBER_WORDS, ...Object.keys(SCALE_WORDS)].join('|'), 'i');

/** False when `text` certainly holds no quantity (a quick test, without reading it). */
export function mayHoldQuantity(text: string): boolean {
  return DIGIT.test(text) || MAY_HOLD_FIGURE_WORD.test(text);
}

export function findQuantities(text: string): QuantityMention[] {
  if (!mayHoldQuantity(text)) return [];
  const tokens = textTokens(text);
  const mentions: QuantityMention[] = [];
  for (let at = 0; at < tokens.length; at++) {
    // a figure starts at digits, a number word, or "a" before a scale word: one look-up rules out the rest
    if (tokens[at].kind === 'word' && !FIGURE_WORDS.has(tokens[at].lower)) continue;
    const found = quantityAt(tokens, at);
    if (!found) continue;
    const start = tokens[found.first].start;
    const end = tokens[found.last].end;
    mentions.push({ start, end, text: text.slice(start, end), quantity: normalizeQuantity(found.quantity) });
    at = found.figureLast;
  }
  return mentions;
}

/**
 * "between US$36 billion and US$38 billion", "$5-$7 million": a range whose end repeats the
 * currency of its start.
 */
function rangeEndAfterCurrency(tokens: readonly TextToken[], after: number, currency: UnitMarker | undefined, between: boolean): ScaledFigure | undefined {
  const joiner = tokens[after];
  // "$5-$7 million" written close; "$50 million — $20 million more than planned" is two figures
  const closeDash = joiner?.kind === 'dash' && !joiner.spaced && !tokens[after + 1]?.spaced;
  if (!currency || !joiner || !(closeDash || (between && joiner.lower === 'and'))) return undefined;
  const length = currency.last - currency.first + 1;
  for (let k = 0; k < length; k++) if (tokens[after + 1 + k]?.text !== tokens[currency.first + k].text) return undefined;
  const second = tokens[after + 1 + length] && readFigure(tokens, after + 1 + length);
  return second && !second.ordinal ? withScale(tokens, second, true) : undefined;
}

const LIST_JOINS = new Set(['and', 'or', ',', '&']);

/**
 * "second and third preferences", "the first, second or 3rd round": ranks listed together name
 * categories (which preferences were counted), not a fact a version could get wrong.
 */
function isInOrdinalList(tokens: readonly TextToken[], first: number, last: number): boolean {
  if (LIST_JOINS.has(tokens[last + 1]?.lower ?? '') && readFigure(tokens, last + 2)?.ordinal) return true;
  if (!LIST_JOINS.has(tokens[first - 1]?.lower ?? '')) return false;
  // the ordinal before the join: one token ("second") or digits and their suffix ("2nd")
  return [first - 2, first - 3].some((at) => {
    const before = at >= 0 ? readFigure(tokens, at) : undefined;
    return !!before?.ordinal && before.last === first - 2;
  });
}

interface Found {
  quantity: Quantity;
  first: number;
  last: number;
  /** Scanning resumes after the figure and its range. */
  figureLast: number;
}

function quantityAt(tokens: readonly TextToken[], at: number): Found | undefined {
  const figure = readFigure(tokens, at);
  if (!figure || (figure.digits !== undefined ? isNotAnAmount(tokens, at, figure.last) : isLabelled(tokens, figure.first))) return undefined;
  const currencyBefore = currencyBeforeAt(tokens, figure.first);
  const low = withScale(tokens, figure, !!currencyBefore);
  if (!low || isAmbiguousGrouping(low)) return undefined;
  const prefixStart = currencyBefore?.first ?? figure.first;
  const between = tokens[prefixStart - 1]?.lower === 'between';
  if (low.ordinal && isInOrdinalList(tokens, figure.first, low.last)) return undefined;
  const high = low.ordinal ? undefined : readRangeEnd(tokens, low.last + 1, !!currencyBefore, between) ?? rangeEndAfterCurrency(tokens, low.last + 1, currencyBefore, between);
  const figureLast = high?.last ?? low.last;
  if (gluedScale(tokens[figureLast + 1])) return undefined;
  const unit = currencyBefore ?? unitAfterAt(tokens, figureLast + 1);
  const values = rangeValues(low, high);
  if (!values || (!unit && !isCount(tokens, low, high))) return undefined;
  const hedgeStart = between && high ? prefixStart - 1 : prefixStart;
  const hedge = hedgeBeforeAt(tokens, hedgeStart) ?? hedgeAfterAt(tokens, (unit?.last ?? figureLast) + 1);
  const plural = !low.ordinal && !(values.value === 1 && values.high === undefined);
  const noun = countedNoun(tokens, Math.max(hedge?.last ?? 0, unit?.last ?? 0, figureLast) + 1, plural);
  const before = !unit && !low.gluedUnit && !noun.words.length ? nounBeforeOf(tokens, hedgeStart) : undefined;
  const words = low.gluedUnit ? [MEASURE_NOUNS[low.gluedUnit] ?? low.gluedUnit] : before ? [before] : noun.words;
  const rate = words.length ? rateAfter(tokens, (low.gluedUnit ? figureLast : noun.last) + 1) : undefined;
  if (rate) words[words.length - 1] += `/${rate.per}`;
  const quantity: Quantity = {
    kind: low.ordinal ? 'ordinal' : unit?.kind ?? 'count',
    ...values,
    unit: !low.ordinal && unit ? unit.value : '',
    noun: words,
    ...(hedge ? { approximate: hedge.value } : {}),
  };
  const first = Math.min(hedge?.first ?? hedgeStart, hedgeStart);
  return { quantity, first, last: Math.max(noun.last, rate?.last ?? 0, hedge?.last ?? 0, unit?.last ?? 0, figureLast), figureLast };
}

/** Time units a rate is given per, as written after "/" or "per" ("45km/h", "120 kilometres per hour"). */
const RATE_UNITS: Readonly<Record<string, string>> = { h: 'hour', hr: 'hour', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year', annum: 'year', second: 'second', s: 'second', minute: 'minute', min: 'minute' };

/** "/h", "per hour", "an hour", "a year" at token `at`: what the figure is counted per (a speed is no distance). */
function rateAfter(tokens: readonly TextToken[], at: number): { per: string; last: number } | undefined {
  const [joint, unit] = [tokens[at], tokens[at + 1]];
  if (!joint || unit?.kind !== 'word' || !Object.hasOwn(RATE_UNITS, unit.lower)) return undefined;
  const slash = joint.text === '/' && !joint.spaced && !unit.spaced;
  const word = joint.kind === 'word' && (joint.lower === 'per' || joint.lower === 'an' || joint.lower === 'a') && unit.spaced && unit.lower.length > 1;
  return slash || word ? { per: RATE_UNITS[unit.lower], last: at + 1 } : undefined;
}

/**
 * A scale word run into the next by bad extraction ("6.4 billionlast year"): its size cannot be read.
 * Its own plurals and derivatives are words ("40 billionaires", "one millionth", "hundreds").
 */
const GLUED_SCALE = /^(?:dozen|hundred|thousand|million|billion|trillion)(?!(?:s|aires?|ths?)$)\p{L}/u;

function gluedScale(token: TextToken | undefined): boolean {
  return token?.kind === 'word' && token.spaced && GLUED_SCALE.test(token.lower);
}

/** "1.200 people" is 1,200 in much of Europe and 1.2 in English: better no reading than a wrong one. */
function isAmbiguousGrouping(figure: ScaledFigure): boolean {
  const digits = figure.digits;
  // only five to seven characters can match: most figures are not tested at all
  return figure.factor === 1 && digits !== undefined && digits.length >= 5 && digits.length <= 7 && AMBIGUOUS_GROUPING.test(digits);
}

const AMBIGUOUS_GROUPING = /^\d{1,3}\.\d{3}$/;

/** A bare count is no year ("in 2012", "2020-2022"), and "one" is no pronoun ("no one", "one of them"). */
function isCount(tokens: readonly TextToken[], low: ScaledFigure, high: ScaledFigure | undefined): boolean {
  if (low.digits !== undefined && low.factor === 1 && isYear(low.digits)) return false;
  if (high?.digits !== undefined && isYear(high.digits)) return false;
  if (low.digits === undefined && low.value === 1 && low.factor === 1 && !low.ordinal) {
    return !PRONOUN_ONE.has(tokens[low.first - 1]?.lower ?? '') && tokens[low.last + 1]?.lower !== 'of';
  }
  return true;
}

/** Low and high values with their precision; undefined for a "range" that runs backwards (a score, "3-1"). */
function rangeValues(low: ScaledFigure, high: ScaledFigure | undefined): Pick<Quantity, 'value' | 'high' | 'precision'> | undefined {
  const scaledLow = high && low.factor === 1 ? { ...low, factor: high.factor } : low; // "5-6 million"
  const value = scaledLow.value * scaledLow.factor;
  if (!high) return { value, precision: scaledPrecision(scaledLow) };
  const top = high.value * high.factor;
  if (top <= value) return undefined;
  return { value, high: top, precision: Math.max(scaledPrecision(scaledLow), scaledPrecision(high)) };
}

/** "$", "US$", "€" before the digits, or a code ("USD 5 million"). */
function currencyBeforeAt(tokens: readonly TextToken[], at: number): UnitMarker | undefined {
  const before = tokens[at - 1];
  if (!before) return undefined;
  if (CURRENCY_SYMBOLS.has(before.text)) {
    const prefix = before.text === '$' && glued(tokens, at - 1) ? tokens[at - 2] : undefined;
    if (prefix?.kind === 'word' && DOLLAR_PREFIXES.has(prefix.lower)) return { kind: 'money', value: prefix.lower + '$', first: at - 2, last: at - 1 };
    return { kind: 'money', value: before.text, first: at - 1, last: at - 1 };
  }
  return before.kind === 'word' && CURRENCY_CODES.has(before.text) ? { kind: 'money', value: before.text, first: at - 1, last: at - 1 } : undefined;
}

/** A currency ("USD", "US dollars", "dong") or percent ("%", "per cent") after the figure. */
function unitAfterAt(tokens: readonly TextToken[], at: number): UnitMarker | undefined {
  const token = tokens[at];
  if (!token) return undefined;
  if (token.kind === 'word' && CURRENCY_CODES.has(token.text)) return { kind: 'money', value: token.text, first: at, last: at };
  const money = MONEY_AFTER.get(token.lower)?.find(([words]) => phraseAt(tokens, at, words) && tokens[at + words.length - 1].text === words[words.length - 1]);
  if (money) return { kind: 'money', value: money[1], first: at, last: at + money[0].length - 1 };
  const percent = PERCENT_AFTER.get(token.lower)?.find(([words]) => phraseAt(tokens, at, words));
  return percent && { kind: 'percent', value: percent[1], first: at, last: at + percent[0].length - 1 };
}

function hedgeBeforeAt(tokens: readonly TextToken[], at: number): Marker<Approximation> | undefined {
  for (const [words, approximation] of HEDGES_ENDING.get(tokens[at - 1]?.lower ?? '') ?? []) {
    const first = phraseBefore(tokens, at, words);
    if (first >= 0) return { value: approximation, first, last: at - 1 };
  }
  return undefined;
}

function hedgeAfterAt(tokens: readonly TextToken[], at: number): Marker<Approximation> | undefined {
  for (const [words, approximation] of HEDGES_AFTER) {
    if (phraseAt(tokens, at, words) && (words[0] !== '+' || !tokens[at].spaced)) return { value: approximation, first: at, last: at + words.length - 1 };
  }
  return undefined;
}
