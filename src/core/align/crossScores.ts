// Cosine similarities of some sentences of one version with some of another, and the best match of
// each of them among all the other version's sentences, without the whole matrix: the date rules
// compare the quarter of the sentences that hold a date. Each dot product is summed over the first
// version's terms in order, as PairSimilarity sums it, so that a score is the very same number.
import { cosine, type WeightedSentences } from './pairSimilarity';
import { Scratch } from './scratch';
import { clearPostings, everySentence, PostingScratch, sumRow } from './termPostings';

export interface CrossScores {
  /** `cells[r * columns.length + c]`: the cosine of sentence `rows[r]` with sentence `columns[c]`. */
  cells: Float64Array;
  /** The best cosine of each row's sentence with any sentence of the other version. */
  bestOfRow: Float64Array;
  /** The best cosine of each column's sentence with any sentence of the first version. */
  bestOfColumn: Float64Array;
}

/** Postings of the second version's chosen sentences (`everySentence` holds all of them). */
const chosenSentences = new PostingScratch();
/** Dot products of the row being summed, by sentence of the second version; zeros between rows. */
const rowDots = new Scratch((n) => new Float64Array(n));
/** Column number + 1 of each sentence of the second version (0: not a column). */
const columnOf = new Scratch((n) => new Int32Array(n));

/** Scores of sentences `rows` of X against `columns` of Y (both ascending). */
export function crossScores(x: WeightedSentences, y: WeightedSentences, rows: readonly number[], columns: readonly number[]): CrossScores {
  const sizeY = y.norms.length;
  const out: CrossScores = { cells: new Float64Array(rows.length * columns.length), bestOfRow: new Float64Array(rows.length), bestOfColumn: new Float64Array(columns.length) };
  const column = columnOf.of(sizeY).fill(0, 0, sizeY);
  columns.forEach((j, c) => { column[j] = c + 1; });
  const every = everySentence.of(y);
  const chosen = chosenSentences.of(y, column);
  const dots = rowDots.of(sizeY);
  for (let i = 0, r = 0; i < x.norms.length; i++) {
    const isRow = rows[r] === i;
    sumRow(x, i, isRow ? every : chosen, dots);
    if (isRow) scoreRow(x.norms[i], y.norms, column, dots, out, r++, columns.length);
    else scoreColumns(x.norms[i], y.norms, columns, dots, out.bestOfColumn);
  }
  clearPostings(y, every);
  clearPostings(y, chosen, column);
  return out;
}

/** A chosen row against every sentence of Y: its best, its cells, and the columns' bests. */
function scoreRow(norm: number, normsY: Float64Array, column: Int32Array, dots: Float64Array, out: CrossScores, r: number, width: number): void {
  let best = 0;
  for (let j = 0; j < normsY.length; j++) {
    const score = cosine(dots[j], norm, normsY[j]);
    dots[j] = 0;
    best = Math.max(best, score);
    const c = column[j] - 1;
    if (c < 0) continue;
    out.cells[r * width + c] = score;
    out.bestOfColumn[c] = Math.max(out.bestOfColumn[c], score);
  }
  out.bestOfRow[r] = best;
}

/** Another row: it counts only towards the columns' bests. */
function scoreColumns(norm: number, normsY: Float64Array, columns: readonly number[], dots: Float64Array, bestOfColumn: Float64Array): void {
  for (let c = 0; c < columns.length; c++) {
    const j = columns[c];
    bestOfColumn[c] = Math.max(bestOfColumn[c], cosine(dots[j], norm, normsY[j]));
    dots[j] = 0;
  }
}
