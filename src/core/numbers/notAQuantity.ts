// Digits that are no amount to compare: years and dates (the dates rule owns them), times, phone
// numbers, model and document numbers ("WB-57F", "COVID-19", "Resolution 57", "No. 5"), and the
// second half of a range, which its first half reads.
import { STOP_WORDS } from '../text/stopWords';
import { glued, phraseAt, type TextToken } from './textTokens';
import { CURRENCY_CODES, PERCENT_WORDS_AFTER } from './unitWords';
import { startsWithCapital } from '../text/capitals';

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Words after a time of day ("21:34 GMT", "10 a.m." is read apart); "5 hours" is a duration, a count. */
const TIME_WORDS = new Set(['am', 'pm', 'gmt', 'utc', 'hrs', "o'clock", 'o’clock', 'ict', 'cet']);
/** Words that make the number after them a label: "No. 5", "Tel 028…", "Room 12". */
const LABELS = new Set(['no', 'nos', 'number', 'tel', 'fax', 'ext', 'hotline', 'phone', 'mobile', 'room', 'route', 'page', 'flight']);
const SENTENCE_BREAKS = new Set(['.', '!', '?', ':', ';', '"', '“', '‘', '(', '[', '•', '|']);

/** Whether the digits of token `at` (with suffixes up to `last`) are something other than an amount. */
export function isNotAnAmount(tokens: readonly TextToken[], at: number, last: number): boolean {
  return isGluedToCode(tokens, at, last) || isRangeTail(tokens, at) || isDatePart(tokens, at, last) || isTime(tokens, last)
    || isPhoneLike(tokens, at) || isLabelled(tokens, at, last);
}

/** Digits that read as a year when no unit says otherwise: 1000 to 2199 without a thousands comma. */
export function isYear(digits: string): boolean {
  return /^\d{4}$/.test(digits) && Number(digits) >= 1000 && Number(digits) < 2200;
}

/** "%", "percent", "per cent" at token `at` (unitWords.ts): percentage points are no share. */
function isPercentAt(tokens: readonly TextToken[], at: number): boolean {
  return PERCENT_WORDS_AFTER.some(([words, unit]) => unit === '%' && phraseAt(tokens, at, words));
}

function isGluedToCode(tokens: readonly TextToken[], at: number, last: number): boolean {
  const before = glued(tokens, at) ? tokens[at - 1] : undefined;
  // "VND100 billion", "USD5 million": a currency's code is written against the figure it measures
  if ((before?.kind === 'word' && !CURRENCY_CODES.has(before.text)) || (before && /^[#+/:.×]$/.test(before.text))) return true;
  if (before?.kind === 'dash' && glued(tokens, at - 1) && tokens[at - 2].kind === 'word') return true;
  const after = glued(tokens, last + 1);
  return !!after && (after.text === '/' || after.text === ':' || after.text === '.') && glued(tokens, last + 2)?.kind === 'number';
}

function isRangeTail(tokens: readonly TextToken[], at: number): boolean {
  return tokens[at - 1]?.kind === 'dash' && tokens[at - 2]?.kind === 'number';
}

function isDatePart(tokens: readonly TextToken[], at: number, last: number): boolean {
  const before = tokens[at - 1]?.text === '.' ? tokens[at - 2] : tokens[at - 1];
  if (before && isMonth(before)) return true;
  const after = tokens[last + 1]?.lower === 'of' ? tokens[last + 2] : tokens[last + 1];
  if (after && isMonth(after)) return true;
  return /^\d{4}$/.test(tokens[at].text) && glued(tokens, at + 1)?.lower === 's'; // the 1990s
}

/** Month names are capitalised: "may" and "march" in lower case are a verb and a walk. */
function isMonth(token: TextToken): boolean {
  return token.kind === 'word' && MONTHS.has(token.lower) && startsWithCapital(token.text);
}

function isTime(tokens: readonly TextToken[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next) return false;
  if (TIME_WORDS.has(next.lower)) return true;
  return (next.lower === 'a' || next.lower === 'p') && glued(tokens, last + 2)?.text === '.' && glued(tokens, last + 3)?.lower === 'm';
}

/** "028 7300 9999": a leading zero, or digit groups separated by spaces only. */
function isPhoneLike(tokens: readonly TextToken[], at: number): boolean {
  if (/^0\d/.test(tokens[at].text)) return true;
  const spacedNumber = (t: TextToken | undefined) => t?.kind === 'number' && /^\d+$/.test(t.text);
  return (spacedNumber(tokens[at + 1]) && tokens[at + 1].spaced) || (spacedNumber(tokens[at - 1]) && tokens[at].spaced && /^\d+$/.test(tokens[at].text));
}

/** "No. 5", "Resolution 57", "World War Two": a label or a capitalised name right before the figure. */
export function isLabelled(tokens: readonly TextToken[], at: number, last = at): boolean {
  // "Wickramasinghe 39.87 percent": a share after a name is the name's figure, not its label ("Industry 4.0" is one)
  if (isPercentAt(tokens, last + 1)) return false;
  const dotted = tokens[at - 1]?.text === '.';
  const word = tokens[dotted ? at - 2 : at - 1];
  if (!word || word.kind !== 'word') return false;
  if (LABELS.has(word.lower)) return true;
  if (dotted || !startsWithCapital(word.text) || STOP_WORDS.has(word.lower) || /['’]s$/.test(word.lower) || CURRENCY_CODES.has(word.text)) return false;
  const index = dotted ? at - 2 : at - 1;
  const previous = tokens[index - 1];
  return !!previous && !SENTENCE_BREAKS.has(previous.text);
}
