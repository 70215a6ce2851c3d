import assert from 'node:assert/strict';
import { KEYS_PER_DOCUMENT } from '../../../src/core/stories/blockingKeys';
import { DocumentKeys } from '../../../src/core/stories/documentKeys';

describe('DocumentKeys', () => {
  it('gives back each document\'s keys, none before they are set, and the new ones after a change', () => {
    const keys = new DocumentKeys();
    keys.reset(3);
    const full = Array.from({ length: KEYS_PER_DOCUMENT }, (_, i) => 100 + i);
    keys.set(0, [4, 9, 12]);
    keys.set(1, full);
    assert.deepEqual([[...keys.of(0)], [...keys.of(1)], [...keys.of(2)]], [[4, 9, 12], full, []]);
    keys.set(0, [7]);
    assert.deepEqual([[...keys.of(0)], [...keys.of(1)]], [[7], full]);
  });
});
