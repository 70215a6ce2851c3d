import assert from 'node:assert/strict';
import { dateOrderOf } from '../../../src/core/dates/dateOrder';
import { articleText, corpusOf, fisheriesStory } from './articles';

const PROSE = 'The delegation discussed trade, investment and education with officials of the host country during the visit.';

function verdicts(docs: Record<string, string>, style = {}) {
  const view = corpusOf([], docs, style).corpusView();
  return Object.fromEntries(view.documents.map((d) => [d.source.path, dateOrderOf(view, d)]));
}

describe('dateOrderOf', () => {
  it('reads day/month from a number that cannot be a month', () => {
    const { 'a.txt': verdict } = verdicts({
      'a.txt': articleText({ headline: 'Delegation visits the port city', paragraphs: [`The agreement was signed on 29/9/2021 in the port city. ${PROSE}`], outlet: 'Harbour Post' }),
    });
    assert.deepEqual(verdict, { order: 'DMY', evidence: ['Harbour Post writes day/month: "29/9/2021" has no month 29'] });
  });

  it('reads the order from a weekday that fits one reading only, and shares it across the outlet', () => {
    const result = verdicts({
      'a.txt': articleText({ headline: 'Delegation visits the port city', dateline: 'Tuesday, 9/12/2025 | 21:34 GMT+7', paragraphs: [PROSE], outlet: 'Harbour Post' }),
      'b.txt': articleText({ headline: 'Ministers open a new trade office', paragraphs: [`The office opened on 3/4 in the capital. ${PROSE}`], outlet: 'Harbour Post' }),
    });
    const expected = { order: 'DMY', evidence: ['Harbour Post writes day/month: "Tuesday, 9/12/2025" is a Tuesday only as 9 December 2025'] };
    assert.deepEqual(result['a.txt'], expected);
    assert.deepEqual(result['b.txt'], expected);
  });

  it('reads month/day from the same kind of evidence', () => {
    const { 'a.txt': verdict } = verdicts({
      'a.txt': articleText({ headline: 'Delegation visits the port city', dateline: '9:00:26 AM | 9/29/2021', paragraphs: [PROSE], outlet: 'Gov Portal' }),
    });
    assert.deepEqual(verdict, { order: 'MDY', evidence: ['Gov Portal writes month/day: "9/29/2021" has no month 29'] });
  });

  it('reads the order from another version of the same story that spells the date', () => {
    const result = verdicts(fisheriesStory('on the morning of 8/12', 'on December 8'));
    assert.deepEqual(result['harbour.txt'], {
      order: 'DMY',
      evidence: ['Harbour Post writes day/month: "8/12" here is "December 8" in Andes Wire\'s version of the same story'],
    });
    assert.deepEqual(result['andes.txt'], { order: undefined, evidence: [] });
  });

  it('lets the house style override the evidence', () => {
    const result = verdicts(fisheriesStory('on the morning of 8/12', 'on December 8', { datelineA: 'Wednesday, 10/12/2025 | 09:15 GMT+2' }), { dateOrder: { 'harbour post': 'MDY' } });
    assert.deepEqual(result['harbour.txt'], { order: 'MDY', evidence: ['The house style says Harbour Post writes month/day.'] });
  });

  it('uses only its own evidence for a document without an outlet', () => {
    const result = verdicts({
      'a.txt': articleText({ headline: 'Delegation visits the port city', paragraphs: [`The agreement was signed on 29/9/2021 in the port city. ${PROSE}`] }),
      'b.txt': articleText({ headline: 'Ministers open a new trade office', paragraphs: [`The office opened on 3/4 in the capital. ${PROSE}`] }),
    });
    assert.equal(result['a.txt'].order, 'DMY');
    assert.deepEqual(result['b.txt'], { order: undefined, evidence: [] });
  });

  it('decides nothing when certain evidence points both ways', () => {
    const { 'a.txt': verdict } = verdicts({
      'a.txt': articleText({ headline: 'Delegation visits the port city', paragraphs: [`It was signed on 29/9/2021 and ratified on 10/30/2021. ${PROSE}`], outlet: 'Harbour Post' }),
    });
    assert.equal(verdict.order, undefined);
    assert.deepEqual(verdict.evidence, [
      'Harbour Post writes day/month: "29/9/2021" has no month 29',
      'Harbour Post writes month/day: "10/30/2021" has no month 30',
    ]);
  });

  it('reads the order from the date line against the front matter date', () => {
    const body = articleText({ headline: 'Delegation visits the port city', dateline: '9/12/2025 | 10:00', paragraphs: [PROSE], outlet: 'Harbour Post' });
    const { 'a.md': verdict } = verdicts({ 'a.md': `---\ndate: "2025-12-09"\n---\n\n${body}` });
    assert.deepEqual(verdict, { order: 'DMY', evidence: ['Harbour Post writes day/month: the date line\'s "9/12/2025" is the published date 2025-12-09 only read day/month'] });
  });
});
