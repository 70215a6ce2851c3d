// Maps each character of a decoded HTML text node back to the source characters it came from:
// "&amp;" is one character on screen and five in the file.

const ENTITY = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/y;

/**
 * offsets[i] is the source offset where decoded character i starts; offsets[decoded.length] is
 * `end`. Characters an entity produced all map to the entity's start.
 */
export function decodedOffsets(source: string, start: number, end: number, decoded: string): Int32Array {
  const offsets = new Int32Array(decoded.length + 1);
  let pos = start;
  let i = 0;
  while (i < decoded.length && pos < end) {
    const produced = entityAt(source, pos, end, decoded, i);
    if (produced) {
      for (let k = 0; k < produced.chars; k++) offsets[i + k] = pos;
      i += produced.chars;
      pos += produced.length;
    } else {
      offsets[i++] = pos;
      pos += source[pos] === '\r' && source[pos + 1] === '\n' && decoded[i - 1] === '\n' ? 2 : 1;
    }
  }
  for (; i < decoded.length; i++) offsets[i] = Math.min(pos, end);
  offsets[decoded.length] = end;
  return offsets;
}

function entityAt(source: string, pos: number, end: number, decoded: string, i: number): { length: number; chars: number } | undefined {
  if (source[pos] !== '&' || decoded[i] === '&' && !looksLikeEntity(source, pos)) return undefined;
  ENTITY.lastIndex = pos;
  const match = ENTITY.exec(source);
  if (!match || pos + match[0].length > end) return undefined;
  // the decoded text holds the entity's expansion: one character, or two for astral code points
  const code = decoded.codePointAt(i) ?? 0;
  return { length: match[0].length, chars: code > 0xffff ? 2 : 1 };
}

function looksLikeEntity(source: string, pos: number): boolean {
  ENTITY.lastIndex = pos;
  const match = ENTITY.exec(source);
  return !!match && match[0].endsWith(';');
}
