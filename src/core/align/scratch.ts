// Working arrays reused from call to call. Aligning ten thousand pairs of versions would otherwise
// allocate tens of thousands of typed arrays, whose memory lives outside the JavaScript heap and is
// costly to allocate and to collect.

/** An array of at least the size asked for, for work that is done before the next request. */
export class Scratch<T extends Int32Array | Float64Array | Uint8Array> {
  private array: T;

  constructor(private readonly make: (size: number) => T) {
    this.array = make(256);
  }

  /** The array, grown when needed; its contents are whatever the last user left. */
  of(size: number): T {
    if (this.array.length < size) {
      let grown = this.array.length;
      while (grown < size) grown *= 2;
      this.array = this.make(grown);
    }
    return this.array;
  }
}
