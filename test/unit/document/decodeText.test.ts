import assert from 'node:assert/strict';
import { decodeText } from '../../../src/core/document/decodeText';

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM (the BOM stays for the caller to strip)', () => {
    const plain = decodeText(Buffer.from('Tô Lâm met Sergey Shoigu.', 'utf8'));
    assert.deepEqual(plain, { ok: true, text: 'Tô Lâm met Sergey Shoigu.', encoding: 'utf8' });
    const bom = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hanoi', 'utf8')]));
    assert.ok(bom.ok && bom.text.replace(/^\uFEFF/, '') === 'Hanoi');
  });

  it('reads UTF-16 little- and big-endian files that start with a BOM', () => {
    const le = decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Moscow', 'utf16le')]));
    assert.ok(le.ok && le.encoding === 'utf16le' && le.text.replace(/^\uFEFF/, '') === 'Moscow');
    const be = Buffer.from('Moscow', 'utf16le').swap16();
    const decoded = decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    assert.ok(decoded.ok && decoded.text.replace(/^\uFEFF/, '') === 'Moscow');
  });

  it('refuses binary content and invalid UTF-8 with a reason that says where', () => {
    assert.deepEqual(decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), { ok: false, reason: 'binary file (contains NUL bytes)' });
    assert.deepEqual(decodeText(Buffer.from([0x61, 0x62, 0xff, 0x63])), { ok: false, reason: 'not valid UTF-8 (first bad byte at offset 2)' });
  });
});
