import assert from 'node:assert/strict';
import { CandidateUses, holdsAny } from '../../../src/core/rules/gluedWords/candidateUses';

/** Places as GlueCandidates makes them: word number, start, end. */
const places = (...ids: number[]) => Int32Array.from(ids.flatMap((id, i) => [id, i * 10, i * 10 + 5]));

describe('CandidateUses', () => {
  it('holds a word while some counted report still has it, and tells how many words it holds', () => {
    const uses = new CandidateUses();
    const a = places(3, 5, 3), b = places(5, 2000);
    uses.count(a, 1);
    uses.count(b, 1);
    assert.deepEqual([uses.has(3), uses.has(5), uses.has(2000), uses.has(4), uses.has(-1), uses.wordsHeld], [true, true, true, false, false, 3]);
    uses.count(a, -1);
    assert.deepEqual([uses.has(3), uses.has(5), uses.has(2000), uses.wordsHeld], [false, true, true, 2]);
  });

  it('finds the places that hold one of the words', () => {
    assert.equal(holdsAny(places(1, 7, 9), new Set([9])), true);
    assert.equal(holdsAny(places(1, 7, 9), new Set([0, 2])), false);
  });
});
