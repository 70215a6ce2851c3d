// The date rules on the sample corpus: its traps stay quiet, and errors planted in it are found.
import assert from 'node:assert/strict';
import { dateOrderOf } from '../../../src/core/dates/dateOrder';
import { publicationOf } from '../../../src/core/dates/resolvedDate';
import { Corpus } from '../../../src/core/engine/corpus';
import { dateConflict } from '../../../src/core/rules/dateConflict';
import { weekdayMismatch } from '../../../src/core/rules/weekdayMismatch';
import type { SourceDocument } from '../../../src/core/types';
import { seedDocuments } from '../seedCorpus';

const VNEXPRESS = '000_103c670b1c94d3f4.txt';
const VNA = '001_fa98324e53cc5547.txt';
const VGP = '003_5635f593582db64a.txt';

function checked(docs: SourceDocument[]) {
  const corpus = new Corpus([weekdayMismatch, dateConflict]);
  for (const doc of docs) corpus.set(doc);
  return { corpus, result: corpus.check() };
}

/** The seeds with one document's text changed. */
function planted(path: string, from: string, to: string): SourceDocument[] {
  return seedDocuments().map((d) => {
    if (d.path !== path) return d;
    assert.ok(d.text.includes(from), `${path} holds "${from}"`);
    return { path, text: d.text.replace(from, to) };
  });
}

describe('date rules on the seeds', () => {
  it('find nothing: 9/12 at VnExpress is 9 December, and the weekdays are right', () => {
    assert.deepEqual(checked(seedDocuments()).result.findings, []);
  });

  it('read VnExpress as day/month and VGP as month/day, with the evidence in words', () => {
    const { corpus } = checked(seedDocuments());
    const view = corpus.corpusView();
    const order = (path: string) => dateOrderOf(view, view.byPath.get(path)!);
    assert.deepEqual(order(VNEXPRESS), {
      order: 'DMY',
      evidence: [
        'VnExpress writes day/month: "Tuesday, 9/12/2025" is a Tuesday only as 9 December 2025',
        'VnExpress writes day/month: "9/12" here is "December 9" in VNA\'s version of the same story',
      ],
    });
    assert.deepEqual(order(VGP), { order: 'MDY', evidence: ['VGP writes month/day: "9/29/2021" has no month 29'] });
    assert.deepEqual(publicationOf(view, view.byPath.get(VNEXPRESS)!), { year: 2025, month: 12, day: 9 });
    assert.deepEqual(publicationOf(view, view.byPath.get(VGP)!), { year: 2021, month: 9, day: 29 });
  });

  it('find a date changed in one version of the VnExpress/VNA story, with both ranges', () => {
    const docs = planted(VNA, 'hosted a reception on December 9 for', 'hosted a reception on December 8 for');
    const { result } = checked(docs);
    const text = (path: string) => docs.find((d) => d.path === path)!.text;
    const start = text(VNA).indexOf('December 8');
    const related = text(VNEXPRESS).indexOf('on 9/12. Photo') + 3;
    assert.deepEqual(result.findings.filter((f) => f.path === VNA).map((f) => [f.rule, f.span, f.text, f.message, f.suggestion, f.related]), [[
      'date-conflict', { start, end: start + 10 }, 'December 8',
      '"December 8" here; "9/12" (9 December) in VnExpress\'s version of this story.', 'December 9',
      [{ path: VNEXPRESS, span: { start: related, end: related + 4 }, text: '9/12', message: 'VnExpress: 9 December 2025' }],
    ]]);
    // VnExpress's lead agrees with VNA's captions; whether it is also flagged depends on how closely
    // it matches them, but anything flagged there points at the planted date
    for (const f of result.findings.filter((f) => f.path !== VNA)) {
      assert.deepEqual([f.rule, f.path, f.text, f.related.map((r) => [r.path, r.span.start, r.text])], ['date-conflict', VNEXPRESS, '9/12', [[VNA, start, 'December 8']]]);
    }
  });

  it('find a wrong weekday planted next to a date', () => {
    const docs = planted(VGP, 'in Moscow on Tuesday.', 'in Moscow on Monday, September 28, 2021.');
    const { result } = checked(docs);
    const start = docs.find((d) => d.path === VGP)!.text.indexOf('Monday');
    assert.deepEqual(result.findings.map((f) => [f.rule, f.path, f.span, f.message, f.suggestion]), [
      ['weekday-mismatch', VGP, { start, end: start + 'Monday, September 28, 2021'.length }, '"Monday" does not match 28 September 2021, which is a Tuesday.', 'Tuesday, September 28, 2021'],
    ]);
  });

  it('find a wrong weekday in the VnExpress date line once the other version tells the order', () => {
    const docs = planted(VNEXPRESS, 'Tuesday, 9/12/2025', 'Wednesday, 9/12/2025');
    const { result } = checked(docs);
    const start = docs.find((d) => d.path === VNEXPRESS)!.text.indexOf('Wednesday');
    assert.deepEqual(result.findings.map((f) => [f.rule, f.span, f.message]), [
      ['weekday-mismatch', { start, end: start + 'Wednesday, 9/12/2025'.length }, '"Wednesday" does not match 9 December 2025, which is a Tuesday.'],
    ]);
  });
});
