import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/core/engine/analyzedDocument';
import { datesBySentence } from '../../../src/core/dates/sentenceDates';
import { dateConflict } from '../../../src/core/rules/dateConflict';
import { corpusOf, fisheriesStory } from './articles';

const DATELINE_A = 'Wednesday, 10/12/2025 | 09:15 GMT+2';

function findingsOf(docs: Record<string, string>, style = {}) {
  return corpusOf([dateConflict], docs, style).check().findings;
}

describe('date-conflict', () => {
  it('finds two versions of one story giving different dates for the same statement', () => {
    const docs = fisheriesStory('on December 9', 'on December 8');
    const findings = findingsOf(docs);
    const at = (path: string, text: string) => ({ start: docs[path].indexOf(text), end: docs[path].indexOf(text) + text.length });
    assert.deepEqual(findings.map((f) => [f.path, f.span, f.text, f.message, f.suggestion, f.related]), [
      ['andes.txt', at('andes.txt', 'December 8'), 'December 8', '"December 8" here; "December 9" in Harbour Post\'s version of this story.', 'December 9',
        [{ path: 'harbour.txt', span: at('harbour.txt', 'December 9'), text: 'December 9', message: 'Harbour Post: 9 December' }]],
      ['harbour.txt', at('harbour.txt', 'December 9'), 'December 9', '"December 9" here; "December 8" in Andes Wire\'s version of this story.', 'December 8',
        [{ path: 'andes.txt', span: at('andes.txt', 'December 8'), text: 'December 8', message: 'Andes Wire: 8 December' }]],
    ]);
  });

  it('does not set a weekday against a date in a statement that shares only a body\'s name', () => {
    const docs = fisheriesStory('on December 9', 'on December 9', { datelineA: DATELINE_A, datelineB: DATELINE_A });
    docs['harbour.txt'] = docs['harbour.txt'].replace('Both ministers said', 'The Pacific Fisheries Board (PFB) said police detained two people on Thursday. Both ministers said');
    docs['andes.txt'] = docs['andes.txt'].replace('The two ministers said', 'The Pacific Fisheries Board (PFB) plans to inspect trawlers by December 5. The two ministers said');
    assert.deepEqual(findingsOf(docs), []);
    // nor against another weekday, and words of attribution are no shared statement
    const attributed = Object.fromEntries(Object.entries(docs).map(([path, text]) => [path, text
      .replace('detained two people on Thursday.', 'detained two people on Thursday, according to officials.')
      .replace('by December 5.', 'on Monday, according to officials.')]));
    assert.deepEqual(findingsOf(attributed), []);
    // a weekday and a date in statements that say the same still disagree
    const same = fisheriesStory('on Thursday', 'on Tuesday, December 9, 2025');
    assert.deepEqual(findingsOf(same).map((f) => [f.path, f.text]), [['andes.txt', 'December 9, 2025'], ['harbour.txt', 'Thursday']]);
  });

  it('reports only the odd one out when more versions agree on the date than give another', () => {
    const docs = fisheriesStory('on December 9', 'on December 8');
    docs['coast.txt'] = docs['harbour.txt'].replace('Harbour Post', 'Coast Wire');
    const findings = findingsOf(docs);
    assert.deepEqual(findings.map((f) => [f.path, f.text, f.message, f.suggestion, f.related.map((r) => r.path)]), [
      ['andes.txt', 'December 8', '"December 8" here; "December 9" in Coast Wire\'s version and "December 9" in Harbour Post\'s version of this story.', 'December 9', ['coast.txt', 'harbour.txt']],
    ]);
    docs['lake.txt'] = docs['andes.txt'].replace('Andes Wire', 'Lake Courier');
    assert.deepEqual(findingsOf(docs).map((f) => [f.path, f.related.length]), [['andes.txt', 2], ['coast.txt', 2], ['harbour.txt', 2], ['lake.txt', 2]]);
  });

  it('reads a numeric date in its outlet order: 8/12 at a day/month outlet is December 8', () => {
    assert.deepEqual(findingsOf(fisheriesStory('on the morning of 8/12', 'on December 8', { datelineA: DATELINE_A })), []);
    assert.deepEqual(findingsOf(fisheriesStory('on the morning of 8/12', 'on 8 December')), []);
  });

  it('finds a numeric date that disagrees once read in its outlet order, and says how it was read', () => {
    const docs = fisheriesStory('on the morning of 9/12', 'on December 8', { datelineA: DATELINE_A });
    const findings = findingsOf(docs);
    assert.deepEqual(findings.map((f) => [f.path, f.text, f.message, f.suggestion]), [
      ['andes.txt', 'December 8', '"December 8" here; "9/12" (9 December) in Harbour Post\'s version of this story.', 'December 9'],
      ['harbour.txt', '9/12', '"9/12" (9 December) here; "December 8" in Andes Wire\'s version of this story.', '8/12'],
    ]);
    assert.equal(findings[1].span.start, docs['harbour.txt'].indexOf('9/12'));
  });

  it('cites a version giving the day in words rather than one giving the same day in figures', () => {
    const docs = fisheriesStory('on the morning of 9/12', 'on December 8', { datelineA: DATELINE_A });
    docs['coast.txt'] = docs['harbour.txt'].replace('Harbour Post', 'Coast Wire').replace('on the morning of 9/12', 'on December 9');
    const [finding] = findingsOf(docs);
    assert.deepEqual([finding.path, finding.message, finding.related.map((r) => r.path)], [
      'andes.txt', '"December 8" here; "December 9" in Coast Wire\'s version of this story.', ['coast.txt'],
    ]);
    // the data still names every version that disagrees
    assert.deepEqual((finding.data as { versions: { path: string }[] }).versions.map((v) => v.path), ['coast.txt', 'harbour.txt']);
  });

  it('follows the house style order over the evidence', () => {
    const docs = fisheriesStory('on the morning of 8/12', 'on December 8', { datelineA: DATELINE_A });
    const findings = findingsOf(docs, { dateOrder: { 'Harbour Post': 'MDY' } });
    assert.deepEqual(findings.map((f) => [f.path, f.message]), [
      ['andes.txt', '"December 8" here; "8/12" (12 August) in Harbour Post\'s version of this story.'],
      ['harbour.txt', '"8/12" (12 August) here; "December 8" in Andes Wire\'s version of this story.'],
    ]);
  });

  it('says nothing while a numeric date cannot be read', () => {
    assert.deepEqual(findingsOf(fisheriesStory('on the morning of 9/12', 'on December 8')), []);
  });

  it('compares a weekday with a date of the same statement', () => {
    const agree = fisheriesStory('on Monday', 'on December 8', { datelineA: DATELINE_A, datelineB: DATELINE_A });
    assert.deepEqual(findingsOf(agree), []);
    const disagree = fisheriesStory('on Tuesday', 'on December 8', { datelineA: DATELINE_A, datelineB: DATELINE_A });
    assert.deepEqual(findingsOf(disagree).map((f) => [f.path, f.text, f.message, f.suggestion]), [
      ['andes.txt', 'December 8', '"December 8" here; "Tuesday" in Harbour Post\'s version of this story.', undefined],
      ['harbour.txt', 'Tuesday', '"Tuesday" here; "December 8" in Andes Wire\'s version of this story.', 'Monday'],
    ]);
  });

  it('accepts a day inside the other version\'s range and leaves sentences with several dates alone', () => {
    assert.deepEqual(findingsOf(fisheriesStory('during talks on December 1-4', 'on December 3')), []);
    assert.deepEqual(findingsOf(fisheriesStory('on December 9 after arriving on December 7', 'on December 8')), []);
  });

  it('never compares versions of different stories', () => {
    const story = fisheriesStory('on December 9', 'on December 8', { datelineA: DATELINE_A, datelineB: 'Monday, 12/1/2026 | 10:00 GMT+2' });
    // published a month apart, the two are not one story
    const result = corpusOf([dateConflict], story).check();
    assert.deepEqual(result.stories.map((s) => s.documents), [['andes.txt'], ['harbour.txt']]);
    assert.deepEqual(result.findings, []);
  });

  it('does not compare a statement with an unrelated sentence of the other version', () => {
    const docs = fisheriesStory('on December 9', 'on December 9');
    docs['andes.txt'] = docs['andes.txt'].replace('The two ministers said', 'On December 2, the two ministers said');
    assert.deepEqual(findingsOf(docs), []);
  });

  it('does not pair sentences on the single digits of scores: "2-1 … on Tuesday" and "1-1 … on Sunday" are other matches', () => {
    const docs = fisheriesStory('on December 9', 'on December 9', { datelineA: DATELINE_A, datelineB: DATELINE_A });
    docs['harbour.txt'] = docs['harbour.txt'].replace('Both ministers said', 'Ruritania, who beat Freedonia 2-1 in Zenda on Tuesday, won the cup 3-1 on aggregate. Both ministers said');
    docs['andes.txt'] = docs['andes.txt'].replace('The two ministers said', 'Andes progressed 4-3 on aggregate after the 1-1 draw in Zenda on Sunday. The two ministers said');
    assert.deepEqual(findingsOf(docs), []);
  });

  it('sets a day given as a bound ("since Tuesday") only against a day given the same way', () => {
    const findings = (a: string, b: string) => findingsOf(fisheriesStory(a, b, { datelineA: DATELINE_A, datelineB: DATELINE_A }));
    assert.deepEqual(findings('since Tuesday', 'on Friday'), []);
    assert.deepEqual(findings('since early Tuesday', 'on Friday'), []);
    assert.deepEqual(findings('as of December 5', 'on December 9'), []);
    assert.deepEqual(findings('by December 5', 'on December 9'), []);
    // one kind of bound, however worded, and a day something starts on, are compared
    assert.equal(findings('by December 5', 'until December 12').length, 2);
    assert.equal(findings('from January 1', 'on January 15').length, 2);
    assert.equal(findings('since Tuesday', 'since Friday').length, 2);
    assert.equal(findings('on Tuesday', 'on Friday').length, 2);
  });

  it('does not set the day of something a relative clause or a possessive describes against the day a version says something happened', () => {
    const docs = fisheriesStory('on December 9', 'on December 9', { datelineA: DATELINE_A, datelineB: DATELINE_A });
    const sentence = 'signed a fisheries cooperation agreement in Helsinki on December 9';
    const andes = (text: string) => ({ ...docs, 'andes.txt': docs['andes.txt'].replace(sentence, text) });
    assert.deepEqual(findingsOf(andes('signed a fisheries cooperation agreement, which was drafted on December 2, in Helsinki')), []);
    assert.deepEqual(findingsOf(andes("signed Tuesday's fisheries cooperation agreement in Helsinki")), []);
    // the same day given outright still disagrees, as do a body named in capitals and a statement reported
    assert.equal(findingsOf(andes('signed a fisheries cooperation agreement in Helsinki on December 2')).length, 2);
    assert.equal(findingsOf(andes('signed a fisheries cooperation agreement in Helsinki, the WHO said on December 2')).length, 2);
    assert.equal(findingsOf(andes('said that they signed a fisheries cooperation agreement in Helsinki on December 2')).length, 2);
  });

  it('reads a date a caption ends on after a comma as when the photo was taken, not as a statement', () => {
    const docs = fisheriesStory('on December 9', 'on December 9', { datelineA: DATELINE_A, datelineB: DATELINE_A });
    const caption = (date: string) => `Elina Valtonen and Alberto van Klaveren sign the fisheries cooperation agreement in Helsinki, ${date}. Photo by Harbour Post/Leena Virtanen`;
    docs['harbour.txt'] = docs['harbour.txt'].replace('The agreement covers', `${caption('8/12/2025')}\n\nThe agreement covers`);
    assert.deepEqual(findingsOf(docs), []);
    // a day without its year there may date the event, and counts
    const datesIn = (text: string) => [...datesBySentence(analyzeDocument({ path: 'a.txt', text })).values()].flat().map((d) => text.slice(d.span.start, d.span.end));
    assert.deepEqual(datesIn(docs['harbour.txt']), ['December 9']);
    assert.deepEqual(datesIn(docs['harbour.txt'].replace(caption('8/12/2025'), caption('December 8'))), ['December 9', 'December 8']);
  });
});
