import assert from 'node:assert/strict';
import { RangeTable } from '../../../src/core/align/rangeTable';

describe('RangeTable', () => {
  it('finds a value by the text of a range, wherever the range stands', () => {
    const table = new RangeTable();
    table.add('the Hanoi talks', 4, 9, 7);
    assert.equal(table.get('Hanoi', 0, 5), 7);
    assert.equal(table.get('in Hanoi.', 3, 8), 7);
    assert.equal(table.get('in Hanoi.', 3, 7), -1);
    assert.equal(table.get('hanoi', 0, 5), -1);
  });

  it('keeps every entry as it grows', () => {
    const table = new RangeTable();
    const words = Array.from({ length: 5000 }, (_, k) => `w${k}`);
    words.forEach((word, k) => table.add(word, 0, word.length, k));
    words.forEach((word, k) => assert.equal(table.get(` ${word} `, 1, word.length + 1), k));
    assert.equal(table.get('w5000', 0, 5), -1);
  });
});
