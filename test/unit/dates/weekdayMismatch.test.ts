import assert from 'node:assert/strict';
import { weekdayMismatch } from '../../../src/core/rules/weekdayMismatch';
import { articleText, corpusOf } from './articles';

const PROSE = 'The delegation discussed trade, investment and education with officials of the host country during the visit.';

function check(paragraph: string, dateline?: string, style = {}) {
  const text = articleText({ headline: 'Delegation visits the port city', dateline, paragraphs: [`${paragraph} ${PROSE}`], outlet: 'Harbour Post' });
  return { text, findings: corpusOf([weekdayMismatch], { 'a.txt': text }, style).check().findings };
}

describe('weekday-mismatch', () => {
  it('finds a weekday written with a date it does not fall on, and marks the two', () => {
    const { text, findings } = check('The talks opened on Monday, December 9, 2025 in the capital.');
    const start = text.indexOf('Monday');
    const written = 'Monday, December 9, 2025';
    assert.equal(findings.length, 1);
    assert.deepEqual(
      { ...findings[0], data: undefined },
      {
        rule: 'weekday-mismatch',
        severity: 'warning',
        message: '"Monday" does not match 9 December 2025, which is a Tuesday.',
        path: 'a.txt',
        span: { start, end: start + written.length },
        text: written,
        suggestion: 'Tuesday, December 9, 2025',
        related: [],
        data: undefined,
      },
    );
    assert.deepEqual(findings[0].data, { ignoreAs: 'Monday', written: 'Monday', date: '2025-12-09', weekday: 'Tuesday', year: 'written' });
  });

  it('is silenced by ignoring its weekday, as the house style writes it', () => {
    assert.deepEqual(check('The talks opened on Monday, December 9, 2025 in the capital.', undefined, { ignore: ['monday'] }).findings, []);
    assert.deepEqual(check('The talks opened on Monday, December 9, 2025 in the capital.', undefined, { ignoreIn: { 'a.txt': ['Monday'] } }).findings, []);
  });

  it('accepts a weekday that matches its date', () => {
    assert.deepEqual(check('The talks opened on Tuesday, December 9, 2025 in the capital.').findings, []);
    assert.deepEqual(check('The talks opened on Tuesday (9 December 2025) in the capital.').findings, []);
  });

  it('takes a yearless date in the year nearest the publication date', () => {
    const wrong = check('The talks opened on Sunday, December 8 in the capital.', 'Wednesday, 10/12/2025 | 09:15 GMT+2').findings;
    assert.deepEqual(wrong.map((f) => [f.text, f.message, f.suggestion]), [['Sunday, December 8', '"Sunday" does not match 8 December 2025, which is a Monday.', 'Monday, December 8']]);
    assert.equal(wrong[0].data?.year, 'nearest to the publication date');
    assert.deepEqual(check('The talks opened on Monday, December 8 in the capital.', 'Wednesday, 10/12/2025 | 09:15 GMT+2').findings, []);
  });

  it('says nothing when the year cannot be known or is far from the publication date', () => {
    assert.deepEqual(check('The talks opened on Sunday, December 8 in the capital.').findings, []);
    assert.deepEqual(check('The talks opened on Sunday, June 8 in the capital.', 'Wednesday, 10/12/2025 | 09:15 GMT+2').findings, []);
  });

  it('never checks a weekday written alone: it is relative to the publication date', () => {
    assert.deepEqual(check('The talks opened on Monday in the capital.', 'Wednesday, 10/12/2025 | 09:15 GMT+2').findings, []);
  });

  it('never holds an ambiguous numeric date against the weekday that tells its order', () => {
    assert.deepEqual(check('The talks opened in the capital.', 'Tuesday, 9/12/2025 | 21:34 GMT+7').findings, []);
    assert.deepEqual(check('The talks opened in the capital.', 'Friday, 9/12/2025 | 21:34 GMT+7', { dateOrder: { 'Harbour Post': 'DMY' } }).findings, []);
  });

  it('finds a wrong weekday in a numeric date once the outlet order is known', () => {
    const { text, findings } = check('The talks opened in the capital.', 'Thursday, 9/12/2025 | 21:34 GMT+7', { dateOrder: { 'Harbour Post': 'DMY' } });
    assert.deepEqual(findings.map((f) => [f.span.start, f.text, f.message, f.suggestion]), [
      [text.indexOf('Thursday'), 'Thursday, 9/12/2025', '"Thursday" does not match 9 December 2025, which is a Tuesday.', 'Tuesday, 9/12/2025'],
    ]);
    assert.deepEqual(check('The talks opened in the capital.', 'Thursday, 9/12/2025 | 21:34 GMT+7').findings, []);
  });

  it('suggests the weekday in the form it was written', () => {
    assert.deepEqual(check('The talks opened on Mon., Dec. 9, 2025 in the capital.').findings.map((f) => [f.text, f.suggestion]), [['Mon., Dec. 9, 2025', 'Tue., Dec. 9, 2025']]);
    assert.deepEqual(check('The talks opened on MONDAY, DECEMBER 9, 2025 in the capital.').findings.map((f) => [f.text, f.suggestion]), [['MONDAY, DECEMBER 9, 2025', 'TUESDAY, DECEMBER 9, 2025']]);
  });

  it('points at the weekday and its date in the HTML source, entities and all', () => {
    const html = '<html><head><title>Delegation visits the port city</title></head><body><h1>Delegation visits the port city</h1>' +
      `<p>The talks &amp; visits opened on Monday,&nbsp;December&nbsp;9, 2025 in the capital. ${PROSE}</p></body></html>`;
    const findings = corpusOf([weekdayMismatch], { 'a.html': html }).check().findings;
    const start = html.indexOf('Monday');
    const written = 'Monday,&nbsp;December&nbsp;9, 2025';
    assert.deepEqual(findings.map((f) => [f.span, f.text, f.suggestion]), [[{ start, end: start + written.length }, written, 'Tuesday,&nbsp;December&nbsp;9, 2025']]);
  });
});
