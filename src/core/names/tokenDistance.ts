// How far apart two name tokens are, in "typos": a weighted Damerau-Levenshtein distance, where
// the edits that transliteration and typing produce most (a vowel for another, k for g, a doubled
// letter, two swapped letters) cost less than an arbitrary letter change. It runs for every pair
// of words compared, so costs are looked up in tables by letter code and rows are reused.

const VOWEL_CHANGE = 0.4;
const SIMILAR_CONSONANT_CHANGE = 0.6;
const OTHER_CHANGE = 1;
const SOFT_LETTER_EDIT = 0.6;
const H_EDIT = 0.5;
const DOUBLED_LETTER_EDIT = 0.2;
const OTHER_EDIT = 1;
const SWAP = 0.6;

const VOWELS = 'aeiou';
// Letters a transliteration or a slip of the ear interchanges (c is the "ch" of English and Spanish,
// and the German and Czech spelling of kh: Michail/Mikhail).
const SIMILAR_GROUPS = ['ckgq', 'csz', 'ch', 'dt', 'bp', 'vfw', 'mn', 'lr', 'jy'];

// Costs are tabled for letters a..z (rows 0..25); any other character (a digit, a letter of
// another script) uses row 26, which only knows "same character" and "another character".
const CODES = 27;
const OTHER_CODE = 26;
const A_CODE = 97;
const tableRow = (charCode: number): number => {
  const row = charCode - A_CODE;
  return row >= 0 && row < OTHER_CODE ? row : OTHER_CODE;
};
const letterOf = (row: number): string => String.fromCharCode(A_CODE + row);

function changeCost(x: string, y: string): number {
  if (x === y) return 0;
  if (VOWELS.includes(x) && VOWELS.includes(y)) return VOWEL_CHANGE;
  const similar = SIMILAR_GROUPS.some((group) => group.includes(x) && group.includes(y));
  return similar ? SIMILAR_CONSONANT_CHANGE : OTHER_CHANGE;
}

function editCost(letter: string): number {
  if (VOWELS.includes(letter) || letter === 'y') return SOFT_LETTER_EDIT;
  return letter === 'h' ? H_EDIT : OTHER_EDIT;
}

const CHANGE_COST = new Float64Array(CODES * CODES);
const EDIT_COST = new Float64Array(CODES);
for (let x = 0; x < CODES; x++) {
  EDIT_COST[x] = x === OTHER_CODE ? OTHER_EDIT : editCost(letterOf(x));
  for (let y = 0; y < CODES; y++) {
    const other = x === OTHER_CODE || y === OTHER_CODE;
    CHANGE_COST[x * CODES + y] = other ? OTHER_CHANGE : changeCost(letterOf(x), letterOf(y));
  }
}

const changeCostOf = (x: number, y: number): number =>
  x === y ? 0 : CHANGE_COST[tableRow(x) * CODES + tableRow(y)];

/** Cost of adding or dropping the character at `index`: little when it doubles the one before it. */
function letterEditCost(codes: Int32Array, index: number): number {
  return index > 0 && codes[index - 1] === codes[index] ? DOUBLED_LETTER_EDIT : EDIT_COST[tableRow(codes[index])];
}

// Scratch space reused by every call; grown when a longer token comes.
let codesA = new Int32Array(32);
let codesB = new Int32Array(32);
let rows = [new Float64Array(33), new Float64Array(33), new Float64Array(33)];

function prepare(a: string, b: string): void {
  if (a.length > codesA.length || b.length > codesB.length) {
    const size = 2 * Math.max(a.length, b.length);
    codesA = new Int32Array(size);
    codesB = new Int32Array(size);
    rows = [new Float64Array(size + 1), new Float64Array(size + 1), new Float64Array(size + 1)];
  }
  for (let i = 0; i < a.length; i++) codesA[i] = a.charCodeAt(i);
  for (let j = 0; j < b.length; j++) codesB[j] = b.charCodeAt(j);
}

/** The best cost of reaching cell (i, j) from its neighbours. */
function cellCost(i: number, j: number, before: Float64Array, previous: Float64Array, current: Float64Array): number {
  const x = codesA[i - 1];
  const y = codesB[j - 1];
  let best = Math.min(
    previous[j] + letterEditCost(codesA, i - 1),
    current[j - 1] + letterEditCost(codesB, j - 1),
    previous[j - 1] + changeCostOf(x, y),
  );
  if (i > 1 && j > 1 && x === codesB[j - 2] && codesA[i - 2] === y) best = Math.min(best, before[j - 2] + SWAP);
  return best;
}

/** A lower bound of the distance from the lengths alone: each extra letter is an edit. */
function lengthBound(a: string, b: string): number {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const extra = longer.length - shorter.length;
  let doubled = 0;
  for (let i = 1; i < longer.length && doubled < extra; i++) if (longer[i] === longer[i - 1]) doubled++;
  return DOUBLED_LETTER_EDIT * doubled + H_EDIT * (extra - doubled);
}

/**
 * Weighted edit distance between two tokens (0 when equal). Stops early and returns Infinity once
 * the distance is sure to exceed `limit`.
 */
export function tokenDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (lengthBound(a, b) > limit) return Infinity;
  prepare(a, b);
  let [before, previous, current] = rows;
  previous[0] = 0;
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1] + letterEditCost(codesB, j - 1);
  let previousBest = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = previous[0] + letterEditCost(codesA, i - 1);
    let rowBest = current[0];
    for (let j = 1; j <= b.length; j++) {
      current[j] = cellCost(i, j, before, previous, current);
      if (current[j] < rowBest) rowBest = current[j];
    }
    // A swap reaches back two rows, so only two rows over the limit prove the whole is.
    if (rowBest > limit && previousBest > limit) return Infinity;
    previousBest = rowBest;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return previous[b.length];
}

/** How many typos a token of this length may carry and still be the same token. */
export function typoAllowance(length: number): number {
  if (length <= 2) return DOUBLED_LETTER_EDIT;
  if (length === 3) return VOWEL_CHANGE;
  return Math.min(1.4, 0.2 * length);
}
