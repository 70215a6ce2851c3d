import assert from 'node:assert/strict';
import { parseCsv } from '../../../src/cli/csv';

describe('parseCsv', () => {
  it('splits records on LF and CRLF and fields on commas', () => {
    assert.deepEqual(parseCsv('a,b,c\r\nd,e,f\ng,h,i\n'), [['a', 'b', 'c'], ['d', 'e', 'f'], ['g', 'h', 'i']]);
  });
  it('keeps commas inside quoted fields', () => {
    assert.deepEqual(parseCsv('"AL BEN ALI, Isa Ben Tarif",Shaikh Isa,true\n'), [
      ['AL BEN ALI, Isa Ben Tarif', 'Shaikh Isa', 'true'],
    ]);
  });
  it('unescapes doubled quotes and keeps line breaks inside quotes', () => {
    assert.deepEqual(parseCsv('"say ""hi""","two\r\nlines"\r\nx,y'), [['say "hi"', 'two\r\nlines'], ['x', 'y']]);
  });
  it('keeps empty fields, a trailing one included', () => {
    assert.deepEqual(parseCsv('a,,c,\n'), [['a', '', 'c', '']]);
    assert.deepEqual(parseCsv('a,b,'), [['a', 'b', '']]);
  });
  it('reads a last record without a line break, and ignores a byte-order mark', () => {
    assert.deepEqual(parseCsv('\uFEFFname1,name2\nTô Lâm,To Lam'), [['name1', 'name2'], ['Tô Lâm', 'To Lam']]);
  });
  it('returns no records for empty text', () => assert.deepEqual(parseCsv(''), []));
});
