import assert from 'node:assert/strict';
import { KeptTerms } from '../../../src/core/align/keptTerms';
import { termsScratch, unpackedTerms } from '../../../src/core/align/sentenceTerms';

const plain = (terms: { start: ArrayLike<number>; ids: ArrayLike<number>; counts: ArrayLike<number> }) =>
  ({ start: Array.from(terms.start), ids: Array.from(terms.ids), counts: Array.from(terms.counts) });

describe('KeptTerms', () => {
  it('keeps ids in 16 bits and counts in 8 when they fit, all in one buffer', () => {
    const kept = KeptTerms.of([0, 2, 3], [7, 65535, 7], [1, 255, 3]);
    const arrays = kept.arrays();
    assert.ok(arrays.ids instanceof Uint16Array && arrays.counts instanceof Uint8Array);
    assert.ok(arrays.ids.buffer === arrays.start.buffer && arrays.counts.buffer === arrays.start.buffer);
    assert.equal(arrays.start.buffer.byteLength, 3 * 4 + 3 * 2 + 3);
    assert.deepEqual(plain(arrays), { start: [0, 2, 3], ids: [7, 65535, 7], counts: [1, 255, 3] });
    assert.deepEqual([kept.sentenceCount, kept.entryCount], [2, 3]);
  });

  it('widens the ids or the counts that do not fit', () => {
    const wideIds = KeptTerms.of([0, 1, 2, 3], [65536, 1, 2], [2, 1, 1]).arrays();
    assert.ok(wideIds.ids instanceof Int32Array && wideIds.counts instanceof Uint8Array);
    assert.deepEqual(plain(wideIds), { start: [0, 1, 2, 3], ids: [65536, 1, 2], counts: [2, 1, 1] });
    // after three 16-bit ids the counts start on a whole 32-bit word
    const wideCounts = KeptTerms.of([0, 3], [4, 5, 6], [256, 1, 70000]).arrays();
    assert.ok(wideCounts.ids instanceof Uint16Array && wideCounts.counts instanceof Int32Array);
    assert.deepEqual(plain(wideCounts), { start: [0, 3], ids: [4, 5, 6], counts: [256, 1, 70000] });
  });

  it('unpacks into 32-bit arrays for the aligners', () => {
    const unpacked = unpackedTerms(KeptTerms.of([0, 2, 2, 3], [9, 4, 9], [1, 2, 300]), termsScratch());
    assert.ok(unpacked.ids instanceof Int32Array && unpacked.counts instanceof Int32Array);
    assert.deepEqual(plain(unpacked), { start: [0, 2, 2, 3], ids: [9, 4, 9], counts: [1, 2, 300] });
  });
});
