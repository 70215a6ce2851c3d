import assert from 'node:assert/strict';
import { parseName } from '../../../src/core/names/parseName';

const kindsAndTexts = (name: string): string[] =>
  parseName(name).tokens.map((token) => `${token.kind}:${token.text}`);

describe('parseName', () => {
  it('reads "Surname, Given" in reading order', () => {
    assert.deepEqual(kindsAndTexts('Putin, Vladimir'), ['word:vladimir', 'word:putin']);
  });
  it('drops titles and company suffixes', () => {
    assert.deepEqual(kindsAndTexts('Mr. Recep Tayyip Erdoğan'), ['word:recep', 'word:tayyip', 'word:erdogan']);
    assert.deepEqual(kindsAndTexts('Nicolás Maduro SA'), ['word:nicolas', 'word:maduro']);
  });
  it('keeps the words of a name that is only a title', () => {
    assert.deepEqual(kindsAndTexts('Dr'), ['word:dr']);
  });
  it('splits initials, dotted or capitalised', () => {
    assert.deepEqual(kindsAndTexts('J.-C. Juncker'), ['initial:j', 'initial:c', 'word:juncker']);
    assert.deepEqual(kindsAndTexts('JC Juncker'), ['initial:j', 'initial:c', 'word:juncker']);
  });
  it('does not split a two-letter word in an all-capitals name', () => {
    assert.deepEqual(kindsAndTexts('KO TAE HUN'), ['word:ko', 'word:tae', 'word:hun']);
  });
  it('marks particles with one agreed spelling, and the parent named after bin', () => {
    const { tokens } = parseName('Osama ibn Laden');
    assert.deepEqual(tokens.map((t) => [t.kind, t.spelling, t.namesParent]), [
      ['word', 'osama', false], ['particle', 'bin', false], ['word', 'laden', true],
    ]);
  });
  it('reads a particle that opens a short name as a given name', () => {
    assert.deepEqual(kindsAndTexts('Ben Netanyahu'), ['word:ben', 'word:netanyahu']);
  });
  it('keeps the generational suffix apart', () => {
    const parsed = parseName('Donald Trump Jr.');
    assert.equal(parsed.generation, 'jr');
    assert.deepEqual(parsed.tokens.map((t) => t.text), ['donald', 'trump']);
  });
  it('spells adjacent tokens joined, for words written apart', () => {
    const joins = parseName('Patr ushev Nikolai').joins.map((join) => join.spelling);
    assert.deepEqual(joins, ['patrusev', 'patrusevnikolai', 'usevnikolai']);
  });
});
