// Bytes to the text an editor would show, or the reason there is none: binary content, an
// encoding that is not UTF-8, UTF-16 with its BOM, empty files.
export type Decoded = { ok: true; text: string; encoding: 'utf8' | 'utf16le' | 'utf16be' } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf16be' };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf8' };
  } catch {
    return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})` };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8000);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (!len) return i;
    for (let k = 1; k < len; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return bytes.length;
}
