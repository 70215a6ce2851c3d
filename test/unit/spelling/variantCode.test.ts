import assert from 'node:assert/strict';
import { forEachChoice, forEachKeyId, forEachPlace, keyIndexIn, VariantCodeWriter, type VariantCode } from '../../../src/core/spelling/variantCode';
import { unzigzag, VarintReader, VarintWriter, zigzag } from '../../../src/core/spelling/varints';

describe('varints', () => {
  it('reads back small and large numbers, one byte for each seven bits', () => {
    const writer = new VarintWriter();
    const numbers = [0, 1, 127, 128, 300, 16_383, 16_384, 75_397, 2 ** 31 - 1];
    for (const n of numbers) writer.write(n);
    assert.equal(writer.length, 1 + 1 + 1 + 2 + 2 + 2 + 3 + 3 + 5);
    const bytes = new Uint8Array(writer.length);
    writer.copyInto(bytes, 0);
    const reader = new VarintReader(bytes);
    assert.deepEqual(numbers.map(() => reader.next()), numbers);
    assert.equal(reader.at, bytes.length);
  });

  it('turns negative numbers into small positive ones and back', () => {
    assert.deepEqual([0, -1, 1, -2, 2].map(zigzag), [0, 1, 2, 3, 4]);
    for (const n of [0, -1, 1, -70, 70, -100_000, 100_000]) assert.equal(unzigzag(zigzag(n)), n);
  });
});

describe('variantCode', () => {
  const keysOf = (code: VariantCode) => {
    const out: [number, boolean][] = [];
    forEachKeyId(code, (id, plain) => out.push([id, plain]));
    return out;
  };

  it('gives back the occurrences in order, across blocks, a spaced pair before its second word', () => {
    const writer = new VariantCodeWriter();
    const places: [number, number, number, number][] = [
      [0, 0, 4, 11], [1, 0, 12, 20], [2, 0, 30, 38], [3, 0, 34, 38], [1, 3, 0, 8], [0, 3, 400, 407], [4, 70_000, 2, 5],
    ];
    for (const place of places) writer.addPlace(...place);
    const code = writer.finish([7, 90_000, 3, 12, 5], [1, 3], []);
    const read: number[][] = [];
    forEachPlace(code, (...place) => read.push(place));
    assert.deepEqual(read, places);
  });

  it('finds a key by its number, lists those used without a choice, and the choices', () => {
    const writer = new VariantCodeWriter();
    writer.addPlace(0, 0, 0, 3);
    const code = writer.finish([7, 90_000, 3, 12, 5], [1, 3], new Set([4, 300]));
    const choices: number[] = [];
    forEachChoice(code, (choice) => choices.push(choice));
    assert.deepEqual(choices, [4, 300]);
    assert.equal(keyIndexIn(code, 12), 3);
    assert.equal(keyIndexIn(code, 8), -1);
    assert.deepEqual(keysOf(code), [[7, true], [90_000, false], [3, true], [12, false], [5, true]]);
    assert.deepEqual(keysOf(new VariantCodeWriter().finish([4, 2], [], [])), [[4, true], [2, true]]);
    assert.deepEqual(keysOf(new VariantCodeWriter().finish([4, 2], [0, 1], [])), [[4, false], [2, false]]);
  });
});
