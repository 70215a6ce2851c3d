// The thing a number counts: the words right after it, stemmed, up to a function word or
// punctuation and at most three ("the 11th Moscow International Security…"). After a plural
// figure the phrase ends at its first plural noun, so that a verb does not join it ("60,000
// fishermen depend" → "fishermen"; "60,000-80,000 Vietnamese people reside" → "Vietnamese
// people"). A hyphenated compound glued to the figure is all the noun there is: in "five-year
// terms" years are counted, not terms.
import { stemWord } from '../align/wordStem';
import { STOP_WORDS } from '../text/stopWords';
import { isNumberWord } from './spelledNumbers';
import { glued, type TextToken } from './textTokens';
import { MEASURE_NOUNS, SCALE_WORDS } from './unitWords';

export interface CountedNoun {
  /** Stemmed words; the last is the head noun. */
  words: string[];
  /** Index of the last token of the noun, or `after - 1` when there is none. */
  last: number;
}

const MAX_WORDS = 3;
/**
 * Words that follow numbers without being what is counted ("one another", "two more"), and the
 * time a figure is for ("46.2 billion USD last year", "10 million visitors next year").
 */
const NOT_NOUNS = new Set([
  'another', 'other', 'others', 'more', 'less', 'fewer', 'many', 'much', 'several', 'times', 'ago', 'apiece', 'each',
  'last', 'next', 'past', 'previous', 'yesterday', 'today', 'tomorrow', 'tonight', 'earlier', 'later',
]);
/** Plurals without an -s. */
/** What "61 years old" and "a 61-year-old man" count. */
const AGE = 'age';
/** Nouns that end in -s and count one thing ("1,482 measles cases" counts cases). */
const SINGULARS_WITH_S = new Set(['measles', 'mumps', 'news', 'diabetes', 'rabies', 'herpes', 'series', 'species', 'headquarters', 'physics', 'economics', 'politics']);
const PLURALS_WITHOUT_S = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'cattle', 'data', 'media', 'feet', 'teeth']);

/** The counted noun after token `after`; `plural` when the figure is more than one. */
export function countedNoun(tokens: readonly TextToken[], after: number, plural: boolean): CountedNoun {
  if (isPeriodComparison(tokens, after)) return { words: [], last: after - 1 };
  if (tokens[after]?.kind === 'dash' && glued(tokens, after) && glued(tokens, after + 1)?.kind === 'word') {
    const end = compoundEnd(tokens, after + 1);
    return { words: [nounOf(tokens, after + 1, end)], last: end };
  }
  // "61 years old", "aged 61": an age is not a span of years ("20 years in prison")
  if (tokens[after]?.lower === 'years' || tokens[after]?.lower === 'year') {
    if (tokens[after + 1]?.lower === 'old' && tokens[after + 2]?.kind !== 'dash') return { words: [AGE], last: after + 1 };
  }
  const words: string[] = [];
  let at = after;
  while (words.length < MAX_WORDS && isNounWord(tokens[at])) {
    const end = compoundEnd(tokens, at);
    words.push(nounOf(tokens, at, end));
    const pluralNoun = isPlural(tokens[end].lower);
    at = end + 1;
    if (plural && pluralNoun) break;
  }
  return { words, last: at - 1 };
}

const PERIODS = new Set(['year', 'month', 'quarter', 'week', 'day']);

/** "year-on-year", "year on year", "month-on-month": what a change is measured against, not what is counted. */
function isPeriodComparison(tokens: readonly TextToken[], at: number): boolean {
  const first = tokens[at]?.lower;
  if (!first || !PERIODS.has(first)) return false;
  const next = tokens[at + 1]?.kind === 'dash' ? at + 2 : at + 1;
  return tokens[next]?.lower === 'on' && PERIODS.has(tokens[next + (tokens[next + 1]?.kind === 'dash' ? 2 : 1)]?.lower ?? '');
}

function nounOf(tokens: readonly TextToken[], first: number, last: number): string {
  const stem = stemWord(tokens.slice(first, last + 1).map((t) => t.text).join(''));
  return stem === 'year-old' ? AGE : MEASURE_NOUNS[stem] ?? stem;
}

/** Whether a word is a plural noun ("people", "tonnes"), not a singular one or an adjective. */
export function isPlural(word: string): boolean {
  if (SINGULARS_WITH_S.has(word)) return false;
  return PLURALS_WITHOUT_S.has(word) || word.endsWith('men') || stemWord(word) !== word.replace(/['’]/g, '');
}

function isNounWord(token: TextToken | undefined): boolean {
  if (!token || token.kind !== 'word' || !token.spaced) return false;
  const word = token.lower;
  return !STOP_WORDS.has(word) && !NOT_NOUNS.has(word) && !isNumberWord(word) && !Object.hasOwn(SCALE_WORDS, word);
}

/** "year-old": words joined by hyphens without spaces read as one. */
function compoundEnd(tokens: readonly TextToken[], at: number): number {
  let end = at;
  while (tokens[end + 1]?.kind === 'dash' && glued(tokens, end + 1) && glued(tokens, end + 2)?.kind === 'word') end += 2;
  return end;
}

/**
 * The noun of "a crowd of 35,800", "a population of 10 million", for a figure with none after it:
 * the word before "of" in front of the figure's first token `first`.
 */
export function nounBeforeOf(tokens: readonly TextToken[], first: number): string | undefined {
  if (tokens[first - 1]?.lower !== 'of') return undefined;
  const noun = tokens[first - 2];
  return noun && isNounWord(noun) && !isPlural(noun.lower) ? nounOf(tokens, first - 2, first - 2) : undefined;
}
