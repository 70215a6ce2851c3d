// The British/American spelling patterns, as general rewrites of one lower-case word. Each pattern
// has a British side and an American side; `analyzeSpelling` says which patterns a word spells
// the British way and gives its American form, so that "defence" and "defense" meet.
// The contexts are narrow on purpose: "four"/"for", "filled"/"filed", "Boeing"/"being" must
// never meet. Patterns whose contexts cannot be made narrow enough apply only when a lexicon
// confirms that both spellings are English words.
import type { Lexicon } from '../lexicon/lexicon';

export type Side = 'uk' | 'us';

export interface SpellingClass {
  id: string;
  /** How an editor names the choice ("-ise/-ize"). */
  label: string;
  uk: RegExp;
  toUs: string;
  /** Finds the American side, to turn a word British; absent when any e could be one (ae/e). */
  us?: RegExp;
  toUk?: string;
  /** Applies only when a lexicon knows both spellings (and `confirm` agrees). */
  needsLexicon?: boolean;
  /** Shorter words are left alone. */
  minLength?: number;
  /** A further test of the British word against the lexicon. */
  confirm?: (british: string, lexicon: Lexicon) => boolean;
}

const CONSONANT = '[b-df-hj-np-tv-z]';
const VOWEL = '[aeiou]';
// Inflections and derivations that follow each pattern; the pattern itself must end there.
const ISE_ENDINGS = '(?=(?:e|es|ed|ing|er|ers|ation|ations|ational|able)$)';
const OUR_ENDINGS = '(?=(?:s|ed|ing|er|ers|ite|ites|able|ably|al|ful|less)?$)';
const DOUBLED_L_ENDINGS = '(?=(?:ed|ing|er|ers|or|ors)$)';
// oe before r or v is a word joint ("goers", "whosoever"), not a Greek or Latin oe
const CONSONANT_NOT_RV = '[b-df-hj-np-qstw-z]';

/** "travelled" doubles the l of "travel"; "refilled" keeps the ll of "refill" and is no variant of "refiled". */
function doublesSingleL(british: string, lexicon: Lexicon): boolean {
  const base = british.replace(/l(?:ed|ing|er|ers|or|ors)$/, '');
  return lexicon.has(base) && !lexicon.has(base + 'l');
}

export const SPELLING_CLASSES: readonly SpellingClass[] = [
  // organise/organize, multilateralisation/multilateralization; "raise", "crises" are too short
  { id: 'ise', label: '-ise/-ize', uk: new RegExp(`(?<=[a-z]{3})is${ISE_ENDINGS}`), toUs: 'iz', us: new RegExp(`(?<=[a-z]{3})iz${ISE_ENDINGS}`), toUk: 'is' },
  { id: 'yse', label: '-yse/-yze', uk: /(?<=[a-z]{2})ys(?=(?:e|ed|ing)$)/, toUs: 'yz', us: /(?<=[a-z]{2})yz(?=(?:e|ed|ing)$)/, toUk: 'ys' },
  // colour/color, behaviour/behavior; three letters first keeps out four, hour, flour, your
  { id: 'our', label: '-our/-or', uk: new RegExp(`(?<=[a-z]{3})our${OUR_ENDINGS}`), toUs: 'or', us: new RegExp(`(?<=[a-z]{3})or${OUR_ENDINGS}`), toUk: 'our' },
  // centre/center, theatre/theater, fibre/fiber; acre, genre, ogre end otherwise
  { id: 're', label: '-re/-er', uk: /(?<=[a-z]{2}[bt])re(?=s?$)/, toUs: 'er', us: /(?<=[a-z]{2}[bt])er(?=s?$)/, toUk: 're' },
  // defence/defense, offence/offense, pretence/pretense
  { id: 'ence', label: '-ce/-se', uk: /(?<=[a-z]{2}[ftc])ence(?=s?$)/, toUs: 'ense', us: /(?<=[a-z]{2}[ftc])ense(?=s?$)/, toUk: 'ence' },
  { id: 'gramme', label: '-mme/-m', uk: /(?<=[a-z]{2})gramme(?=s?$)/, toUs: 'gram', us: /(?<=[a-z]{2})gram(?=s?$)/, toUk: 'gramme' },
  { id: 'ogue', label: '-ogue/-og', uk: /(?<=[a-z]{3})ogue(?=s?$)/, toUs: 'og', us: /(?<=[a-z]{3})og(?=s?$)/, toUk: 'ogue' },
  // travelled/traveled: Britain doubles the l after an unstressed vowel, so the word needs two
  // syllables before it; still "compelled"/"compeled" would meet, hence the lexicon
  { id: 'll', label: '-ll-/-l-', uk: new RegExp(`(?<=${VOWEL}${CONSONANT}+${VOWEL})ll${DOUBLED_L_ENDINGS}`), toUs: 'l', us: new RegExp(`(?<=${VOWEL}${CONSONANT}+${VOWEL})l${DOUBLED_L_ENDINGS}`), toUk: 'll', needsLexicon: true, confirm: doublesSingleL },
  // enrolment/enrollment, skilful/skillful: here Britain writes the single l
  { id: 'lment', label: '-lment/-llment', uk: /(?<=[aeiou])l(?=ments?$)/, toUs: 'll', us: /(?<=[aeiou])ll(?=ments?$)/, toUk: 'l', needsLexicon: true },
  // judgement/judgment, acknowledgement/acknowledgment: Britain keeps the e before -ment
  { id: 'dgement', label: '-dgement/-dgment', uk: /(?<=dg)e(?=ments?$)/, toUs: '', us: /(?<=dg)(?=ments?$)/, toUk: 'e', needsLexicon: true },
  { id: 'lful', label: '-lful/-llful', uk: /(?<=[aeiou])l(?=ful(?:ly|ness)?$)/, toUs: 'll', us: /(?<=[aeiou])ll(?=ful(?:ly|ness)?$)/, toUk: 'l', needsLexicon: true },
  // paediatric/pediatric, foetus/fetus: only with a lexicon ("Boeing" is not "being"), and not in
  // short words ("haems", "loess")
  { id: 'ae', label: 'ae/e', uk: new RegExp(`(?<=${CONSONANT})ae(?=${CONSONANT}[a-z]+)`), toUs: 'e', needsLexicon: true, minLength: 6 },
  { id: 'oe', label: 'oe/e', uk: new RegExp(`(?<=${CONSONANT})oe(?=${CONSONANT_NOT_RV}[a-z]+)`), toUs: 'e', needsLexicon: true, minLength: 6 },
];

export interface SpellingAnalysis {
  /** The word with every British pattern rewritten to the American one. */
  us: string;
  /** Ids of the patterns the word spells the British way. */
  british: string[];
}

/**
 * Which patterns a lower-case word spells the British way, and its American spelling. The
 * American side needs no mark: a word that shares its American spelling with a British one
 * and shows no British pattern is the American spelling.
 */
export function analyzeSpelling(word: string, lexicon?: Lexicon): SpellingAnalysis {
  let us = word;
  const british: string[] = [];
  for (const cls of SPELLING_CLASSES) {
    if ((cls.needsLexicon && !lexicon) || us.length < (cls.minLength ?? 0) || !cls.uk.test(us)) continue;
    const rewritten = us.replace(cls.uk, cls.toUs);
    if (cls.needsLexicon && !isConfirmed(cls, us, rewritten, lexicon!)) continue;
    british.push(cls.id);
    us = rewritten;
  }
  return { us, british };
}

function isConfirmed(cls: SpellingClass, british: string, american: string, lexicon: Lexicon): boolean {
  return lexicon.has(british) && lexicon.has(american) && (!cls.confirm || cls.confirm(british, lexicon));
}

/** The word with one pattern turned to the given side ("prioritised", ise, us → "prioritized"). */
export function respell(word: string, classId: string, to: Side): string {
  const cls = SPELLING_CLASSES.find((c) => c.id === classId);
  if (!cls) return word;
  if (to === 'us') return word.replace(cls.uk, cls.toUs);
  return cls.us && cls.toUk ? word.replace(cls.us, cls.toUk) : word;
}

/**
 * Whether an American word could be written the British way of a pattern: "traveled" (travelled)
 * can, "travel" cannot. Unknown (so yes) for the patterns without an American side (ae/e).
 */
export function takesBritishSide(word: string, classId: string): boolean {
  const cls = SPELLING_CLASSES.find((c) => c.id === classId);
  return !cls?.us || cls.us.test(word);
}

export function classLabel(classId: string): string {
  return SPELLING_CLASSES.find((c) => c.id === classId)?.label ?? classId;
}
