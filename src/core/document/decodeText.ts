// Bytes to the text an editor would show, or the reason there is none: binary content, an
// encoding that is not UTF-8, UTF-16 with its BOM, empty files.
export type Decoded = { ok: true; text: string; encoding: 'utf8' | 'utf16le' | 'utf16be' } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** How far VS Code looks for NUL bytes when it tells binary from BOM-less UTF-16 (its encoding.ts). */
const ZERO_BYTE_WINDOW = 512;
const BINARY_WINDOW = 8000;

export function decodeText(bytes: Uint8Array): Decoded {
  const utf16 = utf16ByBom(bytes) ?? utf16ByZeroBytes(bytes);
  if (utf16) return { ok: true, text: new TextDecoder(utf16 === 'utf16le' ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: utf16 };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf8' };
  } catch {
    return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})` };
  }
}

function utf16ByBom(bytes: Uint8Array): 'utf16le' | 'utf16be' | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  return undefined;
}

/**
 * UTF-16 saved without a BOM, recognised as VS Code does so both front ends see the same text: NUL
 * bytes, every one of them (and only them) in the high byte of a code unit, as Latin text has.
 */
function utf16ByZeroBytes(bytes: Uint8Array): 'utf16le' | 'utf16be' | undefined {
  let le = true;
  let be = true;
  let zeros = false;
  for (let i = 0; i < Math.min(bytes.length, ZERO_BYTE_WINDOW); i++) {
    const zero = bytes[i] === 0;
    const high = i % 2 === 1;
    zeros ||= zero;
    if (zero !== high) le = false;
    if (zero === high) be = false;
    if (zeros && !le && !be) return undefined;
  }
  if (!zeros) return undefined;
  return le ? 'utf16le' : be ? 'utf16be' : undefined;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_WINDOW);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Offset of the first byte that starts no well-formed UTF-8 sequence (Unicode table 3-7). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const length = wellFormedLength(bytes, i);
    if (!length) return i;
    i += length;
  }
  return bytes.length;
}

function wellFormedLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const [length, low, high] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
    : b === 0xe0 ? [3, 0xa0, 0xbf] // no overlong forms
      : b === 0xed ? [3, 0x80, 0x9f] // no surrogates
        : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
          : b === 0xf0 ? [4, 0x90, 0xbf]
            : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf]
              : b === 0xf4 ? [4, 0x80, 0x8f] // nothing above U+10FFFF
                : [0, 0, 0];
  if (!length || i + length > bytes.length || bytes[i + 1] < low || bytes[i + 1] > high) return 0;
  for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return length;
}
