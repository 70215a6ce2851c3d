import assert from 'node:assert/strict';
import { findDateExpressions } from '../../../src/core/dates/dateExpressions';
import { DateTable } from '../../../src/core/dates/dateTable';
import type { DateExpression } from '../../../src/core/dates/writtenDate';
import { Corpus } from '../../../src/core/engine/corpus';
import { isCheckedBlock } from '../../../src/core/engine/analyzedDocument';
import { seedDocuments } from '../seedCorpus';

/** The expression as the finder gives it, without the numeric date's `year: undefined`, which the table leaves out. */
function plain(expression: DateExpression): DateExpression {
  return JSON.parse(JSON.stringify(expression)) as DateExpression;
}

function roundTrip(text: string): void {
  const found = findDateExpressions(text);
  assert.ok(found.length > 0, text);
  const table = DateTable.of(found.map((expression, k) => ({ sentence: k, expression })));
  assert.equal(table.count, found.length);
  found.forEach((expression, k) => assert.deepEqual(table.expression(k, text), plain(expression), expression.text));
}

describe('DateTable', () => {
  it('gives back every kind of expression as the finder wrote it', () => {
    roundTrip('Talks on Tuesday, December 9, 2025 followed 9 December meetings and the 1-4 December visit.');
    roundTrip('He left on 9/12, came back on 29/9/2021, and the 2025-12-09 filing was dated 5.5.2025.');
    roundTrip('On Tue. 9/12/2025 and last Friday, next Monday, this Sunday (December 7) and December 9 (Tuesday).');
    roundTrip('The December 9 and 5 others case opened on 31 December 2199 and Dec. 1 through 4.');
  });

  it('gives back expressions beyond the reach of 16 bits, in blocks longer than 32,767 characters', () => {
    roundTrip(`${'Word '.repeat(8000)}then on Tuesday, December 9, 2025 and 9/12.`);
  });

  it('tells numeric dates apart, and where each sentence\'s expressions start', () => {
    const placed = [
      { sentence: 2, text: 'on December 9' },
      { sentence: 2, text: 'on 9/12/2025' },
      { sentence: 5, text: 'on Friday' },
    ].map(({ sentence, text }) => ({ sentence, expression: findDateExpressions(text)[0] }));
    const table = DateTable.of(placed);
    assert.deepEqual([0, 1, 2].map((k) => table.isNumeric(k)), [false, true, false]);
    assert.equal(table.hasNumericDate(), true);
    assert.equal(DateTable.of([placed[0], placed[2]]).hasNumericDate(), false);
    assert.deepEqual(table.sentences(), [2, 5]);
    assert.deepEqual([0, 2, 3, 5, 6].map((s) => table.firstFrom(s)), [0, 0, 2, 2, 3]);
    assert.deepEqual([table.start(1), table.end(1)], [3, 12]);
  });

  it('keeps nothing for a document without dates', () => {
    assert.equal(DateTable.of([]), DateTable.EMPTY);
    assert.deepEqual(DateTable.EMPTY.sentences(), []);
  });

  it('gives back every expression of the seed articles', () => {
    const corpus = new Corpus([]);
    let seen = 0;
    for (const source of seedDocuments()) {
      const doc = corpus.set(source);
      for (const block of doc?.article.blocks.filter(isCheckedBlock) ?? []) {
        const count = findDateExpressions(block.text).length;
        if (count) roundTrip(block.text);
        seen += count;
      }
    }
    assert.ok(seen > 10, `${seen} expressions`);
  });
});
