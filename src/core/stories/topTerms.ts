// The few heaviest terms of a stream, heaviest first. Equal weights (common: two names each used
// once, by the same few documents) are ordered by the terms themselves, not their ids, so the
// choice does not depend on the order in which the corpus met its terms.
export class TopTerms {
  // plain arrays: small typed arrays cost an ArrayBuffer each, and there is one TopTerms per document and link
  private readonly chosen: number[];
  private readonly weights: number[];
  private count = 0;

  constructor(
    private readonly limit: number,
    private readonly termOf: (id: number) => string,
  ) {
    this.chosen = new Array<number>(limit).fill(0);
    this.weights = new Array<number>(limit).fill(0.5);
  }

  /** Term ids, heaviest first. */
  get ids(): number[] {
    return this.chosen.slice(0, this.count);
  }

  /** Weights below this are not taken: callers skip offering them, most of a long stream. */
  get floor(): number {
    return this.count === this.limit ? this.weights[this.count - 1] : -Infinity;
  }

  offer(id: number, weight: number): void {
    let at = this.count;
    if (at === this.limit && (weight < this.weights[at - 1] || !this.heavier(id, weight, at - 1))) return;
    if (at === this.limit) at--; // the lightest makes room
    else this.count++;
    for (; at > 0 && this.heavier(id, weight, at - 1); at--) {
      this.chosen[at] = this.chosen[at - 1];
      this.weights[at] = this.weights[at - 1];
    }
    this.chosen[at] = id;
    this.weights[at] = weight;
  }

  private heavier(id: number, weight: number, rank: number): boolean {
    const other = this.weights[rank];
    return weight > other || (weight === other && this.termOf(id) < this.termOf(this.chosen[rank]));
  }
}
