// The figures two versions both give. Outlets that write one event up independently share little
// wording, and in a folder holding mostly that event's versions the words they do share are in
// nearly every document and weigh little: five versions of one earthquake score 0.09 to 0.18
// together. They still give the same figures (a magnitude of 6.1, 2,300 buildings, 1.2 million
// customers), which two stories on one subject rarely do: the seeds' Vietnam-Russia articles share
// names and phrasing but no figure. Days of the month and years are too common to tell.
import type { TermDictionary, TermIds } from './termDictionary';

export interface SharedFigures {
  /** Figures both versions give. */
  shared: number;
  /** How many figures the version with fewer gives. */
  fewer: number;
}

const UNKNOWN = 0, FIGURE = 1, OTHER = 2;

/** Which terms are telling figures, worked out once per term id. */
export class FigureTerms {
  private kinds = new Uint8Array(1024);

  constructor(private readonly dictionary: TermDictionary) {}

  /** The figures of two term lists (ascending ids) and those they share. */
  between(a: TermIds, b: TermIds): SharedFigures {
    let shared = 0, inA = 0, inB = 0;
    let x = 0, y = 0;
    while (x < a.length || y < b.length) {
      if (y >= b.length || (x < a.length && a[x] < b[y])) {
        if (this.isFigure(a[x++])) inA++;
      } else if (x >= a.length || b[y] < a[x]) {
        if (this.isFigure(b[y++])) inB++;
      } else {
        if (this.isFigure(a[x])) { shared++; inA++; inB++; }
        x++;
        y++;
      }
    }
    return { shared, fewer: Math.min(inA, inB) };
  }

  isFigure(id: number): boolean {
    if (id >= this.kinds.length) {
      const kinds = new Uint8Array(Math.max(id + 1, this.kinds.length * 2));
      kinds.set(this.kinds);
      this.kinds = kinds;
    }
    if (this.kinds[id] === UNKNOWN) this.kinds[id] = isTellingFigure(this.dictionary.termOf(id)) ? FIGURE : OTHER;
    return this.kinds[id] === FIGURE;
  }
}

/** A number term ("#2,300", "#6.1", "#418") that is no year ("#2025") and no day of a month ("#17"). */
export function isTellingFigure(term: string): boolean {
  if (!term.startsWith('#')) return false;
  const digits = term.slice(1);
  if (/^(?:19|20)\d\d$/.test(digits)) return false;
  return !/^\d+$/.test(digits) || Number(digits) > 31;
}
