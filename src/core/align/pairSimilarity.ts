// Cosine similarities between the sentences of two versions, with terms weighted TF-IDF-like
// within the pair: a word every sentence uses ("Russia" in a story about Russia) tells nothing,
// a word two sentences alone share tells a lot. Dot products are computed once; the similarity of
// a sentence to two adjacent sentences taken together (a split sentence) follows from them
// without building merged vectors.
import { sentenceTerms, type SentenceTerms } from './sentenceTerms';

export class PairSimilarity {
  private readonly dots: Float64Array;
  private readonly normsA: Float64Array;
  private readonly normsB: Float64Array;
  /** Dot product of each sentence with the next one, on each side. */
  private readonly nextA: Float64Array;
  private readonly nextB: Float64Array;

  /** Takes the sentences' texts, or their terms when the caller has them already (see sentenceTerms). */
  constructor(sentencesA: readonly string[] | readonly SentenceTerms[], sentencesB: readonly string[] | readonly SentenceTerms[]) {
    const termsA = sentencesA.map(termsOf);
    const termsB = sentencesB.map(termsOf);
    const idf = inverseFrequencies([...termsA, ...termsB]);
    const vectorsA = termsA.map((t) => weighted(t, idf));
    const vectorsB = termsB.map((t) => weighted(t, idf));
    this.normsA = Float64Array.from(vectorsA, (v) => Math.sqrt(dot(v, v)));
    this.normsB = Float64Array.from(vectorsB, (v) => Math.sqrt(dot(v, v)));
    this.nextA = Float64Array.from(vectorsA, (v, i) => (i + 1 < vectorsA.length ? dot(v, vectorsA[i + 1]) : 0));
    this.nextB = Float64Array.from(vectorsB, (v, i) => (i + 1 < vectorsB.length ? dot(v, vectorsB[i + 1]) : 0));
    this.dots = crossDots(vectorsA, vectorsB);
  }

  get sizeA(): number { return this.normsA.length; }
  get sizeB(): number { return this.normsB.length; }

  /** Cosine of sentence `i` of A with sentence `j` of B. */
  one(i: number, j: number): number {
    return this.cosine(this.dot(i, j), this.normsA[i], this.normsB[j]);
  }

  /** Cosine of sentence `i` of A with sentences `j` and `j + 1` of B read as one. */
  oneToTwo(i: number, j: number): number {
    const merged = Math.sqrt(this.normsB[j] ** 2 + this.normsB[j + 1] ** 2 + 2 * this.nextB[j]);
    return this.cosine(this.dot(i, j) + this.dot(i, j + 1), this.normsA[i], merged);
  }

  /** Cosine of sentences `i` and `i + 1` of A read as one with sentence `j` of B. */
  twoToOne(i: number, j: number): number {
    const merged = Math.sqrt(this.normsA[i] ** 2 + this.normsA[i + 1] ** 2 + 2 * this.nextA[i]);
    return this.cosine(this.dot(i, j) + this.dot(i + 1, j), merged, this.normsB[j]);
  }

  private dot(i: number, j: number): number {
    return this.dots[i * this.normsB.length + j];
  }

  private cosine(product: number, normA: number, normB: number): number {
    return normA > 0 && normB > 0 ? product / (normA * normB) : 0;
  }
}

function termsOf(sentence: string | SentenceTerms): SentenceTerms {
  return typeof sentence === 'string' ? sentenceTerms(sentence) : sentence;
}

function inverseFrequencies(sentences: readonly SentenceTerms[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of sentences) for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log((sentences.length + 1) / count));
  return idf;
}

function weighted(terms: SentenceTerms, idf: Map<string, number>): Map<string, number> {
  const vector = new Map<string, number>();
  for (const [term, count] of terms) vector.set(term, count * (idf.get(term) ?? 0));
  return vector;
}

function dot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, w] of small) sum += w * (large.get(term) ?? 0);
  return sum;
}

/** All A×B dot products through an index of B's terms: only sentences that share a term cost anything. */
function crossDots(vectorsA: Map<string, number>[], vectorsB: Map<string, number>[]): Float64Array {
  const dots = new Float64Array(vectorsA.length * vectorsB.length);
  const postings = new Map<string, [number, number][]>();
  vectorsB.forEach((vector, j) => {
    for (const [term, w] of vector) {
      let list = postings.get(term);
      if (!list) postings.set(term, list = []);
      list.push([j, w]);
    }
  });
  vectorsA.forEach((vector, i) => {
    const row = i * vectorsB.length;
    for (const [term, w] of vector) for (const [j, wb] of postings.get(term) ?? []) dots[row + j] += w * wb;
  });
  return dots;
}
