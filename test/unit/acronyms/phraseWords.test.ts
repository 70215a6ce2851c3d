import assert from 'node:assert/strict';
import { areAdjacent, capitalisedWordsOf, phraseText, phraseWordsOf } from '../../../src/core/acronyms/phraseWords';

const capitalised = (text: string) => {
  const words = new Set<string>();
  capitalisedWordsOf(text, words);
  return [...words].sort();
};

describe('phrase words', () => {
  it('splits at spaces, hyphens and glued joints, with block offsets and hyphens marked', () => {
    const text = 'the Non-Proliferation InternationalSecurity pact';
    assert.deepEqual(phraseWordsOf(text, 4).map((w) => [w.text, w.from, w.to, w.afterHyphen]), [
      ['Non', 4, 7, false], ['Proliferation', 8, 21, true], ['International', 22, 35, false], ['Security', 35, 43, false], ['pact', 44, 48, false],
    ]);
    assert.equal(phraseText(phraseWordsOf(text)), 'the Non-Proliferation International Security pact');
  });

  it('finds words joined by spaces, a hyphen or a glued joint, never across a comma or a bracket', () => {
    const adjacent = (text: string) => {
      const [a, b] = phraseWordsOf(text);
      return areAdjacent(text, a, b);
    };
    assert.deepEqual(['Moscow  Conference', 'Non-Proliferation', 'InternationalSecurity', 'Moscow, Conference', 'Moscow (Conference'].map(adjacent), [true, true, true, false, false]);
  });

  it('lists the capitalised words a name can be made of, as phrase words reads them', () => {
    const text = "O'Brien of the UN met McDonald's InternationalSecurity staff in l'Europe and 'Europe, ÉTAT and 𝐀bc; The end.";
    assert.deepEqual(capitalised(text), ["donald's", 'europe', 'international', 'mc', "o'brien", 'security', 'un', 'état', '𝐀bc'].sort());
    const viaPhraseWords = phraseWordsOf(text).filter((w) => /^\p{Lu}/u.test(w.text) && w.text !== 'The').map((w) => w.text.toLowerCase());
    assert.deepEqual(capitalised(text), [...new Set(viaPhraseWords)].sort());
  });
});
