// Groups versions of the same story. Each document offers its few most distinctive terms as
// blocking keys; only documents sharing keys are compared (so cost grows with the corpus, not
// with its square), by the cosine of TF-IDF vectors, and linked when clearly the same story.
import type { Story, StoryLink } from './story';
import type { TermDictionary, TermVector } from './termDictionary';

export interface StoryInput {
  path: string;
  headline: string;
  terms: TermVector;
  /** ISO date, when known: versions published far apart are not one story. */
  published?: string;
}

/** Cosine above which two versions are one story. */
export const SAME_STORY = 0.35;
/**
 * Below SAME_STORY and above this, two versions are one story only when each is (nearly) the
 * other's closest version: a paraphrase by another outlet scores low when the corpus is small,
 * while a different story on the same subject scores low too but has a closer match of its own.
 */
export const MUTUAL_BEST = 0.2;
/** "Nearly": within this share of each side's best score (three versions of one story all qualify). */
const NEAR_BEST = 0.8;
/** Blocking keys per document: its most distinctive terms. */
const KEYS_PER_DOCUMENT = 16;
const MIN_SHARED_KEYS = 2;
const MAX_DAYS_APART = 14;

export function groupStories(inputs: readonly StoryInput[], dictionary: TermDictionary): Story[] {
  const df = documentFrequencies(inputs, dictionary.size);
  const idf = Float64Array.from(df, (f) => (f ? Math.log((inputs.length + 1) / f) : 0));
  const norms = inputs.map((input) => norm(input.terms, idf));
  const scored = candidatePairs(inputs, df, idf)
    .filter(([i, j]) => !farApart(inputs[i].published, inputs[j].published))
    .map(([i, j]) => ({ i, j, score: cosine(inputs[i].terms, inputs[j].terms, idf) / (norms[i] * norms[j] || 1) }));
  const best = new Float64Array(inputs.length);
  for (const { i, j, score } of scored) { best[i] = Math.max(best[i], score); best[j] = Math.max(best[j], score); }
  const links: StoryLink[] = scored
    .filter(({ i, j, score }) => score >= SAME_STORY || (score >= MUTUAL_BEST && score >= NEAR_BEST * best[i] && score >= NEAR_BEST * best[j]))
    .map(({ i, j, score }) => ({ a: inputs[i].path, b: inputs[j].path, score, shared: sharedTerms(inputs[i].terms, inputs[j].terms, idf, dictionary) }));
  return assemble(inputs, links);
}

function documentFrequencies(inputs: readonly StoryInput[], size: number): Int32Array {
  const df = new Int32Array(size);
  for (const input of inputs) for (const id of input.terms.ids) df[id]++;
  return df;
}

function norm(v: TermVector, idf: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < v.ids.length; k++) { const w = v.weights[k] * idf[v.ids[k]]; sum += w * w; }
  return Math.sqrt(sum);
}

/** Unnormalised dot product of two sorted vectors. */
function cosine(a: TermVector, b: TermVector, idf: Float64Array): number {
  let dot = 0;
  for (let x = 0, y = 0; x < a.ids.length && y < b.ids.length;) {
    if (a.ids[x] < b.ids[y]) x++;
    else if (a.ids[x] > b.ids[y]) y++;
    else { const i2 = idf[a.ids[x]] ** 2; dot += a.weights[x++] * b.weights[y++] * i2; }
  }
  return dot;
}

/** Pairs sharing at least two of their distinctive terms (a term most documents use blocks nothing). */
function candidatePairs(inputs: readonly StoryInput[], df: Int32Array, idf: Float64Array): [number, number][] {
  const cap = Math.max(8, Math.ceil(Math.sqrt(inputs.length)));
  const postings = new Map<number, number[]>();
  inputs.forEach((input, i) => {
    for (const id of distinctiveTerms(input.terms, df, idf, cap)) {
      let list = postings.get(id);
      if (!list) postings.set(id, list = []);
      list.push(i);
    }
  });
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      const key = list[x] * inputs.length + list[y];
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  const pairs: [number, number][] = [];
  for (const [key, count] of shared) if (count >= MIN_SHARED_KEYS) pairs.push([Math.floor(key / inputs.length), key % inputs.length]);
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

function distinctiveTerms(v: TermVector, df: Int32Array, idf: Float64Array, cap: number): number[] {
  const usable: number[] = [];
  for (let k = 0; k < v.ids.length; k++) if (df[v.ids[k]] >= 2 && df[v.ids[k]] <= cap) usable.push(k);
  usable.sort((x, y) => v.weights[y] * idf[v.ids[y]] - v.weights[x] * idf[v.ids[x]] || v.ids[x] - v.ids[y]);
  return usable.slice(0, KEYS_PER_DOCUMENT).map((k) => v.ids[k]);
}

function farApart(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return Math.abs(Date.parse(a) - Date.parse(b)) > MAX_DAYS_APART * 86_400_000;
}

function sharedTerms(a: TermVector, b: TermVector, idf: Float64Array, dictionary: TermDictionary): string[] {
  const shared: { id: number; w: number }[] = [];
  for (let x = 0, y = 0; x < a.ids.length && y < b.ids.length;) {
    if (a.ids[x] < b.ids[y]) x++;
    else if (a.ids[x] > b.ids[y]) y++;
    else { shared.push({ id: a.ids[x], w: a.weights[x++] * b.weights[y++] * idf[a.ids[x - 1]] ** 2 }); }
  }
  return shared.sort((p, q) => q.w - p.w || p.id - q.id).slice(0, 8).map((s) => dictionary.termOf(s.id).replace(/^#/, ''));
}

function assemble(inputs: readonly StoryInput[], links: StoryLink[]): Story[] {
  const parent = new Map(inputs.map((input) => [input.path, input.path]));
  const find = (p: string): string => { while (parent.get(p) !== p) p = parent.get(p)!; return p; };
  for (const link of links) parent.set(find(link.a), find(link.b));
  const groups = new Map<string, string[]>();
  for (const input of inputs) {
    const root = find(input.path);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(input.path);
  }
  const headlines = new Map(inputs.map((input) => [input.path, input.headline]));
  const linksOf = new Map<string, StoryLink[]>();
  for (const link of links) {
    const root = find(link.a);
    if (!linksOf.has(root)) linksOf.set(root, []);
    linksOf.get(root)!.push(link);
  }
  return [...groups].map(([root, documents], i) => ({
    id: `story-${i + 1}`,
    headline: headlines.get(documents[0]) ?? documents[0],
    documents,
    links: linksOf.get(root) ?? [],
  }));
}
