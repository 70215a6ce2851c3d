// Small numbers in as few bytes as they need: seven bits a byte, the high bit set on every byte
// but the last. A document's spelling keys and the places of its words are nearly all small
// numbers (a word's distance from the last, its length), and a corpus keeps millions of them.
import { grown } from '../lexicon/wordTable';

/** Writes numbers (0 up to 2^31 - 1) into a buffer that grows; reused from one document to the next. */
export class VarintWriter {
  private bytes = new Uint8Array(1 << 12);
  length = 0;

  write(value: number): void {
    if (this.length + 5 > this.bytes.length) this.bytes = grown(this.bytes, this.bytes.length * 2);
    while (value > 0x7f) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.length++] = value;
  }

  /** Copies what was written into `into` at `at`. */
  copyInto(into: Uint8Array, at: number): void {
    into.set(this.bytes.subarray(0, this.length), at);
  }

  clear(): void {
    this.length = 0;
  }
}

/** Reads the numbers back in order, from byte `at`. */
export class VarintReader {
  constructor(private readonly bytes: Uint8Array, public at = 0) {}

  next(): number {
    // nearly every number fits in one byte: that case is small enough for V8 to inline
    const first = this.bytes[this.at++];
    return first < 0x80 ? first : this.continued(first);
  }

  private continued(first: number): number {
    let value = first & 0x7f;
    let shift = 7;
    let byte: number;
    do {
      byte = this.bytes[this.at++];
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  }
}

/** -1 → 1, 1 → 2, -2 → 3: a number that may be negative, as one that is not. */
export function zigzag(value: number): number {
  return value < 0 ? -2 * value - 1 : 2 * value;
}

export function unzigzag(value: number): number {
  return value % 2 === 1 ? -(value + 1) / 2 : value / 2;
}
