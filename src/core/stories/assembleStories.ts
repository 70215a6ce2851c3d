// Stories from links: versions joined by any chain of links are one story.
import type { Story, StoryLink } from './story';
import type { StoryInput } from './storyInput';

/** A link between the versions numbered `a` < `b`. */
export interface NumberedLink {
  a: number;
  b: number;
  link: StoryLink;
}

/** `links` sorted by (a, b); stories come in the order of their first version, versions in input order. */
export function assembleStories(inputs: readonly StoryInput[], links: readonly NumberedLink[]): Story[] {
  const parent = Int32Array.from(inputs, (_, i) => i);
  const rootOf = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (const { a, b } of links) parent[rootOf(a)] = rootOf(b);
  const storyAt = new Map<number, Story>();
  const stories: Story[] = [];
  inputs.forEach((input, i) => {
    const root = rootOf(i);
    const story = storyAt.get(root);
    if (story) {
      story.documents.push(input.path);
      return;
    }
    // made with its first version rather than pushed to: most stories have one, and an array pushed to keeps room for more
    const made: Story = { id: `story-${stories.length + 1}`, headline: input.headline, documents: [input.path], links: [] };
    storyAt.set(root, made);
    stories.push(made);
  });
  for (const { a, link } of links) storyAt.get(rootOf(a))!.links.push(link);
  return stories;
}
