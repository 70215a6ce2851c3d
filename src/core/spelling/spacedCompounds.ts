// Which two neighbouring words may be a closed compound written open: two name words ("Viet Nam",
// "Ha Noi"), or, with a lexicon, two common words whose closed form is English ("cyber security").
// Common words are held back where the open form is a phrase of its own: a verb and its particle
// ("turn out"/"turnout"), a determiner ("every day"/"everyday"), a modifier ("long time"/
// "longtime", "green house"/"greenhouse") or a numeral ("one time"/"onetime"): see `PairPart`.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { Lexicon } from '../lexicon/lexicon';
import { memoPerLexicon } from '../text/wordMemo';
import { FUNCTION_WORD_COMPOUNDS, type PairPart, type PiecePlace, type WordPiece } from './wordPieces';

/** A piece, with what it brings to a spaced pair. */
type PairedPiece = PiecePlace & { pairPart?: PairPart };

const SPACE = 32;

/** "Viet Nam" (two name words) or "cyber security" (the closed word is English): a candidate pair. */
export function isSpacedCompound(doc: AnalyzedDocument, a: WordPiece<PairedPiece>, b: WordPiece<PairedPiece>, lexicon?: Lexicon): boolean {
  const first = a.shape.pairPart;
  const second = b.shape.pairPart;
  if (!first || !second || first.excluded || second.excluded || a.block !== b.block) return false;
  if (b.from !== a.to + 1 || doc.article.blocks[a.block].text.charCodeAt(a.to) !== SPACE) return false;
  if (first.nameWord && second.nameWord) return true;
  // "per" closes only into "percent": "one shop per ward" is no "shopper"
  const partner = FUNCTION_WORD_COMPOUNDS.get(first.lower);
  if (partner !== undefined ? partner !== second.lower : FUNCTION_WORD_COMPOUNDS.has(second.lower)) return false;
  return !!lexicon && second.lowerWord && closedFormIsWord(first, second, lexicon) && !gradable(lexicon).get(first.lower);
}

/**
 * Whether the lexicon has the two words written as one. Every two neighbouring words of the
 * corpus are asked, most of them many times: the answers of the pairs met last are kept, in a
 * table of fixed size (a pair that finds its place taken is asked again).
 */
function closedFormIsWord(first: PairPart, second: PairPart, lexicon: Lexicon): boolean {
  let answers = closedForms.get(lexicon);
  if (!answers) closedForms.set(lexicon, (answers = { firsts: new Int32Array(PAIR_SLOTS), seconds: new Int32Array(PAIR_SLOTS), closed: new Uint8Array(PAIR_SLOTS) }));
  const slot = (Math.imul(first.id, 0x9e3779b1) ^ second.id) & (PAIR_SLOTS - 1);
  if (answers.firsts[slot] === first.id && answers.seconds[slot] === second.id) return answers.closed[slot] === 1;
  const closed = lexicon.has(first.lower + second.lower);
  answers.firsts[slot] = first.id;
  answers.seconds[slot] = second.id;
  answers.closed[slot] = closed ? 1 : 0;
  return closed;
}

const PAIR_SLOTS = 1 << 16;
const closedForms = new WeakMap<Lexicon, { firsts: Int32Array; seconds: Int32Array; closed: Uint8Array }>();

/** A word with a superlative ("longest", "greenest", "biggest", "whitest", "earliest") modifies the next one. */
const gradable = memoPerLexicon((word, lexicon) => !!lexicon && (lexicon.has(`${word}est`) || lexicon.has(`${word}${word.slice(-1)}est`) ||
  (word.endsWith('e') && lexicon.has(`${word}st`)) || (word.endsWith('y') && lexicon.has(`${word.slice(0, -1)}iest`))));
