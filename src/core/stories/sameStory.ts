// When the similarity of two versions says they are one story.

/** Cosine above which two versions are one story. */
export const SAME_STORY = 0.35;
/**
 * Below SAME_STORY and above this, two versions are one story only when each is (nearly) the
 * other's closest version: a paraphrase by another outlet scores low when the corpus is small,
 * while a different story on the same subject scores low too but has a closer match of its own.
 */
export const MUTUAL_BEST = 0.2;
/**
 * "Nearly": within this share of each side's best score. Three versions of one story all qualify,
 * a short wire brief too (0.30 with each of two longer versions that score 0.42 together); at 0.8
 * the brief stayed alone. Generated corpora of 1,000 to 10,000 documents group the same either way.
 */
const NEAR_BEST = 0.7;

/**
 * `bestA`, `bestB`: each version's highest score with a version it could be linked with
 * (StoryIndex.closest). `leadsApart`: their leads date them a week or more apart; two stories about
 * the same people (a minister's talks, then her visit) share names and phrasing enough for the
 * weaker test, so only the stronger one holds then.
 */
export function sameStory(score: number, bestA: number, bestB: number, leadsApart = false): boolean {
  return score >= SAME_STORY || (linkable(score, leadsApart) && score >= MUTUAL_BEST && score >= NEAR_BEST * bestA && score >= NEAR_BEST * bestB);
}

/** Whether a pair this similar could be linked at all: a weak one only when its leads are not a week apart. */
export function linkable(score: number, leadsApart: boolean): boolean {
  return score >= SAME_STORY || !leadsApart;
}
