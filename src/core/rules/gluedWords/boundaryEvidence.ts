// How sure a lost space is between two neighbouring pieces of a reading, from their shapes and
// the small words involved: "of|their" is certain, "military|medicine" likely, "Power|Point" a
// brand written on purpose.
import { isCapitalised, isKnownWord, isLowercase, isWrittenAlone, type GlueEvidence, type GlueKind, type GlueStrength } from './glue';
import {
  DETERMINERS, FUNCTION_WORDS, LEADING_GLUE, LEADING_GLUE_BEFORE_NAME, NAME_ENDINGS, NAME_PARTICLES, PARTICLES,
  PREFIX_WORDS, SUFFIX_WORDS, TRAILING_GLUE, TRAILING_GLUE_AFTER_NAME, WEAK_LEADING_GLUE, WEAK_TRAILING_GLUE,
} from './glueWords';

/**
 * A strength when the join is evidence of a lost space; `plain` when the two words may well be
 * apart but nothing shows it; `deliberate` when they are written together on purpose (a brand, a
 * compound) and stay together in the suggestion.
 */
export type BoundaryEvidence = { strength: GlueStrength; kind: GlueKind } | 'plain' | 'deliberate';

/** Compounds of plain content words are short ("livestream"); two whole words run together are long. */
const LONG_GLUE = 14;

export function boundaryEvidence(left: string, right: string, leftIsFirst: boolean, ev: GlueEvidence): BoundaryEvidence {
  const upperRight = !isLowercase(right);
  if (isLowercase(left)) return upperRight ? wordThenName(left, right, ev) : wordThenWord(left, right, ev);
  return upperRight ? nameThenName(left, right, leftIsFirst, ev) : nameThenWord(left, right, leftIsFirst, ev);
}

const at = (strength: GlueStrength, kind: GlueKind): BoundaryEvidence => ({ strength, kind });

function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word) || word === 'a';
}

/** A dictionary word of three letters or more that is no function word: "countries", "signed". */
function isContentWord(word: string, ev: GlueEvidence): boolean {
  return word.length >= 3 && !FUNCTION_WORDS.has(word.toLowerCase()) && ev.lexicon.has(word);
}

function wordThenWord(left: string, right: string, ev: GlueEvidence): BoundaryEvidence {
  if (isFunctionWord(left) && isFunctionWord(right)) return at('certain', 'function-word');
  const contentLeft = isContentWord(left, ev), contentRight = isContentWord(right, ev);
  if (LEADING_GLUE.has(left) && contentRight) return at('certain', 'function-word');
  if (contentLeft && TRAILING_GLUE.has(right)) return at('certain', 'function-word');
  // "a|request", "in|fact", "said|she": weaker, as these also start or end words (abed, inbuilt)
  if ((left === 'a' || WEAK_LEADING_GLUE.has(left)) && contentRight && right.length >= 4) return at('likely', 'function-word');
  if (contentLeft && WEAK_TRAILING_GLUE.has(right)) return at('likely', 'function-word');
  if (PARTICLES.has(left) || PARTICLES.has(right)) return 'plain';
  if (contentLeft && contentRight) return contentPair(left, right, ev);
  return 'plain';
}

function contentPair(left: string, right: string, ev: GlueEvidence): BoundaryEvidence {
  if (PREFIX_WORDS.has(left) || SUFFIX_WORDS.has(right)) return 'deliberate';
  const twoWords = isInflected(left, ev) || left.length + right.length >= LONG_GLUE;
  return at(twoWords ? 'likely' : 'unproven', 'word-pair');
}

// The first word of a compound is a bare stem ("chat|bot", "block|chain"); an inflected one
// ("effectively", "enhanced", "sharing", "governments", "military") ends a word of its own.
function isInflected(word: string, ev: GlueEvidence): boolean {
  if (word.length < 5) return false;
  if (/(?:ly|ed|ing|ary|ive|ous|ful)$/.test(word) || (word.length >= 7 && word.endsWith('al'))) return true;
  if (!word.endsWith('s') || word.endsWith('ss')) return false;
  return ev.lexicon.has(word.slice(0, -1)) || (word.endsWith('es') && ev.lexicon.has(word.slice(0, -2)));
}

// "the|Communist": a function word never starts a name (brands take "my", "i", "e": myTaxi, iPhone)
function wordThenName(left: string, right: string, ev: GlueEvidence): BoundaryEvidence {
  if (right.length < 3 || !isKnownWord(right, ev)) return 'plain';
  if (LEADING_GLUE_BEFORE_NAME.has(left)) return at(isWrittenAlone(right, ev) ? 'certain' : 'likely', 'function-word');
  if (isContentWord(left, ev) || left === 'a') return at('likely', 'name');
  return 'plain';
}

function nameThenWord(left: string, right: string, leftIsFirst: boolean, ev: GlueEvidence): BoundaryEvidence {
  // "Inthe", "Ofthe" opening a sentence ("Andover" ends in no determiner)
  if (leftIsFirst && FUNCTION_WORDS.has(left.toLowerCase()) && DETERMINERS.has(right)) return at('certain', 'function-word');
  if (NAME_PARTICLES.has(left.toLowerCase()) || !isKnownWord(left, ev)) return 'plain';
  // the name written alone, as is: a dictionary word is not enough (Arm|and, Far|had are names)
  if (TRAILING_GLUE_AFTER_NAME.has(right)) return isWrittenAlone(left, ev) ? at('certain', 'function-word') : 'plain';
  // place names and surnames end in short words (Thai|land, Sam|sung, Peters|burg) or these
  if (NAME_ENDINGS.has(right) || SUFFIX_WORDS.has(right)) return 'deliberate';
  const longWord = right.length >= 6 && ev.lexicon.has(right) && !FUNCTION_WORDS.has(right);
  return longWord ? at('likely', 'name') : 'plain';
}

// Brands are written this way on purpose (PowerPoint, BlackRock, LinkedIn), so two capitalised
// pieces need evidence: written apart elsewhere, or names the corpus writes alone.
function nameThenName(left: string, right: string, leftIsFirst: boolean, ev: GlueEvidence): BoundaryEvidence {
  const first = left.toLowerCase();
  if (NAME_PARTICLES.has(first) || (leftIsFirst && PREFIX_WORDS.has(first))) return 'deliberate';
  if ([left, right].some((p) => p.length < 3 || !isCapitalised(p) || FUNCTION_WORDS.has(p.toLowerCase()))) return 'deliberate';
  if (ev.vocabulary.namesWrittenApart(left, right)) return at('likely', 'name');
  const bothWritten = isWrittenAlone(left, ev) && isWrittenAlone(right, ev);
  if (bothWritten && !(ev.lexicon.has(left) && ev.lexicon.has(right))) return at('likely', 'name');
  const unknown = [left, right].filter((p) => !isKnownWord(p, ev));
  if (unknown.length === 1 && unknown[0].length >= 4) return at('possible', 'name');
  return 'deliberate';
}
