// For any bytes, decoding never throws; UTF-8 text comes back exactly, and what is refused is
// refused with a reason.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeText } from '../../../src/core/document/decodeText';

describe('property: decoding bytes', () => {
  it('returns any UTF-8 text without NUL exactly, a leading BOM dropped', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !s.includes('\0'));
    fc.assert(fc.property(text, fc.boolean(), (s, bom) => {
      const bytes = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(s, 'utf8')]);
      const decoded = decodeText(bytes);
      assert.deepEqual(decoded, { ok: true, text: bom ? s : s.replace(/^\uFEFF/, ''), encoding: 'utf8' });
    }), { numRuns: 2000 });
  });

  it('never throws on arbitrary bytes; UTF-8 it accepts re-encodes to the same bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
      const decoded = decodeText(bytes);
      if (!decoded.ok) assert.match(decoded.reason, /^(binary file|not valid UTF-8)/);
      else if (decoded.encoding === 'utf8') assert.deepEqual(Buffer.from(decoded.text, 'utf8'), Buffer.from(bytes).subarray(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0));
    }), { numRuns: 3000 });
  });
});
