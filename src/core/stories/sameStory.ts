// When the similarity of two versions says they are one story.
import type { SharedFigures } from './sharedFigures';
import type { LeadDistance } from './storyInput';

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
 * Below MUTUAL_BEST, two versions that are (nearly) each other's closest are still one story when
 * they give the same figures: at least this many, and this share of the figures of the version
 * giving fewer (sharedFigures.ts). Probe folders of independently written versions (a bank's
 * ransomware attack, a football match, an election) score 0.08 to 0.2 and share three to twenty
 * figures; stories on one subject share two at most, bar two reports of one day's statistics (an
 * FDI and a GDP release citing each other's figures), which score under 0.08. Reports that repeat
 * yesterday's figures as background (a market close, a league table) have a closer match of their
 * own, which is why each side must be near its closest: at 0.4 of it, Monday's and Tuesday's
 * market reports were joined.
 */
const SHARED_FIGURES = 3;
const FIGURE_SHARE = 0.3;
export const FIGURES_FROM = 0.08;

/**
 * `bestA`, `bestB`: each version's highest score with a version it could be linked with
 * (StoryIndex.closest). `leads`: how far apart their leads date them (storyInput.ts); two stories
 * about the same people a week apart (a minister's talks, then her visit) share names and phrasing
 * enough for the weaker test, so only the stronger one holds then, and none past two weeks.
 * `closestTells`: false in a corpus of two documents, where each is the other's closest whatever
 * they are about, so only the stronger test holds. `figures`: the figures both give, asked only of
 * a pair too weak for the other tests.
 */
export function sameStory(
  score: number, bestA: number, bestB: number, leads: LeadDistance = 'near', closestTells = true, figures?: () => SharedFigures,
): boolean {
  if (!linkable(score, leads)) return false;
  if (score >= SAME_STORY) return true;
  if (!closestTells || score < NEAR_BEST * bestA || score < NEAR_BEST * bestB) return false;
  return score >= MUTUAL_BEST || (score >= FIGURES_FROM && figures !== undefined && sameFigures(figures()));
}

function sameFigures({ shared, fewer }: SharedFigures): boolean {
  return shared >= SHARED_FIGURES && shared >= FIGURE_SHARE * fewer;
}

/** Whether a pair this similar could be linked at all: a weak one only when its leads are not a week apart, none when they are weeks apart. */
export function linkable(score: number, leads: LeadDistance): boolean {
  return leads === 'near' || (leads === 'week' && score >= SAME_STORY);
}
