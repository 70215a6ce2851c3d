// The figure of a quantity: digits or spelled words, with their scale ("1.6 billion", "$1.6B",
// "five million", "a dozen") and, for a range, the second figure ("60,000-80,000", "5-6 million").
import { parseNumeral } from './numerals';
import { readSpelled } from './spelledNumbers';
import { glued, type TextToken } from './textTokens';
import { isPlural } from './countedNoun';
import { GLUED_MONEY_SCALES, GLUED_UNITS, SCALE_WORDS } from './unitWords';

export interface Figure {
  value: number;
  /** Place value of the last digit written, before scaling. */
  precision: number;
  ordinal: boolean;
  /** The digits as written, when the figure is a numeral (years are told apart by them). */
  digits?: string;
  first: number;
  last: number;
}

export interface ScaledFigure extends Figure {
  /** The scale's multiplier, 1 without one. */
  factor: number;
  /** A unit glued to the digits ("5km"), which is then the counted noun. */
  gluedUnit?: string;
}

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
/** Articles that read as one before a scale word ("a million"). */
export const FIGURE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** Digits ("29th", "1,200"), spelled numbers, or "a" before a scale word ("a dozen", "a million", "half a million"). */
export function readFigure(tokens: readonly TextToken[], at: number): Figure | undefined {
  const token = tokens[at];
  if (token.kind === 'number') {
    const numeral = parseNumeral(token.text);
    if (!numeral) return undefined;
    const ordinal = ORDINAL_SUFFIXES.has(glued(tokens, at + 1)?.lower ?? '');
    return { value: numeral.value, precision: 10 ** -numeral.decimals, ordinal, digits: token.text, first: at, last: ordinal ? at + 1 : at };
  }
  if (token.kind !== 'word') return undefined;
  if (FIGURE_ARTICLES.has(token.lower) && isScaleWord(tokens[at + 1]) && tokens[at + 1].spaced) {
    const before = tokens[at - 1]?.lower;
    if (before === 'of') return undefined; // "a quarter of a million": a fraction this reader does not know
    return before === 'half' ? { value: 0.5, precision: 0.5, ordinal: false, first: at - 1, last: at } : { value: 1, precision: 1, ordinal: false, first: at, last: at };
  }
  const spelled = readSpelled(tokens, at);
  return spelled && { value: spelled.value, precision: 1, ordinal: spelled.ordinal, first: at, last: spelled.last };
}

/**
 * The scale after a figure: spelled ("billion", "bn"), or glued to digits ("1.6B" with a currency,
 * "5bn"). A glued measurement unit ("5km") is kept as the noun; any other glued letters make the
 * figure a code ("57F", "5G"), and undefined is returned.
 */
export function withScale(tokens: readonly TextToken[], figure: Figure, money: boolean): ScaledFigure | undefined {
  const suffix = glued(tokens, figure.last + 1);
  if (suffix?.kind === 'word' && !figure.ordinal) {
    const factor = (money || countsMillions(tokens, suffix, figure.last + 2) ? GLUED_MONEY_SCALES[suffix.lower] : undefined) ?? SCALE_WORDS[suffix.lower];
    if (factor) return scaled(figure, factor, figure.last + 1);
    if (GLUED_UNITS.has(suffix.text)) return { ...scaled(figure, 1, figure.last + 1), gluedUnit: suffix.lower };
    return undefined;
  }
  let factor = 1;
  let last = figure.last;
  while (!figure.ordinal && isScaleWord(tokens[last + 1])) {
    factor *= SCALE_WORDS[tokens[last + 1].lower];
    last++;
  }
  return scaled(figure, factor, last);
}

/**
 * "10m people", "7.5m tons": an "m" glued to a figure before a plural noun is millions of them; before
 * anything else ("a 100m sprint", "5m tall") it is metres.
 */
function countsMillions(tokens: readonly TextToken[], suffix: TextToken, next: number): boolean {
  const after = tokens[next];
  // a capital M is a company ("3M respirators"), as it read before
  return suffix.text === 'm' && after?.kind === 'word' && after.spaced && isPlural(after.lower);
}

/** The figure with its scale, built field by field: an object spread here cost more than the rest of the reading. */
function scaled(figure: Figure, factor: number, last: number): ScaledFigure {
  const { value, precision, ordinal, digits, first } = figure;
  return digits === undefined ? { value, precision, ordinal, first, last, factor } : { value, precision, ordinal, digits, first, last, factor };
}

function isScaleWord(token: TextToken | undefined): token is TextToken {
  return token?.kind === 'word' && Object.hasOwn(SCALE_WORDS, token.lower);
}

/** The second figure of "60,000-80,000", "5-6 million", or of "between 5 and 6" when `between`. */
export function readRangeEnd(tokens: readonly TextToken[], after: number, money: boolean, between: boolean): ScaledFigure | undefined {
  const joiner = tokens[after];
  if (!joiner || !(joiner.kind === 'dash' || (between && joiner.lower === 'and'))) return undefined;
  const second = tokens[after + 1] && readFigure(tokens, after + 1);
  if (!second || second.ordinal) return undefined;
  return withScale(tokens, second, money);
}

/** The place value of a figure's last digit, scaled; "a dozen" is exactly twelve. */
export function scaledPrecision(figure: ScaledFigure): number {
  return figure.precision * (figure.factor === SCALE_WORDS.dozen ? 1 : figure.factor);
}
