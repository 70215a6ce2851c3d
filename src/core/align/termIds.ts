// Terms are interned as small integers, so that weighting the terms of two versions and taking
// their dot products works on flat arrays indexed by term rather than on string-keyed maps. The
// table only grows; it holds the vocabulary of the documents seen (stemmed word prefixes, numbers,
// joined names), which the documents themselves bound.

const ids = new Map<string, number>();

export function termId(term: string): number {
  let id = ids.get(term);
  if (id === undefined) ids.set(term, id = ids.size);
  return id;
}

/** Number of terms interned so far: every id is below it. */
export function termCount(): number {
  return ids.size;
}

/**
 * A number per term id, reused from call to call: users set the entries of the terms they touch
 * and put them back to zero before they return, so the array is all zeros between uses.
 */
export class TermSlots<T extends Int32Array | Float64Array> {
  private array: T;

  constructor(private readonly make: (size: number) => T) {
    this.array = make(1024);
  }

  /** The array, large enough for every term interned so far. */
  get values(): T {
    if (this.array.length < termCount()) {
      let size = this.array.length;
      while (size < termCount()) size *= 2;
      this.array = this.make(size);
    }
    return this.array;
  }
}
