import assert from 'node:assert/strict';
import { DocumentNames } from '../../../src/core/mentions/documentNames';

describe('DocumentNames', () => {
  it('gives back each mention’s words joined by spaces and its span, in document order', () => {
    const names = DocumentNames.of([
      { start: 10, end: 23, words: ['Sergey', 'Shoigu'] },
      { start: 40, end: 55, words: ['Nguyen', 'Phu', 'Trong'] },
    ]);
    assert.equal(names.size, 2);
    assert.deepEqual([names.formOf(0), names.formOf(1)], ['Sergey Shoigu', 'Nguyen Phu Trong']);
    assert.deepEqual([names.spanOf(0), names.spanOf(1)], [{ start: 10, end: 23 }, { start: 40, end: 55 }]);
  });

  it('keeps one empty list for every document without names', () => {
    assert.equal(DocumentNames.of([]), DocumentNames.NONE);
    assert.equal(DocumentNames.NONE.size, 0);
  });
});
