// Cosine similarities of some sentences of one version with some of another, and the best match of
// each of them among all the other version's sentences, without the whole matrix: the date rules
// compare the quarter of the sentences that hold a date. Each dot product is summed over the first
// version's terms in order, as PairSimilarity sums it, so that a score is the very same number.
import { cosine, type WeightedSentences } from './pairSimilarity';
import { Scratch } from './scratch';
import { TermSlots } from './termIds';

export interface CrossScores {
  /** `cells[r * columns.length + c]`: the cosine of sentence `rows[r]` with sentence `columns[c]`. */
  cells: Float64Array;
  /** The best cosine of each row's sentence with any sentence of the other version. */
  bestOfRow: Float64Array;
  /** The best cosine of each column's sentence with any sentence of the first version. */
  bestOfColumn: Float64Array;
}

/** Term postings of the second version: sentences and weights, per term in sentence order. */
const everyFirst = new TermSlots((n) => new Int32Array(n));
const everyCount = new TermSlots((n) => new Int32Array(n));
const chosenFirst = new TermSlots((n) => new Int32Array(n));
const chosenCount = new TermSlots((n) => new Int32Array(n));
const everySentence = new Scratch((n) => new Int32Array(n));
const everyWeight = new Scratch((n) => new Float64Array(n));
const chosenSentence = new Scratch((n) => new Int32Array(n));
const chosenWeight = new Scratch((n) => new Float64Array(n));
/** Dot products of the row being summed, by sentence of the second version; zeros between rows. */
const rowDots = new Scratch((n) => new Float64Array(n));
/** Column number + 1 of each sentence of the second version (0: not a column). */
const columnOf = new Scratch((n) => new Int32Array(n));

interface Postings {
  first: Int32Array;
  count: Int32Array;
  sentence: Int32Array;
  weight: Float64Array;
}

/** Scores of sentences `rows` of X against `columns` of Y (both ascending). */
export function crossScores(x: WeightedSentences, y: WeightedSentences, rows: readonly number[], columns: readonly number[]): CrossScores {
  const sizeY = y.norms.length;
  const out: CrossScores = { cells: new Float64Array(rows.length * columns.length), bestOfRow: new Float64Array(rows.length), bestOfColumn: new Float64Array(columns.length) };
  const column = columnOf.of(sizeY).fill(0, 0, sizeY);
  columns.forEach((j, c) => { column[j] = c + 1; });
  const every = postingsOf(y, undefined, { first: everyFirst.values, count: everyCount.values, sentence: everySentence.of(y.terms.ids.length), weight: everyWeight.of(y.terms.ids.length) });
  const chosen = postingsOf(y, column, { first: chosenFirst.values, count: chosenCount.values, sentence: chosenSentence.of(y.terms.ids.length), weight: chosenWeight.of(y.terms.ids.length) });
  const dots = rowDots.of(sizeY);
  for (let i = 0, r = 0; i < x.norms.length; i++) {
    const isRow = rows[r] === i;
    sumRow(x, i, isRow ? every : chosen, dots);
    if (isRow) scoreRow(x.norms[i], y.norms, column, dots, out, r++, columns.length);
    else scoreColumns(x.norms[i], y.norms, columns, dots, out.bestOfColumn);
  }
  clear(y, every);
  clear(y, chosen, column);
  return out;
}

/** Adds sentence `i`'s products with every sentence the postings hold into `dots`, term by term in order. */
function sumRow(x: WeightedSentences, i: number, postings: Postings, dots: Float64Array): void {
  const { first, count, sentence, weight } = postings;
  const { ids, start } = x.terms;
  for (let k = start[i]; k < start[i + 1]; k++) {
    const from = first[ids[k]] - 1;
    if (from < 0) continue;
    const w = x.weights[k];
    for (let p = from; p < from + count[ids[k]]; p++) dots[sentence[p]] += w * weight[p];
  }
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

/** The postings of Y's terms, of the sentences `column` marks (all without it). */
function postingsOf(y: WeightedSentences, column: Int32Array | undefined, into: Postings): Postings {
  const { first, count, sentence, weight } = into;
  const { ids, start } = y.terms;
  const sizeY = y.norms.length;
  for (let j = 0; j < sizeY; j++) if (!column || column[j]) for (let k = start[j]; k < start[j + 1]; k++) count[ids[k]]++;
  let total = 0;
  for (let j = 0; j < sizeY; j++) {
    if (column && !column[j]) continue;
    for (let k = start[j]; k < start[j + 1]; k++) {
      const id = ids[k];
      if (first[id] === 0) { first[id] = total + 1; total += count[id]; count[id] = 0; }
    }
  }
  for (let j = 0; j < sizeY; j++) {
    if (column && !column[j]) continue;
    for (let k = start[j]; k < start[j + 1]; k++) {
      const at = first[ids[k]] - 1 + count[ids[k]]++;
      sentence[at] = j;
      weight[at] = y.weights[k];
    }
  }
  return into;
}

/** Puts back to zero what `postingsOf` set: the terms of the sentences `column` marks (all without it). */
function clear(y: WeightedSentences, postings: Postings, column?: Int32Array): void {
  const { ids, start } = y.terms;
  const { first, count } = postings;
  for (let j = 0; j < y.norms.length; j++) {
    if (column && !column[j]) continue;
    for (let k = start[j]; k < start[j + 1]; k++) { first[ids[k]] = 0; count[ids[k]] = 0; }
  }
}
