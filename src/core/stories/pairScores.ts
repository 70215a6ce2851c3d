// The scored candidate pairs, as each document's list of partners: lists of plain numbers, which
// cost far less to build and walk than a Map per document. A pair keeps its exact dot product
// (similarity.ts) besides its cosine, so an idf change can shift it rather than recompute it.
// A document without pairs shares one empty list, and lists are cut to their length once made:
// a list grown by push keeps room for a dozen more numbers, most of its memory.

/** The lists of a document without pairs; replaced, never pushed to. */
const NONE: readonly number[] = Object.freeze([]);

export class PairScores {
  private partners: number[][] = [];
  private dots: number[][] = [];
  private scores: number[][] = [];

  reset(documents: number): void {
    this.partners = new Array<number[]>(documents).fill(NONE as number[]);
    this.dots = new Array<number[]>(documents).fill(NONE as number[]);
    this.scores = new Array<number[]>(documents).fill(NONE as number[]);
  }

  /** Cuts the document's lists to their length, once its pairs are made. */
  trim(d: number): void {
    if (this.partners[d] === NONE) return;
    this.partners[d] = this.partners[d].slice();
    this.dots[d] = this.dots[d].slice();
    this.scores[d] = this.scores[d].slice();
  }

  partnersOf(d: number): readonly number[] {
    return this.partners[d];
  }

  dotsOf(d: number): readonly number[] {
    return this.dots[d];
  }

  scoresOf(d: number): readonly number[] {
    return this.scores[d];
  }

  /** Adds the pair, or changes its scores. */
  set(a: number, b: number, dot: number, score: number): void {
    this.setOneSide(a, b, dot, score);
    this.setOneSide(b, a, dot, score);
  }

  /** Removes all of a document's pairs; returns its former partners. */
  forget(d: number): readonly number[] {
    const former = this.partners[d];
    for (const other of former) {
      const at = this.partners[other].indexOf(d);
      for (const list of [this.partners, this.dots, this.scores]) list[other].splice(at, 1);
    }
    this.partners[d] = NONE as number[];
    this.dots[d] = NONE as number[];
    this.scores[d] = NONE as number[];
    return former;
  }

  private setOneSide(a: number, b: number, dot: number, score: number): void {
    if (this.partners[a] === NONE) {
      this.partners[a] = [];
      this.dots[a] = [];
      this.scores[a] = [];
    }
    let at = this.partners[a].indexOf(b);
    if (at < 0) at = this.partners[a].push(b) - 1;
    this.dots[a][at] = dot;
    this.scores[a][at] = score;
  }
}
