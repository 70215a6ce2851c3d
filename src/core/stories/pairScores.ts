// The scored candidate pairs, as each document's list of partners: lists of plain numbers, which
// cost far less to build and walk than a Map per document. A pair keeps its exact dot product
// (similarity.ts) besides its cosine, so an idf change can shift it rather than recompute it.
export class PairScores {
  private partners: number[][] = [];
  private dots: number[][] = [];
  private scores: number[][] = [];

  reset(documents: number): void {
    this.partners = Array.from({ length: documents }, () => []);
    this.dots = Array.from({ length: documents }, () => []);
    this.scores = Array.from({ length: documents }, () => []);
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
    this.partners[d] = [];
    this.dots[d] = [];
    this.scores[d] = [];
    return former;
  }

  /** The document's highest score with any other, 0 when it has no pair. */
  best(d: number): number {
    let best = 0;
    for (const score of this.scores[d]) best = Math.max(best, score);
    return best;
  }

  private setOneSide(a: number, b: number, dot: number, score: number): void {
    let at = this.partners[a].indexOf(b);
    if (at < 0) at = this.partners[a].push(b) - 1;
    this.dots[a][at] = dot;
    this.scores[a][at] = score;
  }
}
