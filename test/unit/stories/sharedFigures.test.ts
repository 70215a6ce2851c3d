import assert from 'node:assert/strict';
import { sameStory } from '../../../src/core/stories/sameStory';
import { FigureTerms, isTellingFigure, type SharedFigures } from '../../../src/core/stories/sharedFigures';
import { StoryIndex } from '../../../src/core/stories/storyIndex';
import { TermDictionary } from '../../../src/core/stories/termDictionary';
import { termCounts } from '../../../src/core/stories/termVector';

describe('shared figures', () => {
  it('are figures, not years or days of a month', () => {
    assert.deepEqual(['#2,300', '#6.1', '#418', '#32', '#80,000'].map(isTellingFigure), [true, true, true, true, true]);
    assert.deepEqual(['#2025', '#1998', '#17', '#31', 'quake'].map(isTellingFigure), [false, false, false, false, false]);
  });

  it('counts the figures two documents share and those of the one giving fewer', () => {
    const dictionary = new TermDictionary();
    const a = dictionary.vectorOfTexts(['The 6.1 quake on November 17, 2025 damaged 2,300 buildings and killed 31 people in Bingol.']);
    const b = dictionary.vectorOfTexts(['Some 2,300 buildings were damaged and 31 people killed by the 6.1 tremor, with 418 injured, on 17 November.']);
    assert.deepEqual(new FigureTerms(dictionary).between(a.ids, b.ids), { shared: 2, fewer: 2 });
  });

  it('make one story of a pair too weak for the other tests that gives three of the same figures', () => {
    const figures = (shared: number, fewer: number) => (): SharedFigures => ({ shared, fewer });
    assert.equal(sameStory(0.12, 0.17, 0.15, 'near', true, figures(3, 8)), true);
    assert.equal(sameStory(0.12, 0.17, 0.15, 'near', true, figures(2, 8)), false);
    // a tenth of the figures of the version giving fewer is no shared account
    assert.equal(sameStory(0.12, 0.17, 0.15, 'near', true, figures(3, 20)), false);
    // too little else in common, leads a week apart, or a side with a far closer version of its own
    assert.equal(sameStory(0.07, 0.17, 0.15, 'near', true, figures(5, 8)), false);
    assert.equal(sameStory(0.12, 0.17, 0.15, 'week', true, figures(5, 8)), false);
    assert.equal(sameStory(0.14, 0.9, 0.15, 'near', true, figures(5, 8)), false);
    // yesterday's market report, whose figures today's repeats, is not today's closest version
    assert.equal(sameStory(0.12, 0.2, 0.15, 'near', true, figures(5, 8)), false);
    // in a folder of two, each is the other's closest whatever it is about
    assert.equal(sameStory(0.12, 0.12, 0.12, 'near', false, figures(5, 8)), false);
  });

  it('link two outlets\' versions, not two reports of one outlet, which repeat its figures from one day to the next', () => {
    const texts = {
      'a.txt': 'alpha bravo charlie 1,234 5,678 9,012 delta echo', 'b.txt': 'foxtrot golf hotel 1,234 5,678 9,012 india juliet',
      'c.txt': 'kilo lima mike november oscar papa',
    };
    const storiesOf = (outletA: string, outletB: string) => {
      const dictionary = new TermDictionary();
      const outlets: Record<string, string> = { 'a.txt': outletA, 'b.txt': outletB, 'c.txt': 'Other' };
      const inputs = Object.entries(texts).map(([path, text]) => ({ path, headline: path, terms: dictionary.vectorOf(termCounts([text])), outlet: outlets[path] }));
      return new StoryIndex(dictionary).group(inputs).map((s) => s.documents);
    };
    assert.deepEqual(storiesOf('Reuters', 'AP'), [['a.txt', 'b.txt'], ['c.txt']]);
    assert.deepEqual(storiesOf('Reuters', 'Reuters'), [['a.txt'], ['b.txt'], ['c.txt']]);
  });
});
