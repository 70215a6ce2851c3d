// Groups versions of the same story. Candidate pairs come from an inverted index of distinctive
// terms (a term most documents use blocks nothing), so the cost grows with the number of
// documents that share rare vocabulary, not with the square of the corpus; each candidate pair is
// then scored by the cosine of TF-IDF vectors and linked when it is clearly the same story.
import type { Story, StoryLink } from './story';
import type { TermCounts } from './termVector';

export interface StoryInput {
  path: string;
  headline: string;
  terms: TermCounts;
  /** ISO date, when known: versions published far apart are not one story. */
  published?: string;
}

/** Cosine above which two versions are one story. */
export const SAME_STORY = 0.2;
const MIN_SHARED_KEYS = 3;
const MAX_DAYS_APART = 14;

export function groupStories(inputs: readonly StoryInput[]): Story[] {
  const df = documentFrequencies(inputs);
  const vectors = inputs.map((input) => weighted(input.terms, df, inputs.length));
  const links: StoryLink[] = [];
  for (const [i, j] of candidatePairs(inputs, df)) {
    if (farApart(inputs[i].published, inputs[j].published)) continue;
    const score = cosine(vectors[i], vectors[j]);
    if (score >= SAME_STORY) links.push({ a: inputs[i].path, b: inputs[j].path, score, shared: sharedTerms(vectors[i], vectors[j]) });
  }
  return assemble(inputs, links);
}

function documentFrequencies(inputs: readonly StoryInput[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const input of inputs) for (const term of input.terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}

function weighted(terms: TermCounts, df: Map<string, number>, n: number): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of terms) {
    const w = (1 + Math.log(count)) * Math.log((n + 1) / (df.get(term) ?? 1));
    if (w <= 0) continue;
    vector.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, w] of vector) vector.set(term, w / norm);
  return vector;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
  return dot;
}

/** Pairs that share at least a few terms rare enough to say something about the event. */
function candidatePairs(inputs: readonly StoryInput[], df: Map<string, number>): [number, number][] {
  const cap = Math.max(8, Math.ceil(Math.sqrt(inputs.length)));
  const postings = new Map<string, number[]>();
  inputs.forEach((input, i) => {
    for (const term of input.terms.keys()) {
      const f = df.get(term) ?? 0;
      if (f < 2 || f > cap) continue;
      let list = postings.get(term);
      if (!list) postings.set(term, list = []);
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
  return pairs;
}

function farApart(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return Math.abs(Date.parse(a) - Date.parse(b)) > MAX_DAYS_APART * 86_400_000;
}

function sharedTerms(a: Map<string, number>, b: Map<string, number>): string[] {
  return [...a.keys()].filter((t) => b.has(t))
    .sort((x, y) => a.get(y)! * b.get(y)! - a.get(x)! * b.get(x)!)
    .slice(0, 8)
    .map((t) => t.replace(/^#/, ''));
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
  return [...groups.values()].map((documents, i) => ({
    id: `story-${i + 1}`,
    headline: headlines.get(documents[0]) ?? documents[0],
    documents,
    links: links.filter((l) => documents.includes(l.a)),
  }));
}
