// Bytes a scraper leaves behind: UTF-16 without its BOM (read, as VS Code reads it), binary
// content, and broken UTF-8 whose first bad byte is where the reason says.
import assert from 'node:assert/strict';
import { decodeText } from '../../../src/core/document/decodeText';

const utf16le = (text: string) => Buffer.from(text, 'utf16le');

describe('decodeText on hostile bytes', () => {
  it('reads UTF-16 saved without a BOM, little- and big-endian, as the editor does', () => {
    const text = `Moscow (VNA) - talks${' '.repeat(250)} – end`; // the dash lies past the 512 bytes looked at
    assert.deepEqual(decodeText(utf16le(text)), { ok: true, text, encoding: 'utf16le' });
    assert.deepEqual(decodeText(utf16le('Hanoi talks').swap16()), { ok: true, text: 'Hanoi talks', encoding: 'utf16be' });
    // like VS Code, only Latin-1 text at the start shows the pattern; the rest needs a BOM
    assert.deepEqual(decodeText(utf16le('Moscow – talks')), { ok: false, reason: 'binary file (contains NUL bytes)' });
  });

  it('still calls NUL bytes that follow no UTF-16 pattern binary', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000010', 'hex');
    assert.deepEqual(decodeText(png), { ok: false, reason: 'binary file (contains NUL bytes)' });
    assert.deepEqual(decodeText(Buffer.from('text\0\0more')), { ok: false, reason: 'binary file (contains NUL bytes)' });
  });

  it('points at the first byte of an overlong form, an encoded surrogate or a code point above U+10FFFF', () => {
    const at = (bytes: number[]) => decodeText(Buffer.from([0x61, 0x62, ...bytes, 0x63]));
    const bad = { ok: false, reason: 'not valid UTF-8 (first bad byte at offset 2)' };
    assert.deepEqual(at([0xe0, 0x80, 0xaf]), bad); // overlong "/"
    assert.deepEqual(at([0xed, 0xa0, 0x80]), bad); // U+D800
    assert.deepEqual(at([0xf4, 0x90, 0x80, 0x80]), bad); // U+110000
    assert.deepEqual(at([0xe2, 0x82]), bad); // truncated "€"
  });

  it('reads Latin-1 as what it is not: invalid UTF-8 at the first accented letter', () => {
    assert.deepEqual(decodeText(Buffer.from('Café owners', 'latin1')), { ok: false, reason: 'not valid UTF-8 (first bad byte at offset 3)' });
  });
});
