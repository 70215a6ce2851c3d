// Groups versions of the same story. Each document offers its few most distinctive terms as
// blocking keys; only documents sharing keys are compared (so cost grows with the corpus, not
// with its square), by the cosine of TF-IDF vectors, and linked when clearly the same story.
// A Corpus keeps a StoryIndex between checks; this groups once, from scratch.
import type { Story } from './story';
import type { StoryInput } from './storyInput';
import type { TermDictionary } from './termDictionary';
import { StoryIndex } from './storyIndex';

export type { StoryInput } from './storyInput';

export function groupStories(inputs: readonly StoryInput[], dictionary: TermDictionary): Story[] {
  return new StoryIndex(dictionary).group(inputs);
}
