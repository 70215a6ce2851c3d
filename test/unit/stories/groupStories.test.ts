import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Corpus } from '../../../src/core/engine/corpus';
import { seedDocuments } from '../seedCorpus';

/** The documents of a folder of test/fixtures/stories, found upwards from the bundled test. */
function fixtureStory(prefix: string): { path: string; text: string }[] {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'test', 'fixtures', 'stories')) && dir !== path.dirname(dir)) dir = path.dirname(dir);
  const folder = path.join(dir, 'test', 'fixtures', 'stories');
  return readdirSync(folder).filter((f) => f.startsWith(prefix)).sort().map((f) => ({ path: f, text: readFileSync(path.join(folder, f), 'utf8') }));
}

describe('story grouping', () => {
  it('groups the two versions of the 9 December meeting and keeps the other Vietnam–Russia articles apart', () => {
    const corpus = new Corpus([]);
    for (const doc of seedDocuments()) corpus.set(doc);
    const groups = corpus.check().stories.map((s) => s.documents.map((p) => p.slice(0, 3)));
    assert.deepEqual(groups, [['000', '001'], ['002'], ['003'], ['004']]);
  });

  it('groups two versions of one story alone in a folder, and not two stories on the same subject', () => {
    const storiesOf = (...prefixes: string[]) => {
      const corpus = new Corpus([]);
      for (const doc of seedDocuments()) if (prefixes.includes(doc.path.slice(0, 3))) corpus.set(doc);
      return corpus.check().stories.map((s) => s.documents.map((p) => p.slice(0, 3)));
    };
    assert.deepEqual(storiesOf('000', '001'), [['000', '001']]);
    for (const [a, b] of [['000', '002'], ['001', '003'], ['001', '004'], ['002', '004']]) assert.deepEqual(storiesOf(a, b), [[a], [b]]);
  });

  it('groups three versions of one report alone in a folder, where every word they share is in every document', () => {
    const corpus = new Corpus([]);
    for (const doc of fixtureStory('gdp-')) corpus.set(doc);
    assert.deepEqual(corpus.check().stories.map((s) => s.documents), [['gdp-vietnamnews.txt', 'gdp-vna.txt', 'gdp-vnexpress.txt']]);
  });

  it('groups five versions written independently that give the same figures, and not an earlier attack on another bank', () => {
    // alone in a folder, the words the versions share are in most documents and weigh little: they
    // score 0.06 to 0.17 together, the earlier attack 0.15 with one of them; the versions share
    // 1.2 million customers, $33 million and 80,000 (the earlier attack's figure) among them
    const corpus = new Corpus([]);
    for (const doc of fixtureStory('bank-')) corpus.set(doc);
    assert.deepEqual(corpus.check().stories.map((s) => s.documents), [
      ['bank-bbc.txt', 'bank-bleeping.txt', 'bank-record.md', 'bank-reuters.txt', 'bank-yonhap.txt'], ['bank-earlier-attack.txt'], ['bank-rates.txt'],
    ]);
  });

  it('groups a short brief that is about as close to each of two longer versions as they are to each other', () => {
    const corpus = new Corpus([]);
    for (const doc of fixtureStory('border-')) corpus.set(doc);
    assert.deepEqual(corpus.check().stories.map((s) => s.documents), [['border-dated.txt', 'border-reuters.txt', 'border-vna.txt']]);
  });

  it('keeps apart two reports alike in all but their figures whose leads date them months apart', () => {
    const corpus = new Corpus([]);
    for (const doc of fixtureStory('quarter-')) corpus.set(doc);
    assert.deepEqual(corpus.check().stories.map((s) => s.documents), [['quarter-q2.txt'], ['quarter-q3.txt']]);
  });

  it('groups two documents alone in a folder only when they are clearly alike: each is the other\'s closest anyway', () => {
    const corpus = new Corpus([]);
    for (const doc of fixtureStory('talks-')) corpus.set(doc);
    assert.deepEqual(corpus.check().stories.map((s) => s.documents), [['talks-china.txt'], ['talks-russia.txt']]);
  });

  it('records why two versions were grouped: the similarity and the words they share', () => {
    const corpus = new Corpus([]);
    for (const doc of seedDocuments()) corpus.set(doc);
    const story = corpus.check().stories[0];
    assert.equal(story.links.length, 1);
    assert.ok(story.links[0].score >= 0.2 && story.links[0].score <= 1);
    assert.ok(story.links[0].shared.includes('secretary'));
  });

  it('does not group versions published more than two weeks apart', () => {
    const text = (date: string) => `---\ndate: ${date}\n---\n# Talks\n\nNegotiators from Ruritania and Freedonia agreed on a fisheries quota for the Azure Sea after nine rounds of talks in Zenda, officials said.\n`;
    const corpus = new Corpus([]);
    corpus.set({ path: 'a.md', text: text('2024-01-01') });
    corpus.set({ path: 'b.md', text: text('2024-01-02') });
    corpus.set({ path: 'c.md', text: text('2024-06-01') });
    assert.deepEqual(corpus.check().stories.map((s) => s.documents), [['a.md', 'b.md'], ['c.md']]);
  });
});
