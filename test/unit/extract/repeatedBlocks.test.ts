import assert from 'node:assert/strict';
import { RepeatedBlocks } from '../../../src/core/extract/repeatedBlocks';
import type { Block } from '../../../src/core/types';

function blocksOf(...texts: string[]): Block[] {
  return texts.map((text) => ({ start: 0, end: text.length, text, kind: 'body' }));
}

function repeated(...texts: string[]): boolean[] {
  const blocks = new RepeatedBlocks(blocksOf(...texts));
  return texts.map((_, i) => blocks.has(i));
}

describe('RepeatedBlocks', () => {
  it('finds a block repeated with other case and spacing', () => {
    assert.deepEqual(repeated('Port opens in Yorwick', 'News', 'PORT  opens\tin yorwick', 'Home'), [true, false, true, false]);
  });

  it('tells apart blocks of the same length', () => {
    assert.deepEqual(repeated('Home', 'News', 'home'), [true, false, true]);
  });

  it('matches a dotted capital I, which lower-casing lengthens', () => {
    assert.deepEqual(repeated('İzmir port', 'i̇zmir port', 'Izmir port'), [true, true, false]);
  });
});
