// Pairs that the general patterns would join but that are two words in one locale, so a corpus
// may rightly hold both. Not a detection list: nothing here is ever reported, only let alone.
//   licence/license   British noun and verb ("a licence", "to license")
//   practice/practise British noun and verb (no pattern joins them; listed so nobody adds one)
//   metre/meter       British unit and measuring device
//   timbre/timber     sound quality and wood
//   daemon/demon      computing and mythology
//   poet/pet          two words that the oe/e pattern would join
const EXCEPTION_PAIRS: readonly (readonly [string, string])[] = [
  ['licence', 'license'],
  ['practice', 'practise'],
  ['metre', 'meter'],
  ['timbre', 'timber'],
  ['daemon', 'demon'],
  ['poet', 'pet'],
];

const EXCEPTION_WORDS: ReadonlySet<string> = new Set(EXCEPTION_PAIRS.flat());

/** Whether a lower-case word is one of the excepted spellings, with or without a plural or verb ending. */
export function isSpellingException(word: string): boolean {
  if (EXCEPTION_WORDS.has(word)) return true;
  const bare = word.replace(/(?:s|d|ed|ing)$/, '');
  return EXCEPTION_WORDS.has(bare) || EXCEPTION_WORDS.has(bare + 'e');
}
