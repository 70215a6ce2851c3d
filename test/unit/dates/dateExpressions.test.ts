import assert from 'node:assert/strict';
import { findDateExpressions } from '../../../src/core/dates/dateExpressions';

/** [text, start, end] of each expression, and of its date and weekday parts. */
function found(text: string, options = {}) {
  return findDateExpressions(text, options).map((e) => ({
    text: e.text,
    at: [e.start, e.end],
    ...(e.date ? { date: [e.date.text, e.date.start, e.date.end] } : {}),
    ...(e.weekday ? { weekday: [e.weekday.text, e.weekday.start, e.weekday.end] } : {}),
  }));
}

describe('findDateExpressions', () => {
  it('finds spelled dates in both orders, abbreviated, with ordinals, years and ranges', () => {
    const text = 'Talks on December 9 followed 9 December 2025 meetings, a Dec. 9 note, September 28, 2021 events, the 9th of December and a December 1-4 visit.';
    assert.deepEqual(findDateExpressions(text).map((e) => [e.text, e.start, e.end, e.date?.fixed, e.date?.year, e.date?.rangeEnd]), [
      ['December 9', 9, 19, { day: 9, month: 12 }, undefined, undefined],
      ['9 December 2025', 29, 44, { day: 9, month: 12 }, 2025, undefined],
      ['Dec. 9', 57, 63, { day: 9, month: 12 }, undefined, undefined],
      ['September 28, 2021', 70, 88, { day: 28, month: 9 }, 2021, undefined],
      ['9th of December', 101, 116, { day: 9, month: 12 }, undefined, undefined],
      ['December 1-4', 123, 135, { day: 1, month: 12 }, undefined, 4],
    ]);
  });

  it('ends a date before the full stop of its sentence, and keeps the dot of an abbreviated month', () => {
    assert.deepEqual(findDateExpressions('The bridge opened on 19 July. Work began on 9 May. A note dated 3 Sept. followed.').map((e) => e.text), [
      '19 July', '9 May', '3 Sept.',
    ]);
  });

  it('reads a capitalised month after lower-case look-alikes, and dates in other cases and spellings', () => {
    assert.deepEqual(findDateExpressions('They may 5 times delay it; march 3 passed, then Market 9 and DECEMBER 9 and the 2nd OF March came.').map((e) => e.text), [
      'DECEMBER 9', '2nd OF March',
    ]);
    assert.deepEqual(findDateExpressions('Mar 3, MarDec 9, aDec 9 and Aug 1 to 4, 2025.').map((e) => e.text), ['Mar 3', 'Aug 1 to 4, 2025']);
  });

  it('reads a capitalised weekday with the word before it, whatever the spaces and its case', () => {
    const text = 'Talks resumed last  Monday, not this sunday; next\tFriday, then NEXT Wednesday. It ended Sunday this Monday.';
    assert.deepEqual(findDateExpressions(text).map((e) => [e.text, e.weekday?.qualifier]), [
      ['Monday', 'last'], ['Friday', 'next'], ['Wednesday', 'next'], ['Sunday', undefined], ['Monday', 'this'],
    ]);
  });

  it('keeps numeric dates ambiguous, with each valid reading', () => {
    const [date] = findDateExpressions('The talks were held on 9/12.');
    assert.deepEqual([date.text, date.start, date.end], ['9/12', 23, 27]);
    assert.deepEqual(date.date?.readings, { DMY: { day: 9, month: 12 }, MDY: { day: 12, month: 9 } });
    const [late] = findDateExpressions('Signed on 29/9/2021 in Hanoi.');
    assert.deepEqual(late.date?.readings, { DMY: { day: 29, month: 9 } });
    assert.equal(late.date?.year, 2021);
  });

  it('reads year-first dates and dotted dates with a year', () => {
    assert.deepEqual(found('Filed 2025-12-09T21:34:00Z and stamped 9.12.2025.'), [
      { text: '2025-12-09', at: [6, 16], date: ['2025-12-09', 6, 16] },
      { text: '9.12.2025', at: [39, 48], date: ['9.12.2025', 39, 48] },
    ]);
  });

  it('takes a yearless numeric date only where the context says date', () => {
    assert.deepEqual(found('He arrived on the afternoon of 9/12, during a visit.').map((e) => e.at), [[31, 35]]);
    assert.deepEqual(found('Photo taken on 9/12. Photo: TTXVN').map((e) => e.at), [[15, 19]]);
    assert.deepEqual(found('9/12/2025 | 21:34', { dateLine: true }).map((e) => e.text), ['9/12/2025']);
    assert.deepEqual(found('The team won 9/12 of its games.'), []);
    assert.deepEqual(found('He scored 9/12 in the test.'), []);
  });

  it('leaves out times, scores, ratios, fractions and ranges of numbers', () => {
    for (const text of [
      'the Joint Vision Statement for 2020-2022',
      'Approximately 60,000-80,000 Vietnamese people',
      'about 3/4 of the members',
      'voted on 3/4 of the bills',
      'at 21:34 GMT+7',
      'a rate of 9.12 per cent',
      'the 1-4 defeat',
      'https://example.com/2025/12/09/story',
      'in May 2020',
      'they may 5 times',
    ]) assert.deepEqual(found(text), [], text);
  });

  it('attaches a weekday written with its date, in every usual form', () => {
    assert.deepEqual(found('Tuesday, 9/12/2025 | 21:34 GMT+7', { dateLine: true }), [
      { text: 'Tuesday, 9/12/2025', at: [0, 18], date: ['9/12/2025', 9, 18], weekday: ['Tuesday', 0, 7] },
    ]);
    assert.deepEqual(found('It opened on Tuesday, December 9 in Hanoi.'), [
      { text: 'Tuesday, December 9', at: [13, 32], date: ['December 9', 22, 32], weekday: ['Tuesday', 13, 20] },
    ]);
    assert.deepEqual(found('Tue., Dec. 9'), [{ text: 'Tue., Dec. 9', at: [0, 12], date: ['Dec. 9', 6, 12], weekday: ['Tue', 0, 3] }]);
    assert.deepEqual(found('on December 9 (Tuesday) at noon').map((e) => e.text), ['December 9 (Tuesday)']);
    assert.deepEqual(found('on Tuesday (December 9) at noon').map((e) => e.text), ['Tuesday (December 9)']);
  });

  it('finds weekdays alone, with their qualifier, but not names or recurring days', () => {
    assert.deepEqual(findDateExpressions('He met Lavrov in Moscow on Tuesday.').map((e) => [e.text, e.start, e.weekday?.weekday]), [['Tuesday', 27, 2]]);
    assert.deepEqual(findDateExpressions('They met last Wednesday.').map((e) => [e.text, e.start, e.weekday?.qualifier]), [['Wednesday', 14, 'last']]);
    assert.deepEqual(found('The ministry said Tuesday that talks would go on.').map((e) => e.text), ['Tuesday']);
    for (const text of ['Black Friday sales rose', 'the Sunday Times reported', 'markets open every Monday', 'a Super Tuesday win', 'the Sun said', 'on Tuesdays']) {
      assert.deepEqual(found(text), [], text);
    }
  });

  it('keeps a list of days as a range, and a day followed by a count as a day', () => {
    assert.deepEqual(findDateExpressions('on September 2 and 3').map((e) => [e.text, e.date?.rangeEnd]), [['September 2 and 3', 3]]);
    assert.deepEqual(findDateExpressions('on December 9 and 5 others').map((e) => [e.text, e.date?.rangeEnd]), [['December 9', undefined]]);
    assert.deepEqual(findDateExpressions('on December 9, 12 people died').map((e) => [e.text, e.date?.rangeEnd]), [['December 9', undefined]]);
    assert.deepEqual(findDateExpressions('on December 9, 10 and 11').map((e) => [e.text, e.date?.rangeEnd]), [['December 9, 10 and 11', 11]]);
    assert.deepEqual(findDateExpressions('December 9, 2025').map((e) => [e.text, e.date?.year]), [['December 9, 2025', 2025]]);
  });
});
