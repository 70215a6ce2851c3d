// How many places of the kept document reports hold each candidate word, by the word's number
// (GlueCandidates.words): which words a new judgement may concern, without a set of reports per
// word. The reports a changed judgement touches are found by reading their places again, which
// costs less than keeping those sets for the few re-checks that need them.
import { grown } from '../../lexicon/wordTable';
import { CANDIDATE_FIELDS } from './glueCandidates';

export class CandidateUses {
  private counts = new Int32Array(1024);
  /** Candidate words some report holds. */
  private held = 0;

  get wordsHeld(): number {
    return this.held;
  }

  /** Whether some report holds the word of this number (-1: no candidate word). */
  has(id: number): boolean {
    return id >= 0 && id < this.counts.length && this.counts[id] > 0;
  }

  /** Counts a report's places in (sign 1) or out (-1). */
  count(places: Int32Array, sign: 1 | -1): void {
    for (let i = 0; i < places.length; i += CANDIDATE_FIELDS) {
      const id = places[i];
      if (id >= this.counts.length) this.counts = grown(this.counts, Math.max(id + 1, this.counts.length * 2));
      if (this.counts[id] === 0) this.held++;
      this.counts[id] += sign;
      if (this.counts[id] === 0) this.held--;
    }
  }
}

/** Whether the places hold one of the words. */
export function holdsAny(places: Int32Array, ids: ReadonlySet<number>): boolean {
  for (let i = 0; i < places.length; i += CANDIDATE_FIELDS) if (ids.has(places[i])) return true;
  return false;
}
