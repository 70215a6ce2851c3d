import assert from 'node:assert/strict';
import { vietnameseName } from '../../../src/core/names/vietnameseNames';

describe('vietnameseName', () => {
  it('reads the family and given name of a Vietnamese name of three or four words, with or without diacritics', () => {
    assert.deepEqual(vietnameseName('Bui Thanh Son'), { family: 'Bui', given: 'Son' });
    assert.deepEqual(vietnameseName('Nguyễn Thị Kim Ngân'), { family: 'Nguyễn', given: 'Ngân' });
    assert.deepEqual(vietnameseName('Đặng Hoàng Giang'), { family: 'Đặng', given: 'Giang' });
  });

  it('is not sure of two-word names, other families, places named after people or Western order', () => {
    for (const name of ['To Lam', 'Kim Sang Sik', 'Ho Chi Minh', 'Nguyen Hue Street', 'Viet Thanh Nguyen', 'Tong Wai Ming', 'Nguyen Van A B C', 'Tran van Binh']) {
      assert.equal(vietnameseName(name), undefined, name);
    }
  });
});
