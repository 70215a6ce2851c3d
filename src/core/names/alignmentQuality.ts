// A graded 0..1 measure of how well two aligned names agree, for ranking candidates; whether they
// are the same person is decided separately (see compareNames).
import type { Alignment, TokenMatch } from './alignTokens';
import type { NameToken, ParsedName } from './parseName';

const TOKEN_WEIGHT: Readonly<Record<NameToken['kind'], number>> = { word: 1, initial: 0.5, particle: 0.2 };
const INITIAL_AGREEMENT = 0.8;
// A token present on one side only (a middle name, a patronymic) counts half against agreement.
const ONE_SIDED_WEIGHT = 0.5;
const PENALTY_PER_ORDER_CHANGE = 0.05;

const weightOf = (tokens: readonly NameToken[], indices: readonly number[]): number =>
  indices.reduce((sum, index) => sum + TOKEN_WEIGHT[tokens[index].kind], 0);

function agreement(match: TokenMatch): number {
  if (match.kind === 'word') return 1 - (0.5 * match.distance) / Math.max(match.allowance, 0.4);
  return match.kind === 'initial' ? INITIAL_AGREEMENT : 1;
}

/** Pairs of matches whose order differs between the two names. */
export function orderChanges(matches: readonly TokenMatch[]): number {
  let changes = 0;
  for (let x = 0; x < matches.length; x++) {
    for (let y = x + 1; y < matches.length; y++) {
      const inA = matches[x].a[0] - matches[y].a[0];
      const inB = matches[x].b[0] - matches[y].b[0];
      if (inA * inB < 0) changes++;
    }
  }
  return changes;
}

/** 0..1: weighted share of both names' tokens that the alignment pairs, discounted by typos and reordering. */
export function alignmentQuality(a: ParsedName, b: ParsedName, alignment: Alignment): number {
  let agreed = 0;
  let possible = 0;
  for (const match of alignment.matches) {
    const weight = weightOf(a.tokens, match.a) + weightOf(b.tokens, match.b);
    agreed += agreement(match) * weight;
    possible += weight;
  }
  possible += ONE_SIDED_WEIGHT * (weightOf(a.tokens, alignment.unmatchedA) + weightOf(b.tokens, alignment.unmatchedB));
  if (possible === 0) return 0;
  const quality = agreed / possible - PENALTY_PER_ORDER_CHANGE * orderChanges(alignment.matches);
  return Math.max(0, Math.min(1, quality));
}
