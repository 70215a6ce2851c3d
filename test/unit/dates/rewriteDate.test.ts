import assert from 'node:assert/strict';
import { findDateExpressions } from '../../../src/core/dates/dateExpressions';
import { rewriteDate } from '../../../src/core/dates/rewriteDate';

function rewritten(text: string, day: number, month: number, order?: 'DMY' | 'MDY', year?: number) {
  const date = findDateExpressions(`on ${text}`)[0]?.date;
  assert.ok(date, text);
  return rewriteDate(date, order, { day, month, ...(year !== undefined ? { year } : {}) });
}

describe('rewriteDate', () => {
  it('keeps the way a spelled date was written', () => {
    assert.equal(rewritten('December 8', 9, 12), 'December 9');
    assert.equal(rewritten('8 December 2025', 9, 12), '9 December 2025');
    assert.equal(rewritten('Dec. 8', 2, 1), 'Jan. 2');
    assert.equal(rewritten('8th of December', 1, 11), '1st of November');
    assert.equal(rewritten('December 8, 2025', 9, 12, undefined, 2024), 'December 9, 2024');
  });

  it('writes a short month name whole, not as an abbreviation ("3 June" → "3 July", "May 5" → "June 5")', () => {
    assert.equal(rewritten('3 June', 3, 7), '3 July');
    assert.equal(rewritten('May 5', 5, 6), 'June 5');
    assert.equal(rewritten('July 4', 4, 5), 'May 4');
    assert.equal(rewritten('Sept. 3', 3, 10), 'Oct. 3');
    assert.equal(rewritten('3 Sept', 3, 9), '3 Sept');
  });

  it('writes numeric dates in the outlet order, with their separator and padding', () => {
    assert.equal(rewritten('8/12', 9, 12, 'DMY'), '9/12');
    assert.equal(rewritten('12/8', 9, 12, 'MDY'), '12/9');
    assert.equal(rewritten('08.12.2025', 9, 3, 'DMY'), '09.03.2025');
    assert.equal(rewritten('8/12', 9, 12), undefined);
    assert.equal(rewritten('2025-12-08', 9, 12), '2025-12-09');
  });

  it('leaves ranges alone', () => {
    assert.equal(rewritten('December 1-4', 2, 12), undefined);
  });
});
