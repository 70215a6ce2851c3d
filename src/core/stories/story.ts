// A story: the versions of one news event published by different outlets (or re-published).
export interface StoryLink {
  a: string;
  b: string;
  /** Cosine similarity of the two versions' weighted vocabularies, 0..1. */
  score: number;
  /**
   * The shorter version's share of what the two have in common, 0..1, when that is what links them
   * (a version cut to a third of the other scores low on similarity); absent otherwise.
   */
  contained?: number;
  /** Distinctive words and names both versions use, most telling first. */
  shared: string[];
}

export interface Story {
  id: string;
  headline: string;
  /** Paths of its versions, in corpus order. */
  documents: string[];
  /** Why the versions were grouped; empty for a single version. */
  links: StoryLink[];
}

/** "similarity 0.30", or for a cut version "similarity 0.15; 52% of the shorter version is in the other". */
export function linkStrength(link: StoryLink): string {
  const similarity = `similarity ${link.score.toFixed(2)}`;
  return link.contained === undefined ? similarity : `${similarity}; ${Math.round(link.contained * 100)}% of the shorter version is in the other`;
}
