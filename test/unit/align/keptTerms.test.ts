import assert from 'node:assert/strict';
import { keptTerms } from '../../../src/core/align/keptTerms';
import { termsScratch, unpackedTerms } from '../../../src/core/align/sentenceTerms';

const plain = (terms: { start: ArrayLike<number>; ids: ArrayLike<number>; counts: ArrayLike<number> }) =>
  ({ start: Array.from(terms.start), ids: Array.from(terms.ids), counts: Array.from(terms.counts) });

describe('keptTerms', () => {
  it('keeps ids in 16 bits and counts in 8 when they fit, all in one buffer', () => {
    const kept = keptTerms([0, 2, 3], [7, 65535, 7], [1, 255, 3]);
    assert.ok(kept.ids instanceof Uint16Array && kept.counts instanceof Uint8Array);
    assert.ok(kept.ids.buffer === kept.start.buffer && kept.counts.buffer === kept.start.buffer);
    assert.deepEqual(plain(kept), { start: [0, 2, 3], ids: [7, 65535, 7], counts: [1, 255, 3] });
  });

  it('widens the ids or the counts that do not fit', () => {
    const wideIds = keptTerms([0, 1, 2, 3], [65536, 1, 2], [2, 1, 1]);
    assert.ok(wideIds.ids instanceof Int32Array && wideIds.counts instanceof Uint8Array);
    assert.deepEqual(plain(wideIds), { start: [0, 1, 2, 3], ids: [65536, 1, 2], counts: [2, 1, 1] });
    // after three 16-bit ids the counts start on a whole 32-bit word
    const wideCounts = keptTerms([0, 3], [4, 5, 6], [256, 1, 70000]);
    assert.ok(wideCounts.ids instanceof Uint16Array && wideCounts.counts instanceof Int32Array);
    assert.deepEqual(plain(wideCounts), { start: [0, 3], ids: [4, 5, 6], counts: [256, 1, 70000] });
  });

  it('unpacks into 32-bit arrays for the aligners', () => {
    const unpacked = unpackedTerms(keptTerms([0, 2, 2, 3], [9, 4, 9], [1, 2, 300]), termsScratch());
    assert.ok(unpacked.ids instanceof Int32Array && unpacked.counts instanceof Int32Array);
    assert.deepEqual(plain(unpacked), { start: [0, 2, 2, 3], ids: [9, 4, 9], counts: [1, 2, 300] });
  });
});
