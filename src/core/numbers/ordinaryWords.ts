// The ordinary words of a sentence: what it says rather than whom it names or how much. Words in
// lower case, neither function words nor figures, scales or units ("million", "percent", "dong"),
// stemmed. Two sentences that share only names and figures may be about one body and still state
// different things ("the council put damage at $318 million", "the council warned that delays
// could add $840 million").
import { stemWord } from '../align/wordStem';
import { STOP_WORDS } from '../text/stopWords';
import { NUMBER_WORDS } from './spelledNumbers';
import { textTokens } from './textTokens';
import { CURRENCY_WORDS_AFTER, PERCENT_WORDS_AFTER, SCALE_WORDS } from './unitWords';

const MEASURE_WORDS: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS, ...Object.keys(SCALE_WORDS),
  ...[...CURRENCY_WORDS_AFTER, ...PERCENT_WORDS_AFTER].flatMap(([words]) => words),
]);

export function ordinaryWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const token of textTokens(text)) {
    if (token.kind !== 'word' || token.text !== token.lower || token.text.length < 3) continue;
    if (!STOP_WORDS.has(token.lower) && !MEASURE_WORDS.has(token.lower)) out.add(stemWord(token.lower));
  }
  return out;
}

/**
 * Whether two sentences' ordinary words (as `ordinaryWords` gives them) have one in common, leaving
 * out `ignored`: sentences that share only names and figures may say different things.
 */
export function shareOrdinaryWord(a: ReadonlySet<string>, b: ReadonlySet<string>, ignored: ReadonlySet<string> = NONE): boolean {
  for (const word of a) if (b.has(word) && !ignored.has(word)) return true;
  return false;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Words of attribution ("according to", "officials told", "the committee said") say who spoke, not
 * what was said: two statements that share only these do not say the same thing.
 */
export const ATTRIBUTION: ReadonlySet<string> = new Set([...ordinaryWords(
  'according officials official told say says said saying statement statements spokesperson spokesman spokeswoman ' +
  'reporters reporter added noted stated announced reported report reports quoted cited sources source',
)]);
