// Which two neighbouring words may be a closed compound written open: two name words ("Viet Nam",
// "Ha Noi"), or, with a lexicon, two common words whose closed form is English ("cyber security").
// Common words are held back where the open form is a phrase of its own: a verb and its particle
// ("turn out"/"turnout"), a determiner ("every day"/"everyday"), a modifier ("long time"/
// "longtime", "green house"/"greenhouse") or a numeral ("one time"/"onetime").
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { Lexicon } from '../lexicon/lexicon';
import { STOP_WORDS } from '../text/stopWords';
import type { WordPiece } from './wordPieces';

export const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const LOWER_WORD = /^\p{Ll}+$/u;

const NOT_COMPOUND_PARTS: ReadonlySet<string> = new Set([
  ...STOP_WORDS, 'back', 'away', 'around', 'along', 'every', 'may', 'can', 'no', 'another', 'even',
  'one', 'two', 'first', 'last', 'next',
]);

/** "Viet Nam" (two name words) or "cyber security" (the closed word is English): a candidate pair. */
export function isSpacedCompound(doc: AnalyzedDocument, a: WordPiece, b: WordPiece, lexicon?: Lexicon): boolean {
  if (a.parts.length !== 1 || b.parts.length !== 1 || a.block !== b.block) return false;
  if (doc.article.blocks[a.block].text.slice(a.to, b.from) !== ' ') return false;
  const [first, second] = [a.parts[0].toLowerCase(), b.parts[0].toLowerCase()];
  if (NOT_COMPOUND_PARTS.has(first) || NOT_COMPOUND_PARTS.has(second)) return false;
  if (NAME_WORD.test(a.parts[0]) && NAME_WORD.test(b.parts[0])) return true;
  return !!lexicon && LOWER_WORD.test(b.parts[0]) && lexicon.has(first + second) && !isGradable(first, lexicon);
}

/** A word with a superlative ("longest", "greenest", "biggest", "whitest", "earliest") modifies the next one. */
function isGradable(word: string, lexicon: Lexicon): boolean {
  return lexicon.has(`${word}est`) || lexicon.has(`${word}${word.slice(-1)}est`) ||
    (word.endsWith('e') && lexicon.has(`${word}st`)) || (word.endsWith('y') && lexicon.has(`${word.slice(0, -1)}iest`));
}
