// A StoryIndex kept up to date edit by edit must give exactly what grouping the final corpus from
// scratch gives: the same stories, links, scores and shared words, in the same order.
import assert from 'node:assert/strict';
import { Corpus } from '../../../src/core/engine/corpus';
import { groupStories } from '../../../src/core/stories/groupStories';
import { SAME_STORY } from '../../../src/core/stories/sameStory';
import type { Story } from '../../../src/core/stories/story';
import { leadDistance, type StoryInput } from '../../../src/core/stories/storyInput';
import { StoryIndex, type Grouping } from '../../../src/core/stories/storyIndex';
import { TermDictionary } from '../../../src/core/stories/termDictionary';
import { termCounts } from '../../../src/core/stories/termVector';
import { seedDocuments } from '../seedCorpus';
import { random } from '../random';
import { generatedArticles } from './storyArticles';
import { randomEdit, type Documents } from './storyEdits';

/** Story inputs straight from the text (no extraction): the index is tested on its own. */
function inputsOf(documents: Documents, dictionary: TermDictionary): StoryInput[] {
  return [...documents.keys()].sort().map((path) => {
    const text = documents.get(path)!;
    return {
      path,
      headline: /^# (.*)$/m.exec(text)?.[1] ?? path,
      terms: dictionary.vectorOf(termCounts([text])),
      published: /^date: (\S+)$/m.exec(text)?.[1],
      leadDay: leadDayIn(text),
    };
  });
}

/** The day of the year a "lead: N" line gives (storyEdits.ts), as leadDay.ts reads one from the lead. */
function leadDayIn(text: string): number | undefined {
  const day = /^lead: (\d+)$/m.exec(text)?.[1];
  return day === undefined ? undefined : Number(day);
}

/** The same documents met in another order, so every term has another id. */
function shuffled(documents: Documents, next: () => number): Documents {
  const entries = [...documents];
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [entries[i], entries[j]] = [entries[j], entries[i]];
  }
  return new Map(entries);
}

function startingDocuments(seed: number, stories = 24): Documents {
  return new Map([...generatedArticles(stories, seed), ...seedDocuments()].map((d) => [d.path, d.text]));
}

describe('StoryIndex', function () {
  this.timeout(60_000);

  // compareAllBelow 0: candidates by blocking keys, as in a corpus of hundreds; else every pair
  for (const [seed, stories, compareAllBelow] of [[1, 24, 0], [2, 24, 0], [3, 8, 0], [4, 8, 0], [5, 24, undefined], [6, 8, undefined]]) {
    it(`equals a fresh grouping after every edit of a random sequence (seed ${seed}, ${stories} stories, ${compareAllBelow === 0 ? 'blocked' : 'every pair'})`, () => {
      const next = random(seed!);
      const documents = startingDocuments(seed!, stories), removed: Documents = new Map();
      const dictionary = new TermDictionary();
      const index = new StoryIndex(dictionary, 1, compareAllBelow); // never falls back to grouping afresh
      index.group(inputsOf(documents, dictionary));
      const ways = new Map<Grouping, number>();
      for (let step = 0; step < 80; step++) {
        const edits = Array.from({ length: next() < 0.3 ? 3 : 1 }, () => randomEdit(documents, removed, next));
        const inputs = inputsOf(documents, dictionary);
        const stories = index.group(inputs);
        ways.set(index.lastGrouping, (ways.get(index.lastGrouping) ?? 0) + 1);
        const fresh = new StoryIndex(dictionary, undefined, compareAllBelow);
        assert.deepEqual(stories, fresh.group(inputs), `step ${step}: ${edits.join(', ')}`);
        assert.deepEqual(index.candidatePairs(), fresh.candidatePairs(), `step ${step}: ${edits.join(', ')}`);
      }
      assert.ok((ways.get('updated') ?? 0) >= 40, `mostly updated in place: ${[...ways]}`);
    });
  }

  it('groups afresh when much of the corpus changed at once, to the same stories', () => {
    const dictionary = new TermDictionary();
    const documents = startingDocuments(8);
    const index = new StoryIndex(dictionary);
    index.group(inputsOf(documents, dictionary));
    const paths = [...documents.keys()];
    paths.forEach((path, i) => { if (i % 3 === 0) documents.set(path, `${documents.get(path)}\n\n${documents.get(paths[i + 1] ?? paths[0])}`); });
    const stories = index.group(inputsOf(documents, dictionary));
    assert.equal(index.lastGrouping, 'regrouped');
    assert.deepEqual(stories, groupStories(inputsOf(documents, dictionary), dictionary));
  });

  it('groups the same documents alike whatever order the corpus met their terms in', () => {
    const documents = startingDocuments(4);
    const first = new TermDictionary(), second = new TermDictionary();
    const reordered = shuffled(documents, random(4));
    second.vectorOf(termCounts([...reordered.values()]));
    assert.deepEqual(groupStories(inputsOf(documents, first), first), groupStories(inputsOf(documents, second), second));
  });

  it('keeps the stories when an edit changes no term, and only retitles them when a headline alone changes', () => {
    const dictionary = new TermDictionary();
    const documents = startingDocuments(5);
    const index = new StoryIndex(dictionary);
    const before = index.group(inputsOf(documents, dictionary));
    assert.equal(index.group(inputsOf(documents, dictionary)), before);
    assert.equal(index.lastGrouping, 'unchanged');
    const inputs = inputsOf(documents, dictionary);
    inputs[0] = { ...inputs[0], headline: 'A new headline' };
    const after = index.group(inputs);
    assert.equal(index.lastGrouping, 'retitled');
    assert.deepEqual(after.map((s) => s.headline), before.map((s, i) => (i ? s.headline : 'A new headline')));
  });

  it('splits weak links whose leads date their stories weeks apart, updating in place as a fresh grouping does', () => {
    const dictionary = new TermDictionary();
    const documents = startingDocuments(5);
    const index = new StoryIndex(dictionary, 1);
    const undated = inputsOf(documents, dictionary);
    const before = index.group(undated);
    // only the days the leads give change: no term, so no pair is scored again
    const dated = undated.map((input, i) => ({ ...input, leadDay: (i * 45) % 365 }));
    const after = index.group(dated);
    assert.equal(index.lastGrouping, 'updated');
    assert.deepEqual(after, new StoryIndex(dictionary).group(dated));
    assert.ok(after.length > before.length, `${before.length} stories, then ${after.length}`);
    const input = new Map(dated.map((d) => [d.path, d]));
    const apart = after.flatMap((story) => story.links).filter((link) => leadDistance(input.get(link.a)!, input.get(link.b)!) !== 'near');
    assert.ok(apart.every((link) => link.score >= SAME_STORY), `weak links a week apart: ${apart.length}`);
    assert.deepEqual(index.group(undated), before);
  });

  it('moves a version to another story when it is rewritten as that story', () => {
    const dictionary = new TermDictionary();
    const documents = new Map(generatedArticles(12, 6).map((d) => [d.path, d.text]));
    const index = new StoryIndex(dictionary, 1);
    const storyOf = (stories: Story[], path: string) => stories.find((s) => s.documents.includes(path))!.documents;
    assert.deepEqual(storyOf(index.group(inputsOf(documents, dictionary)), 'story00-v2.md'), ['story00-v0.md', 'story00-v2.md', 'story00-v3.md']);
    documents.set('story00-v2.md', documents.get('story02-v1.md')!);
    const stories = index.group(inputsOf(documents, dictionary));
    assert.equal(index.lastGrouping, 'updated');
    assert.deepEqual(storyOf(stories, 'story00-v2.md'), ['story00-v2.md', 'story02-v0.md', 'story02-v1.md', 'story02-v2.md', 'story02-v3.md']);
    assert.deepEqual(storyOf(stories, 'story00-v0.md'), ['story00-v0.md', 'story00-v3.md']);
  });
});

/** `count` distinct made-up words starting with `prefix`. */
function words(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String.fromCharCode(97 + i).repeat(2)}`);
}

describe('StoryIndex after a version moves away', () => {
  it('links a version to its next closest once its closest is published weeks later', () => {
    const dictionary = new TermDictionary();
    const input = (path: string, text: string[], published: string) =>
      ({ path, headline: path, terms: dictionary.vectorOf(termCounts([text.join(' ')])), published });
    // ten documents with no word in common (letters only: digits split a word in two)
    const others = Array.from({ length: 10 }, (_, i) => input(`other${i}`, words(`oth${String.fromCharCode(97 + i)}r`, 10), '2024-01-01'));
    const corpus = (closestPublished: string) => [
      input('closest', [...words('core', 8), ...words('closest', 2)], closestPublished),
      ...others,
      input('version', [...words('core', 8), ...words('version', 4)], '2024-01-01'),
      input('weaker', [...words('core', 6), ...words('weaker', 8)], '2024-01-02'),
    ];
    const index = new StoryIndex(dictionary, 1);
    const grouped = (stories: Story[]) => stories.filter((s) => s.documents.length > 1).map((s) => s.documents);
    assert.deepEqual(grouped(index.group(corpus('2024-01-03'))), [['closest', 'version']]);
    const stories = index.group(corpus('2024-03-01'));
    assert.equal(index.lastGrouping, 'updated');
    assert.deepEqual(grouped(stories), [['version', 'weaker']]);
    assert.equal(stories.find((s) => s.documents.includes('weaker'))!.links[0].score.toFixed(3), '0.242');
  });
});

describe('Corpus stories', function () {
  this.timeout(60_000);

  it('equal a fresh corpus\'s after every edit, deletion and addition, scores included', () => {
    const next = random(7);
    const documents = startingDocuments(7), removed: Documents = new Map();
    const corpus = new Corpus([]);
    for (const [path, text] of documents) corpus.set({ path, text });
    corpus.check();
    for (let step = 0; step < 40; step++) {
      const edit = randomEdit(documents, removed, next);
      for (const path of corpus.paths) if (!documents.has(path)) corpus.delete(path);
      for (const [path, text] of documents) corpus.set({ path, text });
      const fresh = new Corpus([]);
      for (const [path, text] of shuffled(documents, next)) fresh.set({ path, text });
      assert.deepEqual(corpus.check().stories, fresh.check().stories, `step ${step}: ${edit}`);
    }
  });
});
