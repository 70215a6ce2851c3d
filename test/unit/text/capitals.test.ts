import assert from 'node:assert/strict';
import { startsWithCapital } from '../../../src/core/text/capitals';

describe('startsWithCapital', () => {
  it('reads ASCII and other scripts\' capitals alike', () => {
    assert.deepEqual(['Hanoi', 'Đà', 'Ñandú', 'Σ', 'hanoi', 'đà', '9 May', "'Tis", ''].map(startsWithCapital),
      [true, true, true, true, false, false, false, false, false]);
  });
});
