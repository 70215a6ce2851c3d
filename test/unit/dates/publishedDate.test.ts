import assert from 'node:assert/strict';
import { spelledDates } from '../../../src/core/dates/datePatterns';
import { dateOrderOf } from '../../../src/core/dates/dateOrder';
import { dateLineOf } from '../../../src/core/dates/documentDates';
import { publicationOf } from '../../../src/core/dates/resolvedDate';
import { isDateLine } from '../../../src/core/extract/dateLine';
import { extractArticle } from '../../../src/core/extract/extractArticle';
import { articleText, corpusOf } from './articles';

const PROSE = 'The delegation discussed trade, investment and education with officials of the host country during the visit.';

function publishedOf(dateline: string, path = 'a.txt') {
  const text = articleText({ headline: 'Delegation visits the port city', dateline, paragraphs: [PROSE], outlet: 'Harbour Post' });
  return { text, published: extractArticle({ path, text }).published };
}

describe('publishedDate (date line)', () => {
  it('reads a numeric date line that the printed weekday makes unambiguous', () => {
    const { text, published } = publishedOf('Tuesday, 9/12/2025 | 21:34 GMT+7');
    const start = text.indexOf('Tuesday');
    assert.deepEqual(published, {
      iso: '2025-12-09',
      evidence: [{ says: 'the date line "Tuesday, 9/12/2025 | 21:34 GMT+7" (9/12/2025 is a Tuesday only as 9 December 2025)', span: { start, end: start + 32 } }],
    });
  });

  it('reads a numeric date line where one number cannot be a month', () => {
    assert.equal(publishedOf('9:00:26 AM | 9/29/2021').published?.iso, '2021-09-29');
    assert.match(publishedOf('9:00:26 AM | 9/29/2021').published?.evidence[0].says ?? '', /9\/29\/2021 can only be 29 September 2021: there is no month 29/);
  });

  it('reads spelled and year-first date lines', () => {
    assert.equal(publishedOf('December 9, 2025').published?.iso, '2025-12-09');
    assert.equal(publishedOf('Updated: 2025-12-09 10:00').published?.iso, '2025-12-09');
    assert.equal(publishedOf('PUBLISHED : Jul 30, 2026, 08:20 | UPDATED : Jul 30, 2026, 10:05').published?.iso, '2026-07-30');
    assert.equal(publishedOf('April 17, 2025 5:21 PM GMT+7 Updated 2 hours ago').published?.iso, '2025-04-17');
    assert.equal(publishedOf('March 26, 2024 19:30 JST').published?.iso, '2024-03-26');
    assert.equal(publishedOf('Thứ Bảy, 30/3/2024').published?.iso, '2024-03-30');
    assert.equal(publishedOf('Published - November 14, 2029 11:02 pm IST').published?.iso, '2029-11-14');
    assert.equal(publishedOf('Nov. 14, 2029 7:15 a.m. EST').published?.iso, '2029-11-14');
    // a teaser's "Sport • Jan 12, 2025" is no stamp, nor an event's time in a two-letter zone
    assert.equal(isDateLine('Sport • Jan 12, 2025'), false);
    assert.equal(isDateLine('Sun, Feb. 9, 2025 · 6:30 p.m. ET'), false);
    assert.equal(publishedOf('17.11.2025 - Update : 17.11.2025').published?.iso, '2025-11-17');
    // Viet Nam News prints the month, then the day and the year
    assert.equal(publishedOf('January, 06/2025 - 17:45').published?.iso, '2025-01-06');
    assert.equal(publishedOf('December, 09/2025 11:02').published?.iso, '2025-12-09');
    assert.equal(publishedOf('June, 31/2025 - 09:00').published, undefined);
    assert.deepEqual(spelledDates('In August, 5/2024 of the cases were closed.'), []);
  });

  it('reads a date line the site signs first', () => {
    assert.equal(publishedOf('VOV.VN - Sunday, 08/09/2024 | 10:15').published?.iso, '2024-09-08');
    assert.equal(publishedOf('VNA | December 9, 2025').published?.iso, '2025-12-09');
    assert.equal(publishedOf('Hanoi - December 9, 2025').published, undefined);
    assert.equal(publishedOf('Jakarta ● Fri, March 13, 2026').published?.iso, '2026-03-13');
    // a figure after a name is no stamp
    for (const line of ['GDP - 7.09', 'CPI | 3.5', 'HCMC - 30/4']) assert.equal(isDateLine(line), false, line);
  });

  it('leaves an ambiguous date line unresolved until the outlet order is known', () => {
    assert.equal(publishedOf('9/12/2025 | 10:00').published, undefined);
    const docs = {
      'a.txt': publishedOf('9/12/2025 | 10:00').text,
      'b.txt': articleText({ headline: 'Ministers open a new trade office', paragraphs: [`The office opened on 29/9/2021 in the capital. ${PROSE}`], outlet: 'Harbour Post' }),
    };
    const view = corpusOf([], docs).corpusView();
    const doc = view.byPath.get('a.txt')!;
    assert.equal(dateOrderOf(view, doc).order, 'DMY');
    assert.deepEqual(publicationOf(view, doc), { year: 2025, month: 12, day: 9 });
  });

  it('prefers the front matter date to the date line', () => {
    const text = `---\ndate: 2025-12-10\n---\n\n${articleText({ headline: 'Delegation visits the port city', dateline: 'December 9, 2025', paragraphs: [PROSE] })}`;
    assert.equal(extractArticle({ path: 'a.md', text }).published?.iso, '2025-12-10');
  });
});

describe('the date line nearest the headline, on a page whose furniture lines are joined', () => {
  const page = [
    'Government announces new coastal protection plan for the delta',
    'The government on Monday announced a new plan to protect the coastline of the Mekong delta from erosion, officials said in a statement released to the press.',
    'The plan covers twelve provinces and will be funded over the next five years by the national budget and by international partners, the ministry said.',
    'Local authorities welcomed the announcement and said work on the first sea dykes would begin early next year in the hardest hit districts of the region.',
    'Related news',
    'Floods hit central provinces',
    'Heavy rain caused floods across three provinces',
    'Rice exports rise in November',
    'December 1, 2025',
    'Port upgrade approved',
  ];

  it('is counted in the page\'s own lines: a teaser\'s date six lines below the headline is no date line', () => {
    const article = extractArticle({ path: 'x.txt', text: page.join('\n') });
    assert.ok(article.blocks.some((b) => (b.joined ?? 1) > 1), 'the teaser lines were not joined: the test proves nothing');
    assert.equal(dateLineOf(article), undefined);
    assert.equal(article.published, undefined);
  });

  it('is the same for the article an analysis thread hands back (a copy, without the main thread\'s cache)', () => {
    const withFrontMatter = ['---', 'date: 2025-12-09', '---', ...page].join('\n');
    for (const article of [extractArticle({ path: 'x.txt', text: page.join('\n') }), extractArticle({ path: 'x.md', text: withFrontMatter })]) {
      assert.equal(dateLineOf(structuredClone(article)), undefined, article.path);
      assert.equal(dateLineOf(article), undefined, article.path);
    }
  });
});
