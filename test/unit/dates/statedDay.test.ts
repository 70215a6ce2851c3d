import assert from 'node:assert/strict';
import { compareStated, describeStated, type StatedDay } from '../../../src/core/dates/statedDay';

const date = (day: number, month: number, year?: number, yearWritten = false, rangeEnd?: number): StatedDay =>
  ({ kind: 'date', date: { day, month, ...(year !== undefined ? { year } : {}), yearWritten, ...(rangeEnd !== undefined ? { rangeEnd } : {}) } });
const weekday = (n: number): StatedDay => ({ kind: 'weekday', weekday: n });

describe('compareStated', () => {
  it('compares days and, when both are written, years', () => {
    assert.equal(compareStated(date(9, 12, 2025), date(9, 12)), 'agree');
    assert.equal(compareStated(date(9, 12, 2025), date(8, 12, 2025)), 'conflict');
    assert.equal(compareStated(date(9, 12, 2025, true), date(9, 12, 2024, true)), 'conflict');
    assert.equal(compareStated(date(9, 12, 2025, true), date(9, 12, 2024)), 'agree');
  });

  it('takes a written year that is not the other version\'s year as another event', () => {
    assert.equal(compareStated(date(3, 3, 2024, true), date(9, 12, 2025)), 'unknown');
  });

  it('compares a weekday with a date only when the year is known', () => {
    assert.equal(compareStated(weekday(2), date(9, 12, 2025)), 'agree');
    assert.equal(compareStated(weekday(1), date(9, 12, 2025)), 'conflict');
    assert.equal(compareStated(weekday(1), date(9, 12)), 'unknown');
    assert.equal(compareStated(weekday(1), weekday(2)), 'conflict');
  });

  it('accepts a day inside a range and compares ranges whole', () => {
    assert.equal(compareStated(date(1, 12, undefined, false, 4), date(3, 12)), 'agree');
    assert.equal(compareStated(date(1, 12, undefined, false, 4), date(5, 12)), 'unknown');
    assert.equal(compareStated(date(1, 12, undefined, false, 4), date(1, 12, undefined, false, 5)), 'conflict');
  });

  it('names stated days for messages', () => {
    assert.equal(describeStated(date(1, 12, 2025, false, 4)), '1–4 December 2025');
    assert.equal(describeStated(weekday(2)), 'a Tuesday');
  });
});
