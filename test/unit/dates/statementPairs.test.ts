import assert from 'node:assert/strict';
import { pairStatements } from '../../../src/core/dates/statementPairs';
import { corpusOf, fisheriesStory } from './articles';

describe('pairStatements', () => {
  it('pairs the sentences that say the same thing, whatever their dates', () => {
    const view = corpusOf([], fisheriesStory('on December 9', 'on 8 December')).corpusView();
    const [andes, harbour] = ['andes.txt', 'harbour.txt'].map((p) => view.byPath.get(p)!);
    const pairs = pairStatements(harbour, andes).map((p) => [harbour.sentences[p.a].text.slice(0, 30), andes.sentences[p.b].text.slice(0, 30)]);
    assert.deepEqual(pairs, [
      ['Finnish Foreign Minister Elina', 'Chilean Foreign Minister Alber'],
      ['The agreement covers research ', 'The deal covers research vesse'],
      ['Both ministers said the deal w', 'The two ministers said the agr'],
    ]);
  });

  it('does not pair sentences that only share a few common words', () => {
    const view = corpusOf([], {
      'a.txt': 'Ministers meet in Helsinki\n\nThe ministers met in Helsinki on December 9 to discuss fisheries, research vessels and patrols in the Pacific.\n\nSource: Harbour Post\n',
      'b.txt': 'Ministers meet in Helsinki\n\nThe ministers said in Helsinki on December 8 that the weather had been cold for the season and travel was slow.\n\nSource: Andes Wire\n',
    }).corpusView();
    assert.deepEqual(pairStatements(view.byPath.get('a.txt')!, view.byPath.get('b.txt')!).filter((p) => p.a > 0), []);
  });
});
