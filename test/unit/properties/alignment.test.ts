// For any two versions — one cut, reordered, duplicated, glued or partly rewritten from the other —
// alignment places every sentence of each exactly once: in one pair or among the unmatched.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { alignSentences } from '../../../src/core/align/alignSentences';
import { SEED_SENTENCES, sentenceVersion } from './arbitraryCorpus';

const version = (texts: string[]) => ({ sentences: texts.map((text) => ({ text })) });

const sentences = fc.array(fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...SEED_SENTENCES) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '.', '—', '🎉') },
), { maxLength: 30 });

/** A second version of `a`: sentences dropped, moved, repeated, reworded, and some of its own. */
const versionsOf = sentences.chain((a) => fc.tuple(
  fc.constant(a),
  fc.array(fc.oneof(
    { weight: 6, arbitrary: a.length ? sentenceVersion(fc.constantFrom(...a)) : fc.constant('') },
    { weight: 1, arbitrary: fc.constantFrom(...SEED_SENTENCES) },
  ), { maxLength: 30 }),
));

/** Asserts that each index of `size` appears exactly once among the pairs' sides and the unmatched. */
function assertPlacedOnce(size: number, sides: number[][], unmatched: number[], which: string): void {
  const count = new Array<number>(size).fill(0);
  for (const i of [...sides.flat(), ...unmatched]) {
    assert.ok(Number.isInteger(i) && i >= 0 && i < size, `${which}: index ${i} of ${size}`);
    count[i]++;
  }
  assert.deepEqual(count.map((n, i) => [i, n]).filter(([, n]) => n !== 1), [], `${which}: placed other than once`);
}

const consecutive = (side: number[]) => (side.length === 1 || (side.length === 2 && side[1] === side[0] + 1));

describe('property: sentence alignment', () => {
  it('never loses or duplicates a sentence of either version', () => {
    fc.assert(fc.property(versionsOf, ([a, b]) => {
      const alignment = alignSentences(version(a), version(b));
      assertPlacedOnce(a.length, alignment.pairs.map((p) => p.a), alignment.onlyA, 'first version');
      assertPlacedOnce(b.length, alignment.pairs.map((p) => p.b), alignment.onlyB, 'second version');
      for (const pair of alignment.pairs) {
        assert.ok(consecutive(pair.a) && consecutive(pair.b), `pair ${JSON.stringify(pair)}`);
        assert.ok(pair.score >= 0 && pair.score <= 1 + 1e-9, `score ${pair.score}`);
      }
      const firsts = alignment.pairs.map((p) => p.a[0]);
      assert.deepEqual(firsts, [...firsts].sort((x, y) => x - y));
    }), { numRuns: 300 });
  });
});
