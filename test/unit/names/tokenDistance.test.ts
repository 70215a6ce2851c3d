import assert from 'node:assert/strict';
import { tokenDistance, typoAllowance } from '../../../src/core/names/tokenDistance';

const close = (actual: number, expected: number): void =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `expected ${expected}, got ${actual}`);

describe('tokenDistance', () => {
  it('is 0 for equal tokens', () => assert.equal(tokenDistance('lavrov', 'lavrov'), 0));
  it('charges less for the edits transliteration and typing make', () => {
    close(tokenDistance('merkel', 'merkil'), 0.4); // a vowel for another
    close(tokenDistance('kadafi', 'gadafi'), 0.6); // similar consonants
    close(tokenDistance('emanuel', 'emmanuel'), 0.2); // a doubled letter
    close(tokenDistance('makron', 'markon'), 0.6); // two letters swapped
    close(tokenDistance('jonson', 'johnson'), 0.5); // a silent h
    close(tokenDistance('lavrov', 'lavros'), 1); // an unrelated consonant
  });
  it('tells apart characters outside a..z', () => {
    close(tokenDistance('путин', 'путін'), 1);
    close(tokenDistance('ig0r', 'igor'), 1);
  });
  it('is symmetric', () => {
    close(tokenDistance('friedrich', 'fridrih'), tokenDistance('fridrih', 'friedrich'));
  });
  it('gives up with Infinity once over the limit', () => {
    assert.equal(tokenDistance('lavrov', 'shoigu', 1), Infinity);
    assert.equal(tokenDistance('a', 'abcdefgh', 1), Infinity);
    close(tokenDistance('lavrov', 'lavros', 1), 1);
  });
});

describe('typoAllowance', () => {
  it('allows more typos in longer tokens, up to a cap', () => {
    assert.equal(typoAllowance(2), 0.2);
    assert.equal(typoAllowance(3), 0.4);
    close(typoAllowance(5), 1);
    assert.equal(typoAllowance(20), 1.4);
  });
});
