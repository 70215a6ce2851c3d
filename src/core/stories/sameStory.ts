// When the similarity of two versions says they are one story.

/** Cosine above which two versions are one story. */
export const SAME_STORY = 0.35;
/**
 * Below SAME_STORY and above this, two versions are one story only when each is (nearly) the
 * other's closest version: a paraphrase by another outlet scores low when the corpus is small,
 * while a different story on the same subject scores low too but has a closer match of its own.
 */
export const MUTUAL_BEST = 0.2;
/** "Nearly": within this share of each side's best score (three versions of one story all qualify). */
const NEAR_BEST = 0.8;

/**
 * A version cut to a third of another scores low on cosine however faithful the cut: below
 * MUTUAL_BEST, the pair is one story when this much of the shorter one's weight is shared (its
 * containment) and each is (nearly) the other's most contained match, as for MUTUAL_BEST. Cut
 * versions share half of the shorter one; two stories on one subject a fifth.
 */
export const CONTAINED = 0.35;
/** A containment this far below the cosine floor is a few shared names in a short text, not a cut version. */
const CONTAINED_MIN_SCORE = 0.1;

/** How two versions compare: cosine `score`, and `contained`, the shorter one's share of their dot product. */
export interface PairMeasure {
  score: number;
  contained: number;
}

/**
 * `pair` measures two versions; `bestA`, `bestB` the highest of each with any version. `leadsApart`:
 * their leads date them a week or more apart; two stories about the same people (a minister's
 * talks, then her visit) share names and phrasing enough for the weaker tests, so only the
 * stronger one holds then.
 */
export function sameStory(pair: PairMeasure, bestA: PairMeasure, bestB: PairMeasure, leadsApart = false): boolean {
  return storyLinkBy(pair, bestA, bestB, leadsApart) !== undefined;
}

/** What makes the pair one story: similarity, or the shorter version being contained in the other; undefined when neither does. */
export function storyLinkBy(pair: PairMeasure, bestA: PairMeasure, bestB: PairMeasure, leadsApart = false): 'similarity' | 'containment' | undefined {
  if (pair.score >= SAME_STORY) return 'similarity';
  if (leadsApart) return undefined;
  const closest = (measure: keyof PairMeasure, floor: number) => pair[measure] >= floor && pair[measure] >= NEAR_BEST * bestA[measure] && pair[measure] >= NEAR_BEST * bestB[measure];
  if (closest('score', MUTUAL_BEST)) return 'similarity';
  return pair.score >= CONTAINED_MIN_SCORE && closest('contained', CONTAINED) ? 'containment' : undefined;
}

