// Aligns the sentences of two versions of a story (paraphrased, translated, cut, reordered): a
// monotone dynamic programme in the manner of Gale–Church and Bleualign finds the best in-order
// chain of one-to-one, one-to-two and two-to-one matches; a second pass pairs the high-similarity
// sentences left over, which are sentences one version moved. Every sentence of each side ends up
// in exactly one pair or in `onlyA` / `onlyB`.
import { PairSimilarity } from './pairSimilarity';
import { Scratch } from './scratch';
import { termsScratch, unpackedTerms, versionTerms } from './sentenceTerms';

export interface AlignedPair {
  /** Sentence indices of the first version (one or two, consecutive). */
  a: number[];
  /** Sentence indices of the second version (one or two, consecutive). */
  b: number[];
  /** Cosine similarity of the two sides' weighted content words, 0..1. */
  score: number;
  /** True when the pair is out of order with the in-order chain: one version moved the sentence. */
  moved: boolean;
}

export interface SentenceAlignment {
  /** In the first version's order. */
  pairs: AlignedPair[];
  onlyA: number[];
  onlyB: number[];
}

/** What alignment reads of a version: the text of its sentences (an AnalyzedDocument fits). */
export interface SentenceSource {
  sentences: readonly { text: string }[];
}

/** Similarity a match must exceed to be worth more than leaving both sentences unmatched. */
const MATCH_FLOOR = 0.1;
/** A split must beat the one-to-one match by this much, so unrelated neighbours are not absorbed. */
const SPLIT_PENALTY = 0.05;
/** Similarity at which an out-of-order leftover pair is taken as a moved sentence. */
const MOVED_FLOOR = 0.3;
/** How much better an out-of-order match must be to break a weak in-order pair. */
const MOVED_MARGIN = 0.15;

const enum Step { Start, SkipA, SkipB, OneOne, OneTwo, TwoOne }

const bestValues = new Scratch((n) => new Float64Array(n));
const bestSteps = new Scratch((n) => new Uint8Array(n));
/** Where the two versions' terms are unpacked while they are aligned. */
const [scratchA, scratchB] = [termsScratch(), termsScratch()];

export function alignSentences(a: SentenceSource, b: SentenceSource): SentenceAlignment {
  const sim = new PairSimilarity(unpackedTerms(versionTerms(a.sentences), scratchA), unpackedTerms(versionTerms(b.sentences), scratchB));
  const pairs = withMovedSentences(sim, inOrderPairs(sim)).sort((x, y) => x.a[0] - y.a[0]);
  return { pairs, onlyA: unpaired(sim.sizeA, pairs, (p) => p.a), onlyB: unpaired(sim.sizeB, pairs, (p) => p.b) };
}

/** The sentences of one side that no pair holds, in order. */
function unpaired(size: number, pairs: readonly AlignedPair[], side: (pair: AlignedPair) => readonly number[]): number[] {
  const used: boolean[] = new Array(size).fill(false);
  for (const pair of pairs) for (const index of side(pair)) used[index] = true;
  const out: number[] = [];
  for (let index = 0; index < size; index++) if (!used[index]) out.push(index);
  return out;
}

function inOrderPairs(sim: PairSimilarity): AlignedPair[] {
  const width = sim.sizeB + 1;
  const best = bestValues.of((sim.sizeA + 1) * width);
  const step = bestSteps.of((sim.sizeA + 1) * width);
  best[0] = 0; // every other cell is written before it is read
  for (let i = 0; i <= sim.sizeA; i++) {
    for (let j = 0; j <= sim.sizeB; j++) if (i > 0 || j > 0) step[i * width + j] = bestStep(sim, best, width, i, j);
  }
  return traceBack(sim, step, width);
}

/**
 * Fills in the value of the best chain through sentences `i` of A and `j` of B and returns its last
 * step. Skipping a sentence is worth nothing; a match is worth its similarity above the floor.
 * Steps are tried in the order of Step, and a later one wins only when strictly better.
 */
function bestStep(sim: PairSimilarity, best: Float64Array, width: number, i: number, j: number): Step {
  let value = i > 0 ? best[(i - 1) * width + j] : -Infinity;
  let choice = Step.SkipA;
  const skipB = j > 0 ? best[i * width + j - 1] : -Infinity;
  if (skipB > value) { value = skipB; choice = Step.SkipB; }
  if (i > 0 && j > 0) {
    const one = best[(i - 1) * width + j - 1] + sim.one(i - 1, j - 1) - MATCH_FLOOR;
    if (one > value) { value = one; choice = Step.OneOne; }
  }
  if (i > 0 && j > 1) {
    const split = best[(i - 1) * width + j - 2] + sim.oneToTwo(i - 1, j - 2) - MATCH_FLOOR - SPLIT_PENALTY;
    if (split > value) { value = split; choice = Step.OneTwo; }
  }
  if (i > 1 && j > 0) {
    const merge = best[(i - 2) * width + j - 1] + sim.twoToOne(i - 2, j - 1) - MATCH_FLOOR - SPLIT_PENALTY;
    if (merge > value) { value = merge; choice = Step.TwoOne; }
  }
  best[i * width + j] = value;
  return choice;
}

function traceBack(sim: PairSimilarity, step: Uint8Array, width: number): AlignedPair[] {
  const pairs: AlignedPair[] = [];
  let i = sim.sizeA;
  let j = sim.sizeB;
  while (i > 0 || j > 0) {
    const s = step[i * width + j] as Step;
    if (s === Step.SkipA) i--;
    else if (s === Step.SkipB) j--;
    else if (s === Step.OneOne) { i--; j--; pairs.push({ a: [i], b: [j], score: sim.one(i, j), moved: false }); }
    else if (s === Step.OneTwo) { i--; j -= 2; pairs.push({ a: [i], b: [j, j + 1], score: sim.oneToTwo(i, j), moved: false }); }
    else { i -= 2; j--; pairs.push({ a: [i, i + 1], b: [j], score: sim.twoToOne(i, j), moved: false }); }
  }
  return pairs.reverse();
}

/**
 * Pairs sentences the in-order chain left out when they match well out of order, most similar
 * first. A weak one-to-one pair of the chain gives way when one of its sentences has a clearly
 * better match elsewhere (a caption repeated further down, a quote moved up).
 */
function withMovedSentences(sim: PairSimilarity, inOrder: AlignedPair[]): AlignedPair[] {
  // the pair holding each sentence, by sentence index (arrays: no map per pair of versions)
  const ownerA: (AlignedPair | undefined)[] = new Array(sim.sizeA).fill(undefined);
  const ownerB: (AlignedPair | undefined)[] = new Array(sim.sizeB).fill(undefined);
  const own = (pair: AlignedPair) => { for (const i of pair.a) ownerA[i] = pair; for (const j of pair.b) ownerB[j] = pair; };
  const release = (pair: AlignedPair | undefined) => { if (pair) { for (const i of pair.a) ownerA[i] = undefined; for (const j of pair.b) ownerB[j] = undefined; } };
  inOrder.forEach(own);
  const candidates: AlignedPair[] = [];
  for (let i = 0; i < sim.sizeA; i++) {
    for (let j = 0; j < sim.sizeB; j++) {
      const score = sim.one(i, j);
      if (score >= MOVED_FLOOR && givesWay(ownerA[i], score) && givesWay(ownerB[j], score)) candidates.push({ a: [i], b: [j], score, moved: true });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.a[0] - y.a[0] || x.b[0] - y.b[0]);
  for (const pair of candidates) {
    const [holderA, holderB] = [ownerA[pair.a[0]], ownerB[pair.b[0]]];
    if (!givesWay(holderA, pair.score) || !givesWay(holderB, pair.score)) continue;
    release(holderA);
    release(holderB);
    own(pair);
  }
  // each pair once, at its first sentence of A: in the first version's order
  const pairs = ownerA.filter((p, i): p is AlignedPair => p !== undefined && p.a[0] === i);
  const chain = pairs.filter((p) => !p.moved);
  return pairs.map((p) => (p.moved && !chain.some((c) => crosses(c, p)) ? { ...p, moved: false } : p));
}

/** Whether two pairs are in opposite orders in the two versions. */
function crosses(x: AlignedPair, y: AlignedPair): boolean {
  return (x.a[0] < y.a[0]) !== (x.b[0] < y.b[0]);
}

/** Whether a sentence held by `holder` (if any) may move to a match scoring `score`. */
function givesWay(holder: AlignedPair | undefined, score: number): boolean {
  if (!holder) return true;
  return !holder.moved && holder.a.length === 1 && holder.b.length === 1 && holder.score + MOVED_MARGIN <= score;
}
