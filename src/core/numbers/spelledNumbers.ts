// Numbers written in words: "five", "twenty-five", "Thirty", "two hundred and fifty", and the
// ordinals "fourth", "twenty-first". Scale words after them ("five million") are read elsewhere,
// as they are after digits.
import { glued, type TextToken } from './textTokens';

const UNITS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
];
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

const CARDINALS = new Map<string, number>([
  ...UNITS.map((w, i) => [w, i] as [string, number]),
  ...TENS.map((w, i) => [w, i * 10] as [string, number]).filter(([w]) => w),
]);
const ORDINALS = new Map<string, number>([
  ...ORDINAL_UNITS.map((w, i) => [w, i] as [string, number]).filter(([w]) => w),
  ...ORDINAL_TENS.map((w, i) => [w, i * 10] as [string, number]).filter(([w]) => w),
  ['hundredth', 100], ['thousandth', 1000],
]);

/** Every number word and ordinal, lower case. */
export const NUMBER_WORDS: readonly string[] = [...CARDINALS.keys(), ...ORDINALS.keys()];

export interface SpelledNumber {
  value: number;
  ordinal: boolean;
  /** Index of the last token read. */
  last: number;
}

/** Reads a spelled number starting at token `at`. */
export function readSpelled(tokens: readonly TextToken[], at: number): SpelledNumber | undefined {
  const first = numberWord(tokens[at]);
  if (!first) return undefined;
  let { value } = first;
  let last = at;
  let ordinal = first.ordinal;
  // "twenty-five", "twenty five": tens then a unit
  if (!ordinal && value >= 20 && value % 10 === 0) {
    const unitAt = tokens[at + 1]?.kind === 'dash' && glued(tokens, at + 1) && glued(tokens, at + 2) ? at + 2 : at + 1;
    const unit = numberWord(tokens[unitAt]);
    if (unit && unit.value > 0 && unit.value < 10) ({ value, last, ordinal } = { value: value + unit.value, last: unitAt, ordinal: unit.ordinal });
  }
  if (!ordinal && tokens[last + 1]?.lower === 'hundred' && value > 0 && value < 100) return hundreds(tokens, value, last + 1);
  return { value, ordinal, last };
}

/** "two hundred", "two hundred and fifty", "two hundred fifty". */
function hundreds(tokens: readonly TextToken[], count: number, hundredAt: number): SpelledNumber {
  const restAt = tokens[hundredAt + 1]?.lower === 'and' ? hundredAt + 2 : hundredAt + 1;
  const rest = numberWord(tokens[restAt]) ? readSpelled(tokens, restAt) : undefined;
  if (!rest || rest.value >= 100) return { value: count * 100, ordinal: false, last: hundredAt };
  return { value: count * 100 + rest.value, ordinal: rest.ordinal, last: rest.last };
}

function numberWord(token: TextToken | undefined): { value: number; ordinal: boolean } | undefined {
  if (!token || token.kind !== 'word') return undefined;
  const cardinal = CARDINALS.get(token.lower);
  if (cardinal !== undefined) return { value: cardinal, ordinal: false };
  const ordinal = ORDINALS.get(token.lower);
  return ordinal !== undefined ? { value: ordinal, ordinal: true } : undefined;
}

/** Whether a word is a spelled number or ordinal (it is then no counted noun). */
export function isNumberWord(word: string): boolean {
  return CARDINALS.has(word) || ORDINALS.has(word);
}
