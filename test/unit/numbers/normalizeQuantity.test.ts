import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuantities } from '../../../src/core/numbers/findQuantities';
import { formatQuantity, normalizeQuantity } from '../../../src/core/numbers/normalizeQuantity';
import type { Quantity } from '../../../src/core/numbers/quantity';

const SAMPLES = [
  'US$1.6 billion', '$1.6B', '1.6 billion USD', '1.2 million residents', '1,200,000 residents', '30 per cent', '30%',
  '5 percentage points', 'a dozen eggs', 'twenty-five soldiers', 'Approximately 60,000-80,000 Vietnamese people',
  'their fourth dialogue', 'the 29th session', 'nearly 50 degrees Celsius', 'more than 5 billion USD', 'up to 7.5% growth',
  'a €5m grant', '1,5 million rial', 'some 300 delegates',
];

describe('normalizeQuantity', () => {
  it('is idempotent: normalising a normalised quantity changes nothing', () => {
    for (const text of SAMPLES) {
      const [found] = findQuantities(text);
      assert.deepEqual(normalizeQuantity(found.quantity), found.quantity, text);
      assert.deepEqual(normalizeQuantity(normalizeQuantity(found.quantity)), found.quantity, text);
    }
  });

  it('is idempotent on any quantity, written units and nouns included', () => {
    const quantity = fc.record({
      kind: fc.constantFrom('count', 'money', 'percent', 'ordinal'),
      value: fc.double({ min: 0, max: 1e13, noNaN: true }),
      unit: fc.constantFrom('', 'US$', '$', 'dollars', 'USD', '€', 'euros', 'dong', 'rial', '%', 'per cent', 'percentage points', 'pp'),
      noun: fc.array(fc.constantFrom('years', 'Companies', 'classes', 'boxes', 'people', 'Việt', "Party's", 'ties', 'status'), { maxLength: 3 }),
      precision: fc.constantFrom(1, 0.1, 1e8),
    }) as fc.Arbitrary<Quantity>;
    fc.assert(fc.property(quantity, fc.option(fc.double({ min: 0, max: 1e13, noNaN: true }), { nil: undefined }), (q, high) => {
      const once = normalizeQuantity(high === undefined ? q : { ...q, high });
      assert.deepEqual(normalizeQuantity(once), once);
    }), { numRuns: 500 });
  });

  it('maps unit aliases, stems the noun, removes floating-point noise and orders a range', () => {
    const raw: Quantity = { kind: 'money', value: 1.6 * 1e9 + 2e-7, high: 1.2e9, unit: 'US$', noun: ['Loans'], precision: 1e8 };
    const normal = normalizeQuantity(raw);
    assert.deepEqual(normal, { kind: 'money', value: 1.2e9, high: 1.6e9, unit: 'USD', noun: ['loan'], precision: 1e8 });
    assert.deepEqual(normalizeQuantity(normal), normal);
    assert.equal(normalizeQuantity({ kind: 'percent', value: 30, unit: 'per cent', noun: [], precision: 1 }).unit, '%');
    assert.equal(normalizeQuantity({ kind: 'count', value: 5, high: 5, unit: 'x', noun: [], precision: 1 }).high, undefined);
  });

  it('writes a quantity in a canonical form that reads back as the same quantity', () => {
    for (const text of SAMPLES) {
      const { precision: _, ...said } = findQuantities(text)[0].quantity;
      const written = formatQuantity(findQuantities(text)[0].quantity);
      const { precision: __, ...reread } = findQuantities(written)[0].quantity;
      assert.deepEqual(reread, said, `${text} → ${written}`);
    }
    assert.equal(formatQuantity(findQuantities('US$1.6 billion')[0].quantity), '1600000000 USD');
    assert.equal(formatQuantity(findQuantities('Approximately 60,000-80,000 Vietnamese people')[0].quantity), 'about 60000-80000 vietnamese people');
  });
});
