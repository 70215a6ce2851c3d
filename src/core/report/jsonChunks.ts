// JSON.stringify(value, null, indent), in pieces: a report of a 10,000-document corpus is ~100 MB
// of text, which as one string (two bytes a character once a name has a diacritic) plus its
// UTF-8 copy for stdout was the largest thing the CLI ever held. The outer `streamDepth` levels
// of objects and arrays are walked here; what lies deeper is stringified whole (a list's items a
// batch at a time, inside wrapping arrays that give them their indentation; anything else re-indented).

/** Pieces whose concatenation is exactly `JSON.stringify(value, null, indent)`. */
export function* jsonChunks(value: unknown, indent = 1, streamDepth = 2): Generator<string> {
  yield* chunks(value, ' '.repeat(indent), streamDepth, '');
}

function* chunks(value: unknown, step: string, depth: number, pad: string): Generator<string> {
  if (depth <= 0 || !isContainer(value)) {
    const text = JSON.stringify(value, null, step);
    yield pad && text.includes('\n') ? text.replace(/\n/g, `\n${pad}`) : text;
    return;
  }
  const inner = pad + step;
  if (depth === 1 && Array.isArray(value) && value.length) {
    yield* arrayInBatches(value, step, inner);
    return;
  }
  const array = Array.isArray(value);
  let first = true;
  for (const [key, item] of array ? value.entries() : Object.entries(value)) {
    const shown = array ? (isUnwritable(item) ? null : item) : item;
    if (!array && isUnwritable(shown)) continue; // JSON.stringify leaves such keys out
    yield `${first ? (array ? '[' : '{') : ','}\n${inner}${array ? '' : `${JSON.stringify(key)}: `}`;
    first = false;
    yield* chunks(shown, step, depth - 1, inner);
  }
  yield first ? (array ? '[]' : '{}') : `\n${pad}${array ? ']' : '}'}`;
}

/**
 * Items stringified a batch at a time inside wrapping arrays that give them `inner` indentation: no
 * re-indenting. A batch stays well under the size V8 puts in its large-object space (a finding with
 * its related ranges is about 3 KB of JSON): such strings count against the old generation, and 256
 * findings a batch made the heap grow by 35 MB while a 10,000-document report was written.
 */
const BATCH = 16;
function* arrayInBatches(items: readonly unknown[], step: string, inner: string): Generator<string> {
  const levels = inner.length / step.length;
  let prefix = '';
  let suffix = '';
  for (let k = 0; k < levels; k++) {
    prefix += `${step.repeat(k)}[\n`;
    suffix = `\n${step.repeat(k)}]${suffix}`;
  }
  prefix += inner;
  for (let from = 0; from < items.length; from += BATCH) {
    let wrapped: unknown = items.slice(from, from + BATCH);
    for (let k = 1; k < levels; k++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, step);
    yield `${from ? `,\n${inner}` : `[\n${inner}`}${text.slice(prefix.length, text.length - suffix.length)}`;
  }
  yield `\n${inner.slice(step.length)}]`;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

function isUnwritable(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
