// A reading of one written word as several words run together, and how sure it is.
import type { VocabularyEvidence } from '../../lexicon/corpusVocabulary';
import type { Lexicon } from '../../lexicon/lexicon';

/**
 * certain: reported in any document ("inthe", "oftheir", "inMoscow").
 * likely: reported in a document with several certain ones, a broken extraction ("militarymedicine").
 * possible: reported only where lines lost their spaces wholesale ("AlexanderVasilyevich").
 * unproven: two words that may be a compound ("twocountries", "livestream"): reported only when
 * the document, or another version of its story, writes them apart.
 */
export type GlueStrength = 'certain' | 'likely' | 'possible' | 'unproven';

/** What joined: a function word ("in|the", "its|support"), two content words, or name pieces. */
export type GlueKind = 'function-word' | 'word-pair' | 'name';

export interface Glue {
  /** The words, as written ("in", "Moscow"). */
  parts: string[];
  strength: GlueStrength;
  /** The kind of the strongest join. */
  kind: GlueKind;
}

export interface GlueEvidence {
  lexicon: Lexicon;
  vocabulary: VocabularyEvidence;
  /** Whether a word is itself run together: a glue written twice ("theRussian") is still no word. */
  isGlue(word: string): boolean;
}

export const STRENGTH_RANK: Record<GlueStrength, number> = { certain: 3, likely: 2, possible: 1, unproven: 0 };

/** A word the dictionary knows ("minister") or the corpus writes alone ("Moscow", "BlackRock"). */
export function isKnownWord(word: string, ev: GlueEvidence): boolean {
  return ev.lexicon.has(word) || isWrittenAlone(word, ev);
}

/** The corpus writes the word alone, as is, and it is no glue itself. */
export function isWrittenAlone(word: string, ev: GlueEvidence): boolean {
  return ev.vocabulary.count(word) > 0 && (ev.lexicon.has(word) || !ev.isGlue(word));
}

export function isLowercase(word: string): boolean {
  return /^[\p{Ll}\p{M}]+$/u.test(word);
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(word);
}
