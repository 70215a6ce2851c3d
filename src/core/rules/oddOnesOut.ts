// Which side of a disagreement between versions of a story to report. When more versions agree
// with a statement than give something else, the statement is left out and the disagreement is
// shown on the odd ones out, each pointing at the versions it disagrees with: an editor is not
// told that the three versions that have it right disagree with the one that has it wrong. Ties
// (two versions, one each way) are reported on both sides, since nothing tells which is right.
import type { AnalyzedDocument } from '../engine/analyzedDocument';

/** A statement of one version: where it is, and how the other versions' statements of it stand. */
export interface Judged {
  doc: AnalyzedDocument;
  /** Names the statement within its version (a sentence, an offset). */
  place: string | number;
  /** Versions that say the same, this one included. */
  agreeing: number;
  /** What it says ("18 November"), when statements can be told the same by it. */
  says?: string;
  /** The other versions' statements that say otherwise, one per version. */
  against: readonly { doc: AnalyzedDocument; place: string | number; says?: string }[];
}

/**
 * The statements to report. One that more versions agree with than go against is left out only
 * when each statement against it is reported itself (it names this version and is not outvoted
 * in turn), so that no disagreement goes unreported. One not outvoted itself whose every opponent
 * is outvoted and names it back is left out too: that opponent is reported, pointing at it.
 */
export function oddOnesOut<J extends Judged>(judged: readonly J[]): J[] {
  const key = (doc: AnalyzedDocument, place: string | number) => `${doc.source.path}\u0000${place}`;
  const byStatement = new Map(judged.map((j) => [key(j.doc, j.place), j]));
  const outvoting = (j: Judged) => j.agreeing > j.against.length;
  // the statement against must name this very statement, or another of this version that says the
  // same: pairing is weighed from each side, and its best match here may be a sentence saying
  // something else, which would hide this disagreement; a lead and its caption say it twice
  const namedBack = (b: Judged['against'][number], j: Judged) => b.doc === j.doc && (b.place === j.place || (j.says !== undefined && b.says === j.says));
  const reportedAgainst = (other: Judged['against'][number], j: Judged) => {
    const back = byStatement.get(key(other.doc, other.place));
    return !!back && !outvoting(back) && back.against.some((b) => namedBack(b, j));
  };
  // an opponent that more versions go against than agree with is the odd one out, whatever this
  // statement's own count: the versions that agree with this one may have put it in another
  // sentence, which did not pair with this one
  const outvoted = (j: Judged) => j.against.length > j.agreeing;
  const oddOneNamesBack = (other: Judged['against'][number], j: Judged) => {
    const back = byStatement.get(key(other.doc, other.place));
    return !!back && outvoted(back) && back.against.some((b) => namedBack(b, j));
  };
  return judged.filter((j) => {
    if (!outvoted(j) && j.against.every((other) => oddOneNamesBack(other, j))) return false;
    return !outvoting(j) || !j.against.every((other) => reportedAgainst(other, j));
  });
}
