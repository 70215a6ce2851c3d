// Turns a written person name into the tokens the matcher aligns: words, initials and particles,
// in reading order, with titles and suffixes removed and "Surname, Given" put back in reading order.
import { foldName, spelledWord, type SpelledWord } from './nameKey';
import { GENERATIONS, NON_NAME_WORDS, PARENT_PARTICLE, PARTICLES, PARTICLES_USED_AS_GIVEN_NAMES } from './nameWords';

export type NameTokenKind = 'word' | 'initial' | 'particle';

/** A token of a name; for particles, spelling and phonetic are their one agreed spelling (bin for ben/ibn). */
export interface NameToken extends SpelledWord {
  kind: NameTokenKind;
  /** The token follows "bin"/"ben"/"ibn": it names the person's father. */
  namesParent: boolean;
}

/** Adjacent tokens that may be one word written apart (Patr ushev, MOHAMMAD HASNI, Abd al-). */
export interface JoinedTokens extends SpelledWord {
  /** Indices of the tokens, in order. */
  run: readonly number[];
}

export interface ParsedName {
  tokens: readonly NameToken[];
  joins: readonly JoinedTokens[];
  /** Generational suffix in one spelling (jr, sr, ii, iii, iv), '' when there is none. */
  generation: string;
}

const LOWER_CASE = /\p{Ll}/u;
const UPPER_CASE = /\p{Lu}/u;
const TWO_CAPITALS = /^\p{Lu}{2}$/u;
const WHITESPACE = /\s+/u;
const PIECE_SEPARATORS = /[-.]+/;
const ONLY_DIGITS = /^[0-9]+$/;

/** "Surname, Given" becomes "Given Surname"; other commas are spaces. */
function inReadingOrder(name: string): string {
  const parts = name.split(',').map((part) => part.trim());
  if (parts.length === 2 && parts[0] && parts[1]) return `${parts[1]} ${parts[0]}`;
  return parts.join(' ');
}

function isListedWord(folded: string): boolean {
  return NON_NAME_WORDS.has(folded) || PARTICLES.has(folded) || GENERATIONS.has(folded);
}

/** The folded pieces of one space-separated word: "J.-C." gives j, c; a capitalised "JC" in a mixed-case name too. */
function piecesOf(word: string, mixedCase: boolean): string[] {
  const folded = foldName(word);
  if (mixedCase && TWO_CAPITALS.test(word) && !isListedWord(folded)) return [...folded];
  return folded.split(PIECE_SEPARATORS).filter((piece) => piece !== '' && !ONLY_DIGITS.test(piece));
}

function tokenOf(piece: string, dropNonNameWords: boolean): NameToken | undefined {
  if (dropNonNameWords && NON_NAME_WORDS.has(piece)) return undefined;
  const particle = PARTICLES.get(piece);
  if (particle !== undefined) {
    const agreed = spelledWord(particle);
    return { ...agreed, text: piece, kind: 'particle', namesParent: false };
  }
  const word = spelledWord(piece);
  if (word.spelling === '') return undefined;
  return { ...word, kind: piece.length === 1 ? 'initial' : 'word', namesParent: false };
}

function tokensOf(pieces: readonly string[], dropNonNameWords: boolean): NameToken[] {
  const tokens: NameToken[] = [];
  for (const piece of pieces) {
    const token = tokenOf(piece, dropNonNameWords);
    if (token) tokens.push(token);
  }
  return tokens;
}

/** A particle that opens a one- or two-token name is a given name there (Al Gore, Ben Netanyahu). */
function asGivenName(token: NameToken): NameToken {
  return { ...token, ...spelledWord(token.text), kind: 'word' };
}

/** Marks the first name part after "bin" (skipping particles: bin al-Din) as naming the parent. */
function markParents(tokens: readonly NameToken[]): NameToken[] {
  let afterParentParticle = false;
  return tokens.map((token) => {
    if (token.kind === 'particle') {
      afterParentParticle ||= token.spelling === PARENT_PARTICLE;
      return token;
    }
    const namesParent = afterParentParticle;
    afterParentParticle = false;
    return namesParent ? { ...token, namesParent } : token;
  });
}

function withRoles(tokens: NameToken[]): NameToken[] {
  const first = tokens[0];
  if (first && tokens.length <= 2 && first.kind === 'particle' && PARTICLES_USED_AS_GIVEN_NAMES.has(first.text)) {
    tokens[0] = asGivenName(first);
  }
  return markParents(tokens);
}

const MAX_JOINED_TOKENS = 3;

/** Runs of 2..3 adjacent tokens, without initials and not only particles, spelled as one word. */
function joinsOf(tokens: readonly NameToken[]): JoinedTokens[] {
  const joins: JoinedTokens[] = [];
  for (let start = 0; start < tokens.length; start++) {
    for (let end = start + 2; end <= Math.min(tokens.length, start + MAX_JOINED_TOKENS); end++) {
      const parts = tokens.slice(start, end);
      if (parts.some((t) => t.kind === 'initial') || parts.every((t) => t.kind === 'particle')) break;
      const run = Array.from({ length: end - start }, (_, k) => start + k);
      joins.push({ ...spelledWord(parts.map((t) => t.text).join('')), run });
    }
  }
  return joins;
}

const hasNameParts = (tokens: readonly NameToken[]): boolean => tokens.some((token) => token.kind !== 'particle');

/** Tokens of a written person name. A name that is nothing but a title ("Dr") keeps its words. */
export function parseName(name: string): ParsedName {
  const ordered = inReadingOrder(name);
  const mixedCase = LOWER_CASE.test(ordered) && UPPER_CASE.test(ordered);
  const allPieces = ordered.split(WHITESPACE).flatMap((word) => piecesOf(word, mixedCase));
  const generation = allPieces.map((piece) => GENERATIONS.get(piece)).find((suffix) => suffix !== undefined) ?? '';
  const pieces = allPieces.filter((piece) => !GENERATIONS.has(piece));
  const named = tokensOf(pieces, true);
  const tokens = withRoles(hasNameParts(named) ? named : tokensOf(pieces, false));
  return { tokens, joins: joinsOf(tokens), generation };
}
