// A story: the versions of one news event published by different outlets (or re-published).
export interface StoryLink {
  a: string;
  b: string;
  /** Cosine similarity of the two versions' weighted vocabularies, 0..1. */
  score: number;
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
