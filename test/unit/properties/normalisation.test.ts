// Normalisers are idempotent: a name folded twice is the name folded once, a quantity normalised
// twice is the quantity normalised once. Otherwise two spellings could meet on one pass and not
// the next.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldName } from '../../../src/core/names/nameKey';
import { normalizeQuantity } from '../../../src/core/numbers/normalizeQuantity';
import type { Quantity } from '../../../src/core/numbers/quantity';

const NAME_PIECES = [
  'Sergey', 'Sergei', 'Shoigu', 'Tô Lâm', 'Nguyễn Phú Trọng', 'Đặng', 'Øster', 'Æsir', 'Łukasz', 'Straße', 'İstanbul', 'ǅemal',
  'O’Brien', "D'Arcy", 'ʿAbd', 'Jean‐Luc', 'Al−Sisi', 'ＦＵＬＬ', 'ﬁnn', 'Ⅻ', 'K', 'Ω', ' ', '  ', '\t', '\u00A0', '-', '\u0301', '\u0308',
];

const name = fc.array(fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NAME_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
), { maxLength: 6 }).map((p) => p.join(''));

const noun = fc.oneof(
  fc.constantFrom('years', 'Companies', 'classes', 'boxes', 'people', 'Việt', "Party's", 'ties', 'status', 'buses', 'analyses', 'İzmir', 'Ñandúes', 'ﬁles'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const quantity: fc.Arbitrary<Quantity> = fc.record({
  kind: fc.constantFrom('count', 'money', 'percent', 'ordinal'),
  value: fc.double(),
  high: fc.option(fc.double(), { nil: undefined }),
  unit: fc.oneof(fc.constantFrom('', 'US$', '$', 'usd', 'USD', '€', 'EUR', 'dong', 'VND', '%', 'per cent', 'percent', 'pp', 'percentage points'), fc.string({ maxLength: 4 })),
  noun: fc.array(noun, { maxLength: 3 }),
  approximate: fc.option(fc.constantFrom('about', 'nearly', 'atLeast', 'atMost'), { nil: undefined }),
  precision: fc.oneof(fc.constantFrom(1, 0.1, 0.01, 1e3, 1e8), fc.double({ min: 0, noNaN: true })),
}, { requiredKeys: ['kind', 'value', 'unit', 'noun', 'precision'] }) as fc.Arbitrary<Quantity>;

describe('property: normalisation', () => {
  it('foldName is idempotent', () => {
    fc.assert(fc.property(name, (n) => {
      const once = foldName(n);
      assert.equal(foldName(once), once);
    }), { numRuns: 3000 });
  });

  it('normalizeQuantity is idempotent, whatever the value, range, unit and noun', () => {
    fc.assert(fc.property(quantity, (q) => {
      const once = normalizeQuantity(q);
      assert.deepEqual(normalizeQuantity(once), once);
    }), { numRuns: 3000 });
  });
});
