import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/core/engine/analyzedDocument';
import { NameRuns } from '../../../src/core/spelling/nameRuns';

function namesOf(sentence: string) {
  const doc = analyzeDocument({ path: 'a.txt', text: `Talks in the capital\n\n${sentence} The two sides agreed to expand cooperation in trade and energy over the coming years.\n` });
  const tokens = doc.tokens;
  const names = new NameRuns(doc, tokens);
  const words = (run?: { from: number; to: number }) => run && tokens.slice(run.from, run.to + 1).map((t) => t.text).join(' ');
  return { at: (word: string) => tokens.findIndex((t) => t.text === word), nameOf: (first: number, last = first) => words(names.enclosingName(first, last)) };
}

describe('NameRuns', () => {
  it('finds the same name from each of its words, over a connector, without the function word that opens it', () => {
    const { at, nameOf } = namesOf('He said The Ministry of Defence in Hanoi and the Vietnam Russia Tropical Centre agreed.');
    assert.equal(nameOf(at('The')), 'The Ministry of Defence');
    assert.equal(nameOf(at('Ministry')), 'Ministry of Defence');
    assert.equal(nameOf(at('Defence')), 'Ministry of Defence');
    assert.equal(nameOf(at('Hanoi')), undefined, 'a capitalised word alone is no longer name');
    assert.equal(nameOf(at('Tropical')), 'Vietnam Russia Tropical Centre');
    assert.equal(nameOf(at('Vietnam'), at('Russia')), 'Vietnam Russia Tropical Centre');
    assert.equal(nameOf(at('Ministry')), 'Ministry of Defence', 'a name met again after another');
  });

  it('ends a name at punctuation', () => {
    const { at, nameOf } = namesOf('It met Foreign Minister Lavrov. Russia spoke, Vietnam too.');
    assert.equal(nameOf(at('Lavrov')), 'Foreign Minister Lavrov');
    assert.equal(nameOf(at('Foreign')), 'Foreign Minister Lavrov');
    assert.equal(nameOf(at('Russia')), undefined);
    assert.equal(nameOf(at('Vietnam')), undefined);
  });

  it('does not run on over "on" into a date', () => {
    const { at, nameOf } = namesOf('The talks were held in Ha Noi on November 18 and in Rostov on Don on Monday.');
    assert.equal(nameOf(at('Noi')), 'Ha Noi');
    assert.equal(nameOf(at('Rostov')), 'Rostov on Don');
  });
});
