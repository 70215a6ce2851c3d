// The words around a figure that say what it measures and how firmly: currencies, percent, scale
// words ("billion", "bn"), and hedges ("nearly", "more than"). Every alias maps to one canonical
// unit, and every canonical unit maps to itself, so normalising twice changes nothing.
import type { Approximation } from './quantity';

/** Currency codes and names as written, lower case, to the canonical unit. */
const CURRENCY_ALIASES: Readonly<Record<string, string>> = {
  usd: 'USD', 'us$': 'USD', $: 'USD', dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD',
  eur: 'EUR', '€': 'EUR', euro: 'EUR', euros: 'EUR',
  gbp: 'GBP', '£': 'GBP', 'pounds sterling': 'GBP',
  jpy: 'JPY', yen: 'JPY', '¥': 'JPY',
  cny: 'CNY', rmb: 'CNY', yuan: 'CNY', renminbi: 'CNY',
  vnd: 'VND', '₫': 'VND', dong: 'VND',
  rub: 'RUB', '₽': 'RUB', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB',
  inr: 'INR', '₹': 'INR', rupee: 'INR', rupees: 'INR',
  krw: 'KRW', '₩': 'KRW',
  thb: 'THB', baht: 'THB',
  aud: 'AUD', 'a$': 'AUD', 'au$': 'AUD', cad: 'CAD', 'c$': 'CAD', 'ca$': 'CAD', hkd: 'HKD', 'hk$': 'HKD',
  nzd: 'NZD', 'nz$': 'NZD', sgd: 'SGD', 's$': 'SGD', 'sg$': 'SGD', twd: 'TWD', 'nt$': 'TWD', brl: 'BRL', 'r$': 'BRL',
  chf: 'CHF', irr: 'IRR', rial: 'rial', rials: 'rial', riyal: 'riyal', riyals: 'riyal', peso: 'peso', pesos: 'peso',
};

/** Upper-case codes that count as a currency written before or after a figure ("USD 5 million"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  ...Object.values(CURRENCY_ALIASES).filter((unit) => /^[A-Z]{3}$/.test(unit)), 'RMB',
]);

/** Currency words written after a figure, as tokens, longest first ("US dollars" before "dollars"). */
export const CURRENCY_WORDS_AFTER: readonly [readonly string[], string][] = [
  [['u', '.', 's', '.', 'dollars'], 'USD'], [['us', 'dollars'], 'USD'], [['pounds', 'sterling'], 'GBP'],
  ...Object.entries(CURRENCY_ALIASES)
    .filter(([k]) => /^\p{Ll}+$/u.test(k) && !CURRENCY_CODES.has(k.toUpperCase()))
    .map(([k, unit]) => [[k], unit] as [string[], string]),
];

export const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(['$', '€', '£', '¥', '₫', '₽', '₹', '₩']);
/** Letters glued before "$" that name which dollar ("US$", "HK$"). */
export const DOLLAR_PREFIXES: ReadonlySet<string> = new Set(['us', 'a', 'au', 'c', 'ca', 'hk', 'nz', 's', 'sg', 'nt', 'r']);

const PERCENT_ALIASES: Readonly<Record<string, string>> = {
  '%': '%', percent: '%', 'per cent': '%', pct: '%',
  pp: 'pp', 'percentage point': 'pp', 'percentage points': 'pp',
};

/** Percent written after a figure, as tokens, longest first. */
export const PERCENT_WORDS_AFTER: readonly [readonly string[], string][] = [
  [['percentage', 'points'], 'pp'], [['percentage', 'point'], 'pp'], [['per', 'cent'], '%'], [['percent'], '%'], [['pct'], '%'], [['%'], '%'],
];

/** Multipliers written after a figure as words. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mn: 1e6, mln: 1e6, bn: 1e9, tn: 1e12,
};

/** Multipliers glued to a figure: only with a currency ("$1.6B", "€5m"), else "5m" is five metres. */
export const GLUED_MONEY_SCALES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12 };

/** Units glued to a figure, as written, that make it a measurement rather than a model number ("5km", not "5G"). */
export const GLUED_UNITS: ReadonlySet<string> = new Set([
  'km', 'kg', 'cm', 'mm', 'm', 'ha', 'kW', 'MW', 'GW', 'kWh', 'mph', 'ft', 'lb', 'lbs', 'mi', 'ml', 'g', 't',
]);

/**
 * Measurement words, spelled out or abbreviated, singular as the counted noun is stemmed, to one
 * symbol: "120km", "120 kilometres" and "a 120-kilometer canal" measure the same thing. Tons are
 * not tonnes: "40,000 tons (36,300 tonnes)" is a conversion, not two figures.
 */
export const MEASURE_NOUNS: Readonly<Record<string, string>> = {
  tonne: 't', t: 't',
  kilometre: 'km', kilometer: 'km', km: 'km', metre: 'm', meter: 'm', m: 'm',
  centimetre: 'cm', centimeter: 'cm', cm: 'cm', millimetre: 'mm', millimeter: 'mm', mm: 'mm',
  hectare: 'ha', ha: 'ha', kilogram: 'kg', kilogramme: 'kg', kg: 'kg', gram: 'g', gramme: 'g', g: 'g',
  mile: 'mi', mi: 'mi', kilowatt: 'kw', kw: 'kw', megawatt: 'mw', mw: 'mw', gigawatt: 'gw', gw: 'gw',
  // one thing counted under two names: "six homes" and "four houses" count the same buildings
  home: 'house', dwelling: 'house', person: 'people',
};

/** Hedges before a figure (as token sequences), longest first. */
export const HEDGES_BEFORE: readonly [readonly string[], Approximation][] = ([
  ['just under', 'nearly'], ['just shy of', 'nearly'], ['close to', 'nearly'], ['nearly', 'nearly'], ['almost', 'nearly'],
  ['more than', 'atLeast'], ['at least', 'atLeast'], ['upwards of', 'atLeast'], ['in excess of', 'atLeast'],
  ['just over', 'atLeast'], ['no fewer than', 'atLeast'], ['no less than', 'atLeast'], ['over', 'atLeast'], ['above', 'atLeast'],
  ['less than', 'atMost'], ['fewer than', 'atMost'], ['up to', 'atMost'], ['as many as', 'atMost'], ['as much as', 'atMost'],
  ['no more than', 'atMost'], ['at most', 'atMost'], ['under', 'atMost'], ['below', 'atMost'],
  ['an estimated', 'about'], ['approximately', 'about'], ['approx .', 'about'], ['approx', 'about'], ['about', 'about'], ['around', 'about'],
  ['roughly', 'about'], ['some', 'about'], ['circa', 'about'], ['estimated', 'about'],
] as [string, Approximation][]).map(([words, kind]) => [words.split(' '), kind] as [string[], Approximation])
  .sort((x, y) => y[0].length - x[0].length);

/** Hedges after a figure and its unit. */
export const HEDGES_AFTER: readonly [readonly string[], Approximation][] = [
  [['or', 'more'], 'atLeast'], [['or', 'so'], 'about'], [['+'], 'atLeast'],
];

export function canonicalCurrency(unit: string): string {
  return CURRENCY_ALIASES[unit.toLowerCase()] ?? unit;
}

export function canonicalPercent(unit: string): string {
  return PERCENT_ALIASES[unit.toLowerCase()] ?? unit;
}

/**
 * Phrases grouped by their first (or, with `last`, their last) word, each group in list order: a
 * reader tries only the phrases that the word in front of it can start.
 */
export function phrasesByWord<T>(list: readonly [readonly string[], T][], last = false): ReadonlyMap<string, readonly [readonly string[], T][]> {
  const out = new Map<string, [readonly string[], T][]>();
  for (const entry of list) {
    const word = last ? entry[0][entry[0].length - 1] : entry[0][0];
    const group = out.get(word);
    if (group) group.push(entry);
    else out.set(word, [entry]);
  }
  return out;
}
