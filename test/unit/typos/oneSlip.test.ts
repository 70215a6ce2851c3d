import assert from 'node:assert/strict';
import { slipsOf } from '../../../src/core/typos/oneSlip';

const among = (...words: string[]) => (word: string) => words.includes(word);

describe('slipsOf', () => {
  it('reads a letter too many, a letter missing, two letters swapped and one letter wrong', () => {
    assert.deepEqual(slipsOf('counterrpart', among('counterpart')), [{ intended: 'counterpart', kind: 'added' }]);
    assert.deepEqual(slipsOf('goverment', among('government')), [{ intended: 'government', kind: 'dropped' }]);
    assert.deepEqual(slipsOf('recieve', among('receive')), [{ intended: 'receive', kind: 'swapped' }]);
    assert.deepEqual(slipsOf('definately', among('definitely')), [{ intended: 'definitely', kind: 'replaced' }]);
  });

  it('never reads a slip at the first or the last letter: those are other words and inflections', () => {
    assert.deepEqual(slipsOf('cyberattacks', among('cyberattack')), []);
    assert.deepEqual(slipsOf('reshaped', among('reshape', 'shaped')), []);
    assert.deepEqual(slipsOf('managed', among('manager', 'managed')), []);
  });

  it('gives every word that fits, each once', () => {
    assert.deepEqual(slipsOf('botter', among('bitter', 'butter', 'botte')).map((s) => s.intended).sort(), ['bitter', 'butter']);
    assert.deepEqual(slipsOf('baloon', among('balloon')), [{ intended: 'balloon', kind: 'dropped' }]);
  });
});
