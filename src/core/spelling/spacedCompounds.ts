// Which two neighbouring words may be a closed compound written open: two name words ("Viet Nam",
// "Ha Noi"), or, with a lexicon, two common words whose closed form is English ("cyber security").
// Common words are held back where the open form is a phrase of its own: a verb and its particle
// ("turn out"/"turnout"), a determiner ("every day"/"everyday"), a modifier ("long time"/
// "longtime", "green house"/"greenhouse") or a numeral ("one time"/"onetime"): see `PairPart`.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { Lexicon } from '../lexicon/lexicon';
import { memoPerLexicon } from './wordMemo';
import type { WordPiece } from './wordPieces';

const SPACE = 32;

/** "Viet Nam" (two name words) or "cyber security" (the closed word is English): a candidate pair. */
export function isSpacedCompound(doc: AnalyzedDocument, a: WordPiece, b: WordPiece, lexicon?: Lexicon): boolean {
  const first = a.shape.pairPart;
  const second = b.shape.pairPart;
  if (!first || !second || first.excluded || second.excluded || a.block !== b.block) return false;
  if (b.from !== a.to + 1 || doc.article.blocks[a.block].text.charCodeAt(a.to) !== SPACE) return false;
  if (first.nameWord && second.nameWord) return true;
  return !!lexicon && second.lowerWord && lexicon.has(first.lower + second.lower) && !gradable(lexicon).get(first.lower);
}

/** A word with a superlative ("longest", "greenest", "biggest", "whitest", "earliest") modifies the next one. */
const gradable = memoPerLexicon((word, lexicon) => !!lexicon && (lexicon.has(`${word}est`) || lexicon.has(`${word}${word.slice(-1)}est`) ||
  (word.endsWith('e') && lexicon.has(`${word}st`)) || (word.endsWith('y') && lexicon.has(`${word.slice(0, -1)}iest`))));
