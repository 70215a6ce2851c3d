import assert from 'node:assert/strict';
import { forEachLetterRun } from '../../../src/core/lexicon/documentWords';
import { hashOf, WordTable } from '../../../src/core/lexicon/wordTable';

/** Each letter run of the text as the table numbers it by key, the way the corpus vocabulary reads a block. */
function keyedNumbers(table: WordTable, text: string): number[] {
  const numbers: number[] = [];
  forEachLetterRun(text, (from, to, hash, high, low) => numbers.push(table.findKeyed(text, from, to, hash, high, low)));
  return numbers;
}

describe('WordTable', () => {
  it('finds a word by its key as by its letters, telling case, length and letters past ASCII apart', () => {
    const words = ['in', 'In', 'inthe', 'Minister', 'Vasilyevich', 'Đà', 'Nẵng', 'ab', 'abc', 'abcdefghij', 'abcdefghijk'];
    const text = 'in In inthe Minister Vasilyevich Đà Nẵng ab abc abcdefghij abcdefghijk';
    // a table that keeps no keys finds the same words by their letters
    for (const table of [new WordTable(true), new WordTable()]) {
      const numbers = words.map((w) => table.intern(w, 0, w.length, hashOf(w)));
      assert.deepEqual(keyedNumbers(table, text), numbers);
      assert.deepEqual(keyedNumbers(table, 'IN inThe Xinthe xbcdefghij abcd Dabcdefghij Nung'), [-1, -1, -1, -1, -1, -1, -1]);
    }
  });
});
