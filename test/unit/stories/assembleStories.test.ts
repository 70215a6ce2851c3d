import assert from 'node:assert/strict';
import { assembleStories } from '../../../src/core/stories/assembleStories';
import type { StoryLink } from '../../../src/core/stories/story';
import { TermDictionary } from '../../../src/core/stories/termDictionary';

describe('assembleStories', () => {
  const terms = new TermDictionary().vectorOf(new Map());
  const inputs = ['a', 'b', 'c', 'd', 'e'].map((path) => ({ path, headline: `Headline ${path}`, terms }));
  const link = (a: number, b: number): { a: number; b: number; link: StoryLink } =>
    ({ a, b, link: { a: inputs[a].path, b: inputs[b].path, score: 0.5, shared: [] } });

  it('joins versions linked by any chain, stories in the order of their first version', () => {
    const stories = assembleStories(inputs, [link(0, 3), link(1, 4), link(3, 4)].sort((p, q) => p.a - q.a || p.b - q.b));
    assert.deepEqual(stories.map((s) => [s.id, s.headline, s.documents, s.links.map((l) => l.a + l.b)]), [
      ['story-1', 'Headline a', ['a', 'b', 'd', 'e'], ['ad', 'be', 'de']],
      ['story-2', 'Headline c', ['c'], []],
    ]);
  });
});
