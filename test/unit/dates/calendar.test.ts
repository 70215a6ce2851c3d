import assert from 'node:assert/strict';
import { formatDate, isValidDay, nearestYear, parseIso, toIso, weekdayOf } from '../../../src/core/dates/calendar';

describe('calendar', () => {
  it('knows the weekday of a date', () => {
    assert.equal(weekdayOf({ year: 2025, month: 12, day: 9 }), 2); // Tuesday
    assert.equal(weekdayOf({ year: 2021, month: 9, day: 28 }), 2);
    assert.equal(weekdayOf({ year: 2025, month: 9, day: 12 }), 5); // Friday
  });

  it('knows which days exist, leap years included', () => {
    assert.equal(isValidDay(29, 2, 2024), true);
    assert.equal(isValidDay(29, 2, 2025), false);
    assert.equal(isValidDay(29, 2), true);
    assert.equal(isValidDay(9, 29), false);
    assert.equal(isValidDay(31, 4), false);
  });

  it('places a yearless date in the year nearest the publication date', () => {
    assert.equal(nearestYear({ day: 9, month: 12 }, { year: 2025, month: 12, day: 10 }), 2025);
    assert.equal(nearestYear({ day: 30, month: 12 }, { year: 2026, month: 1, day: 2 }), 2025);
    assert.equal(nearestYear({ day: 2, month: 1 }, { year: 2025, month: 12, day: 30 }), 2026);
  });

  it('writes and reads ISO dates, and names dates unambiguously', () => {
    assert.equal(toIso({ year: 2025, month: 12, day: 9 }), '2025-12-09');
    assert.deepEqual(parseIso('2025-12-09T21:34:00+07:00'), { year: 2025, month: 12, day: 9 });
    assert.equal(parseIso('2025-02-30'), undefined);
    assert.equal(formatDate({ day: 9, month: 12, year: 2025 }), '9 December 2025');
    assert.equal(formatDate({ day: 9, month: 12 }), '9 December');
  });
});
