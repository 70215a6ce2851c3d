// Pairs the tokens of two parsed names: word with word (allowing typos and transliteration),
// initial with word or initial, particle with particle, and two or three adjacent tokens with one
// word written joined (MOHAMMAD HASNI / MOHAMMADHASNI, 'Abd al- / Abdul). Order is free, so
// "Putin, Vladimir" and "bin Salman Mohammed" align; the caller judges what order changes mean.
import type { NameToken, ParsedName } from './parseName';
import type { SpelledWord } from './nameKey';
import { wordDistance } from './wordDistance';

export type TokenMatchKind = 'word' | 'initial' | 'particle';

export interface TokenMatch {
  kind: TokenMatchKind;
  /** Indices of the matched tokens in each name: one, or several written joined on the other side. */
  a: readonly number[];
  b: readonly number[];
  /** Typos between the two sides (see wordDistance), 0 for initials and particles. */
  distance: number;
  /** The typos the shorter side may carry, 0 for initials and particles. */
  allowance: number;
}

export interface Alignment {
  matches: readonly TokenMatch[];
  unmatchedA: readonly number[];
  unmatchedB: readonly number[];
}

const JOIN_PENALTY = 0.05;
const INITIAL_RANK = 10;

function wordMatch(x: SpelledWord, y: SpelledWord, a: number[], b: number[]): TokenMatch | undefined {
  const distance = wordDistance(x, y);
  return distance && { kind: 'word', a, b, ...distance };
}

function pairMatch(x: NameToken, y: NameToken, i: number, j: number): TokenMatch | undefined {
  if (x.kind === 'word' && y.kind === 'word') return wordMatch(x, y, [i], [j]);
  if (x.kind === 'particle' || y.kind === 'particle') {
    return x.kind === y.kind && x.spelling === y.spelling
      ? { kind: 'particle', a: [i], b: [j], distance: 0, allowance: 0 } : undefined;
  }
  return x.text[0] === y.text[0] ? { kind: 'initial', a: [i], b: [j], distance: 0, allowance: 0 } : undefined;
}

/** Matches of a run of `split` tokens against one word of `whole`, as (split side, whole side). */
function joinMatches(split: ParsedName, whole: readonly NameToken[]): TokenMatch[] {
  const matches: TokenMatch[] = [];
  for (const joined of split.joins) {
    const longestPart = Math.max(...joined.run.map((index) => split.tokens[index].spelling.length));
    whole.forEach((token, index) => {
      if (token.kind !== 'word' || token.spelling.length <= longestPart) return;
      const match = wordMatch(joined, token, [...joined.run], [index]);
      if (match) matches.push(match);
    });
  }
  return matches;
}

const swapSides = (match: TokenMatch): TokenMatch => ({ ...match, a: match.b, b: match.a });

function candidateMatches(a: ParsedName, b: ParsedName): TokenMatch[] {
  const candidates: TokenMatch[] = [];
  a.tokens.forEach((x, i) => b.tokens.forEach((y, j) => {
    const match = pairMatch(x, y, i, j);
    if (match) candidates.push(match);
  }));
  candidates.push(...joinMatches(a, b.tokens), ...joinMatches(b, a.tokens).map(swapSides));
  return candidates;
}

/** Sort key: closest spelling first, whole tokens before joins, initials last, then nearest position. */
function rankOf(match: TokenMatch, lengthA: number, lengthB: number): number {
  const closeness = match.kind === 'initial' ? INITIAL_RANK : match.distance;
  const joinPenalty = match.a.length + match.b.length > 2 ? JOIN_PENALTY : 0;
  const positionGap = Math.abs(match.a[0] / lengthA - match.b[0] / lengthB);
  return closeness + joinPenalty + positionGap * 0.01;
}

const unmatchedIndices = (length: number, used: ReadonlySet<number>): number[] =>
  Array.from({ length }, (_, index) => index).filter((index) => !used.has(index));

/** Greedy alignment of two parsed names; names have few tokens, so greedy by closeness is enough. */
export function alignTokens(nameA: ParsedName, nameB: ParsedName): Alignment {
  const [a, b] = [nameA.tokens, nameB.tokens];
  const ranked = candidateMatches(nameA, nameB)
    .map((match) => ({ match, rank: rankOf(match, a.length, b.length) }))
    .sort((x, y) => x.rank - y.rank);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const matches: TokenMatch[] = [];
  for (const { match } of ranked) {
    if (match.a.some((i) => usedA.has(i)) || match.b.some((j) => usedB.has(j))) continue;
    match.a.forEach((i) => usedA.add(i));
    match.b.forEach((j) => usedB.add(j));
    matches.push(match);
  }
  return { matches, unmatchedA: unmatchedIndices(a.length, usedA), unmatchedB: unmatchedIndices(b.length, usedB) };
}
