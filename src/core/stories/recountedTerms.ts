// The terms whose document count an edit changed, and where they occur. A new count is a new idf:
// it shifts the norm of every document using the term, and the dot product of every pair sharing
// it, by exactly the change of the term's rounded contribution (similarity.ts), so a term most
// documents use costs a few additions per document and pair rather than every score taken again.
import { sharedWeight, termProduct, type SharedTerms } from './similarity';
import type { StoryInput } from './storyInput';
import type { TermStatistics } from './termStatistics';

/** Marks of a term: recounted, and a blocking key before or after. */
const RECOUNTED = 1;
const KEY = 2;

export class RecountedTerms {
  /** Documents using a recounted term → the positions of those terms in the document's vector, ascending. */
  readonly users = new Map<number, number[]>();
  /** Users of a term that is, or was, rare enough to be a blocking key: their keys may change. */
  readonly rekeyed = new Set<number>();
  /** By term id; meaningful for recounted terms only. */
  private readonly idfBefore: Float64Array;

  /** `recounted`: term id → its document count before the edit. */
  constructor(
    recounted: ReadonlyMap<number, number>,
    private readonly stats: TermStatistics,
    private readonly inputs: readonly StoryInput[],
  ) {
    this.idfBefore = new Float64Array(stats.df.length);
    const marks = new Uint8Array(stats.df.length);
    for (const [id, before] of recounted) {
      this.idfBefore[id] = stats.idfOf(before);
      marks[id] = RECOUNTED | (stats.usableAsKey(before) || stats.usableAsKey(stats.df[id]) ? KEY : 0);
    }
    if (recounted.size) this.findUsers(marks);
  }

  /** How much the document's squared norm changed (its vector did not). */
  normShift(d: number): number {
    const v = this.inputs[d].terms;
    let shift = 0;
    for (const k of this.users.get(d) ?? []) shift += this.productShift(v.ids[k], v.weights[k], v.weights[k]);
    return shift;
  }

  /** How much the pair's dot product changed (neither vector did). */
  dotShift(a: number, b: number): number {
    let shift = 0;
    this.forEachShared(a, b, (id, wa, wb) => { shift += this.productShift(id, wa, wb); });
    return shift;
  }

  /** Whether the pair's most telling shared terms may have changed: a recounted term among them, or heavy enough to join them. */
  sharedMayChange(a: number, b: number, shared: SharedTerms): boolean {
    let changed = false;
    this.forEachShared(a, b, (id, wa, wb) => {
      changed ||= shared.ids.includes(id) || sharedWeight(wa, wb, this.stats.idf[id]) >= shared.floor;
    });
    return changed;
  }

  private findUsers(marks: Uint8Array): void {
    this.inputs.forEach((input, d) => {
      const ids = input.terms.ids;
      for (let k = 0; k < ids.length; k++) {
        if (!marks[ids[k]]) continue;
        const positions = this.users.get(d);
        if (positions) positions.push(k);
        else this.users.set(d, [k]);
        if (marks[ids[k]] & KEY) this.rekeyed.add(d);
      }
    });
  }

  private productShift(id: number, wa: number, wb: number): number {
    return termProduct(wa, wb, this.stats.idf[id]) - termProduct(wa, wb, this.idfBefore[id]);
  }

  /** Calls `fn` for each recounted term both documents use, with each one's weight. */
  private forEachShared(a: number, b: number, fn: (id: number, wa: number, wb: number) => void): void {
    const va = this.inputs[a].terms, vb = this.inputs[b].terms;
    const pa = this.users.get(a), pb = this.users.get(b);
    if (!pa || !pb) return;
    for (let x = 0, y = 0; x < pa.length && y < pb.length;) {
      const ia = va.ids[pa[x]], ib = vb.ids[pb[y]];
      if (ia < ib) x++;
      else if (ia > ib) y++;
      else fn(ia, va.weights[pa[x++]], vb.weights[pb[y++]]);
    }
  }
}
