import assert from 'node:assert/strict';
import { lexiconFromWords, lexiconFromWordList } from '../../../src/core/lexicon/lexicon';
import { englishWords } from './englishWords';

describe('lexicon', () => {
  it('reads a list of one word a line, ignoring blank lines, surrounding spaces and Windows line ends', () => {
    const lexicon = lexiconFromWordList('apple\r\n  Banana \n\n\ncherry\n');
    assert.equal(lexicon.size, 3);
    assert.equal(lexicon.has('apple'), true);
    assert.equal(lexicon.has('banana'), true);
    assert.equal(lexicon.has('cherry'), true);
    assert.equal(lexicon.has(''), false);
    assert.equal(lexicon.has('app'), false);
  });

  it('answers in any case: a capitalised or shouted word is the same word', () => {
    const lexicon = lexiconFromWords(['minister']);
    assert.equal(lexicon.has('Minister'), true);
    assert.equal(lexicon.has('MINISTER'), true);
    assert.equal(lexicon.has('ministers'), false);
  });

  it('holds the compounds and function-word words of the shipped English list, and no glues', () => {
    const english = englishWords();
    assert.ok(english.size > 270_000);
    for (const word of ['into', 'another', 'nonetheless', 'cybersecurity', 'inactivities', 'defence', 'programmes']) assert.equal(english.has(word), true, word);
    for (const word of ['inthe', 'oftheir', 'twocountries', 'aswell', 'moscow']) assert.equal(english.has(word), false, word);
  });
});
