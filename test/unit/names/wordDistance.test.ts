import assert from 'node:assert/strict';
import { spelledWord } from '../../../src/core/names/nameKey';
import { wordDistance } from '../../../src/core/names/wordDistance';

const distance = (x: string, y: string) => wordDistance(spelledWord(x), spelledWord(y));

describe('wordDistance', () => {
  it('is 0 for transliterations with one spelling key', () => {
    assert.equal(distance('alexander', 'aleksandr')?.distance, 0);
  });
  it('counts transliterations with one phonetic key as nearly equal', () => {
    assert.equal(distance('mohammed', 'muhammad')?.distance, 0.3);
  });
  it('falls back to the written letters for a typing slip', () => {
    assert.deepEqual(distance('kahn', 'khan'), { distance: 0.6, allowance: 0.8 });
  });
  it('refuses a final -a against a consonant or -o', () => {
    assert.equal(distance('alexandra', 'alexander'), undefined);
    assert.equal(distance('maria', 'mario'), undefined);
    assert.notEqual(distance('haniya', 'haniyeh'), undefined);
  });
  it('refuses a changed letter in a short or one-syllable word', () => {
    assert.equal(distance('yong', 'jong'), undefined);
    assert.equal(distance('peng', 'ping'), undefined);
    assert.equal(distance('trong', 'truong'), undefined);
  });
  it('accepts a letter added, doubled or swapped in a short word', () => {
    assert.notEqual(distance('pong', 'pyong'), undefined);
    assert.notEqual(distance('ssad', 'asad'), undefined);
    assert.notEqual(distance('schloz', 'scholz'), undefined);
  });
  it('refuses words too far apart for their length', () => {
    assert.equal(distance('lavrov', 'shoigu'), undefined);
    assert.equal(distance('castillo', 'castro'), undefined);
  });
});
