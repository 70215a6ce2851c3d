// The words of a document as spelling sees them. A token's possessive is cut ("Nam's" → "Nam");
// a hyphenated token is one compound word when what follows each hyphen is lower case
// ("cyber-security", "Multi-faceted") and separate names otherwise ("Nam-Russia" → "Nam",
// "Russia"). Numbers, abbreviations, acronyms and glued words ("defencecooperation" aside,
// "andRussian") are left out: other rules deal with them. How a token splits depends on its text
// alone, so callers work it out once per distinct token text (`pieceShapesOf`).
import { STOP_WORDS } from '../text/stopWords';
import type { Token } from '../text/tokens';
import { startsWithCapital } from '../text/capitals';

/** Where a piece starts in its token, and its length. */
export interface PiecePlace {
  offset: number;
  length: number;
}

/** A piece of a token, wherever that token is written. */
export interface PieceShape extends PiecePlace {
  /** The pieces between hyphens, as written. */
  parts: string[];
  /** The same lower-cased. */
  lowerParts: string[];
  /** The lower-cased parts joined by spaces ("cyber security"): what the piece's spelling depends on. */
  lowerKey: string;
  /** Whether the token it comes from starts with a capital (it may be part of a name). */
  inCapitalisedToken: boolean;
  /** For a piece of one part: what it brings to a spaced pair ("Viet Nam", "cyber security"). */
  pairPart?: PairPart;
}

export interface PairPart {
  /** A number of its own, for caches of pairs (spacedCompounds.ts). */
  id: number;
  lower: string;
  /** A function word, particle, determiner or numeral: never half of a compound. */
  excluded: boolean;
  /** "Nam": a capital, then lower case. */
  nameWord: boolean;
  /** "security": lower case only. */
  lowerWord: boolean;
}

export interface WordPiece<S extends PiecePlace = PieceShape> {
  /** Index into the article's blocks; from/to are offsets in that block's text. */
  block: number;
  from: number;
  to: number;
  shape: S;
  /** Index of the token the piece comes from. */
  token: number;
}

export const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const POSSESSIVE = /['’]s?$/u;
const HYPHEN = /[-‐‑]/u;
const LETTERS = /^\p{L}+$/u;
// A capital after the first letter: glued words ("andRussian"), acronyms, identifiers ("MIMEType").
const INNER_CAPITAL = /.\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
/**
 * Function words that close into a word written both ways, each with the one word it closes with:
 * "per cent" and "percent" (spacedCompounds.ts holds them to it: "one shop per ward" is no "shopper").
 */
export const FUNCTION_WORD_COMPOUNDS: ReadonlyMap<string, string> = new Map([['per', 'cent']]);
const NOT_PAIR_PARTS: ReadonlySet<string> = new Set([
  ...[...STOP_WORDS].filter((w) => !FUNCTION_WORD_COMPOUNDS.has(w)), 'back', 'away', 'around', 'along', 'every', 'may', 'can', 'no', 'another', 'even',
  'one', 'two', 'first', 'last', 'next',
]);

/**
 * Calls `visit` with each piece of a document's words (its tokens) in order, each token's shapes
 * given by `shapesOf`, and the piece before it in the same call (undefined for the first). The
 * two piece objects are reused from call to call, not made per piece (a corpus has millions):
 * read them, do not keep them.
 */
export function forEachWordPiece<S extends PiecePlace>(
  tokens: readonly Token[], shapesOf: (text: string) => readonly S[], visit: (piece: WordPiece<S>, previous: WordPiece<S> | undefined) => void,
): void {
  let current: WordPiece<S> = { block: 0, from: 0, to: 0, shape: undefined as unknown as S, token: 0 };
  let previous: WordPiece<S> | undefined;
  let spare: WordPiece<S> = { ...current };
  for (let index = 0; index < tokens.length; index++) {
    const { text, block, blockStart } = tokens[index];
    for (const shape of shapesOf(text)) {
      current.block = block;
      current.from = blockStart + shape.offset;
      current.to = current.from + shape.length;
      current.shape = shape;
      current.token = index;
      visit(current, previous);
      previous = current;
      current = spare;
      spare = previous;
    }
  }
}

export function pieceShapesOf(text: string): PieceShape[] {
  const segments = text.replace(POSSESSIVE, '').split(HYPHEN);
  if (!segments.every(isPlainWord)) return [];
  const compound = segments.slice(1).every((s) => LOWER_START.test(s));
  const inCapitalisedToken = startsWithCapital(text);
  const out: PieceShape[] = [];
  let offset = 0;
  for (const parts of compound ? [segments] : segments.map((s) => [s])) {
    const length = parts.join('-').length;
    const lowerParts = parts.map((p) => p.toLowerCase());
    const pairPart = parts.length === 1 ? pairPartOf(parts[0], lowerParts[0]) : undefined;
    out.push({ offset, length, parts, lowerParts, lowerKey: lowerParts.join(' '), inCapitalisedToken, pairPart });
    offset += length + 1;
  }
  return out;
}

let pairParts = 0;

function pairPartOf(part: string, lower: string): PairPart {
  return { id: ++pairParts, lower, excluded: NOT_PAIR_PARTS.has(lower), nameWord: NAME_WORD.test(part), lowerWord: LOWER_WORD.test(part) };
}

function isPlainWord(segment: string): boolean {
  return LETTERS.test(segment) && !INNER_CAPITAL.test(segment);
}
