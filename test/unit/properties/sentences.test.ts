// For any text, the sentences splitSentences finds are in order, disjoint, trimmed, and together
// cover every character that is not white space: nothing the checks should read falls in a gap.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitSentences } from '../../../src/core/text/sentences';
import { SEED_SENTENCES } from './arbitraryCorpus';

const PIECES = [
  ' ', '  ', '\n', '\t', '\u00A0', '\u2028', '.', '. ', '?', '!', '…', '...', '."', '.”', '?)', '.]', '"', '“', '(', 'Mr. ', 'Sen. Lt. Gen. ',
  'U.S. ', 'No. 5', 'Dec. 3', '6.5', '1.', 'a.m. ', 'J. ', 'e.g. ', 'the', 'The', 'Moscow', 'ёлка', 'Ấn', '🎉', '\uD800', 'x.Y', '.a',
];

const text = fc.array(fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.constantFrom(...SEED_SENTENCES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 5 }) },
), { maxLength: 40 }).map((parts) => parts.join(''));

describe('property: sentence segmentation', () => {
  it('gives ordered, disjoint, trimmed sentences that cover every non-space character', () => {
    fc.assert(fc.property(text, (t) => {
      const spans = splitSentences(t);
      const covered = new Uint8Array(t.length);
      let previousEnd = 0;
      for (const [start, end] of spans) {
        assert.ok(start >= previousEnd && start < end && end <= t.length, `bad span ${start}-${end} after ${previousEnd}`);
        assert.ok(!/\s/.test(t[start]) && !/\s/.test(t[end - 1]), `untrimmed ${JSON.stringify(t.slice(start, end))}`);
        covered.fill(1, start, end);
        previousEnd = end;
      }
      for (let i = 0; i < t.length; i++) assert.ok(covered[i] || /\s/.test(t[i]), `${JSON.stringify(t[i])} at ${i} is in no sentence`);
    }), { numRuns: 2000 });
  });
});
