// Decides whether two written person names name the same person. A false "same" makes the product
// warn about a spelling that is not a variant at all, so the rules lean towards "different": two
// people who share only a given name or only a family name (Sergey Lavrov / Sergey Shoigu) differ.
import { alignTokens, type Alignment, type TokenMatch } from './alignTokens';
import { alignmentQuality } from './alignmentQuality';
import { parseName, type NameToken, type ParsedName } from './parseName';

export interface NameComparison {
  same: boolean;
  /** 0..1; 0.5 and above exactly when `same`. Higher means closer spellings. */
  score: number;
}

// A word pair this close is a transliteration or a slip, not a different name.
const NEAR_EXACT_DISTANCE = 0.4;

const isNamePart = (token: NameToken): boolean => token.kind !== 'particle';

function nameParts(name: ParsedName, indices?: readonly number[]): number {
  const tokens = indices ? indices.map((index) => name.tokens[index]) : name.tokens;
  return tokens.filter(isNamePart).length;
}

const namesParent = (name: ParsedName, indices: readonly number[]): boolean =>
  indices.some((index) => name.tokens[index].namesParent);

/** "X bin Y" in one name and "Y bin X" in the other: father and son swapped. */
function swapsParentage(a: ParsedName, b: ParsedName, matches: readonly TokenMatch[]): boolean {
  const parentOnlyInA = matches.some((match) => namesParent(a, match.a) && !namesParent(b, match.b));
  const parentOnlyInB = matches.some((match) => namesParent(b, match.b) && !namesParent(a, match.a));
  return parentOnlyInA && parentOnlyInB;
}

/**
 * Most word pairs must be (nearly) exact: two names that differ a little everywhere are two names.
 * A name part missing on one side is accepted only when every pair is nearly exact: a slip and an
 * omission together (Jean-Marie Le Pen / Marine Le Pen) are too much.
 */
function wordsAgree(matches: readonly TokenMatch[], omitsParts: boolean): boolean {
  const words = matches.filter((match) => match.kind === 'word');
  if (words.length === 0) return false;
  const nearExact = words.filter((match) => match.distance <= NEAR_EXACT_DISTANCE).length;
  if (omitsParts) return nearExact === words.length;
  return words.length === 1 || nearExact >= words.length - nearExact;
}

/** Both names keep something the other lacks at the same place: they disagree on it (Lavrov vs Shoigu). */
function keepDifferentParts(a: ParsedName, b: ParsedName, alignment: Alignment): boolean {
  const partsLeftA = nameParts(a, alignment.unmatchedA);
  const partsLeftB = nameParts(b, alignment.unmatchedB);
  // An unmatched particle facing an unmatched word is a name part too: Vietnamese Van, Le and Do
  // are middle and family names (Bui Van Son / Bui Thanh Son, Le Duc Anh / Tran Duc Anh).
  const anyLeftA = alignment.unmatchedA.length > 0;
  const anyLeftB = alignment.unmatchedB.length > 0;
  return (partsLeftA > 0 && anyLeftB) || (anyLeftA && partsLeftB > 0);
}

const hasInitial = (name: ParsedName): boolean => name.tokens.some((token) => token.kind === 'initial');
const leavesInitial = (name: ParsedName, unmatched: readonly number[]): boolean =>
  unmatched.some((index) => name.tokens[index].kind === 'initial');

/** One name spells its middle names as initials and the other has one more (George W. / George H. W. Bush). */
function addsInitial(a: ParsedName, b: ParsedName, alignment: Alignment): boolean {
  return (leavesInitial(a, alignment.unmatchedA) && hasInitial(b))
    || (leavesInitial(b, alignment.unmatchedB) && hasInitial(a));
}

function sameByAlignment(a: ParsedName, b: ParsedName, alignment: Alignment): boolean {
  const partsA = nameParts(a);
  const partsB = nameParts(b);
  if (partsA === 0 || partsB === 0 || a.generation !== b.generation) return false;
  if (keepDifferentParts(a, b, alignment) || addsInitial(a, b, alignment)) return false;
  const partsLeft = nameParts(a, alignment.unmatchedA) + nameParts(b, alignment.unmatchedB);
  // A lone word is too little to tie to a fuller name (Erdogan vs Recep Tayyip Erdogan).
  if (Math.min(partsA, partsB) === 1 && partsLeft > 0) return false;
  return wordsAgree(alignment.matches, partsLeft > 0) && !swapsParentage(a, b, alignment.matches);
}

/** Compares two names already parsed with parseName (for callers that compare one name many times). */
export function compareParsedNames(a: ParsedName, b: ParsedName): NameComparison {
  const alignment = alignTokens(a, b);
  const quality = alignmentQuality(a, b, alignment);
  const same = sameByAlignment(a, b, alignment);
  return { same, score: same ? 0.5 + 0.5 * quality : 0.5 * Math.min(quality, 0.99) };
}

// A corpus mentions the same names over and over: each is parsed once.
const PARSE_CACHE_LIMIT = 10_000;
const parsedNames = new Map<string, ParsedName>();

function parsedOnce(name: string): ParsedName {
  let parsed = parsedNames.get(name);
  if (!parsed) {
    if (parsedNames.size >= PARSE_CACHE_LIMIT) parsedNames.clear();
    parsed = parseName(name);
    parsedNames.set(name, parsed);
  }
  return parsed;
}

/** Whether two written person names refer to the same person, with a 0..1 similarity score. */
export function compareNames(a: string, b: string): NameComparison {
  return compareParsedNames(parsedOnce(a), parsedOnce(b));
}
