import assert from 'node:assert/strict';
import { alignTokens } from '../../../src/core/names/alignTokens';
import { parseName } from '../../../src/core/names/parseName';

const align = (a: string, b: string) => alignTokens(parseName(a), parseName(b));
const pairs = (a: string, b: string): string[] =>
  align(a, b).matches.map((m) => `${m.kind} ${m.a.join('+')}-${m.b.join('+')}`).sort();

describe('alignTokens', () => {
  it('pairs words regardless of order', () => {
    assert.deepEqual(pairs('Putin Vladimir', 'Vladimir Putin'), ['word 0-1', 'word 1-0']);
  });
  it('pairs an initial with the word it abbreviates', () => {
    assert.deepEqual(pairs('Hans J Friedrich', 'Hans Joachim Friedrich'), ['initial 1-1', 'word 0-0', 'word 2-2']);
  });
  it('pairs tokens written apart with the word written joined', () => {
    assert.deepEqual(pairs('Nikolai Patr ushev', 'Nikolai Patrushev'), ['word 0-0', 'word 1+2-1']);
    assert.deepEqual(pairs('RamiMakhlouf', 'Rami Makhlouf'), ['word 0-0+1']);
  });
  it('pairs particles only with the same particle', () => {
    assert.deepEqual(pairs('Osama bin Laden', 'Usama ibn Laden'), ['particle 1-1', 'word 0-0', 'word 2-2']);
  });
  it('leaves the tokens that have no counterpart', () => {
    const alignment = align('Sergey Lavrov', 'Sergey Viktorovich Shoigu');
    assert.deepEqual(alignment.unmatchedA, [1]);
    assert.deepEqual(alignment.unmatchedB, [1, 2]);
  });
  it('takes the exact pair before a near one', () => {
    assert.deepEqual(pairs('Michele Michaela', 'Michaela Michelle Micheli'), ['word 0-1', 'word 1-0']);
  });
});
