import assert from 'node:assert/strict';
import { cosine, lengthOf, normSquared, SpreadVector, termProduct } from '../../../src/core/stories/similarity';
import { TermDictionary, type TermVector } from '../../../src/core/stories/termDictionary';
import { termCounts } from '../../../src/core/stories/termVector';

describe('similarity', () => {
  const A = 'Negotiators from Ruritania and Freedonia agreed a fisheries quota for the Azure Sea in Zenda';
  const B = 'Ruritania and Freedonia agree Azure Sea fisheries quota after talks in Zenda, officials said';

  function cosineOf(a: TermVector, b: TermVector, idf: Float64Array, size: number): number {
    const spread = new SpreadVector();
    spread.layOut(a, size);
    return cosine(spread.dotWith(b, idf), lengthOf(normSquared(a, idf)), lengthOf(normSquared(b, idf)));
  }

  /** Scores and shared words of A and B; idf here grows with a word's length modulo 5. */
  function scored(dictionary: TermDictionary) {
    const [a, b] = [A, B].map((text) => dictionary.vectorOf(termCounts([text])));
    const idf = Float64Array.from({ length: dictionary.size }, (_, id) => 1 + (dictionary.termOf(id).length % 5) / 3);
    const spread = new SpreadVector();
    spread.layOut(a, dictionary.size);
    const shared = spread.sharedWith(b, idf, (id) => dictionary.termOf(id)).ids.map((id) => dictionary.termOf(id));
    return { ab: cosineOf(a, b, idf, dictionary.size), ba: cosineOf(b, a, idf, dictionary.size), shared, norms: [normSquared(a, idf), normSquared(b, idf)] };
  }

  it('scores a pair the same from either side, and the same whatever ids the terms have', () => {
    const forwards = new TermDictionary();
    const backwards = new TermDictionary();
    backwards.vectorOf(termCounts([[...`${A} ${B}`.split(' ')].reverse().join(' ')]));
    const one = scored(forwards), other = scored(backwards);
    assert.equal(one.ab, one.ba);
    assert.equal(one.ab, other.ab);
    assert.deepEqual(one.norms, other.norms);
    assert.deepEqual(one.shared, other.shared);
  });

  it('gives a cosine between 0 and 1 and the shared terms, most telling first, equally telling ones alphabetically', () => {
    const { ab, shared } = scored(new TermDictionary());
    assert.ok(ab > 0.3 && ab < 1, String(ab));
    // freedonia and ruritania weigh 2.33, sea 2, fishery 1.67, the rest 1
    assert.deepEqual(shared, ['freedonia', 'ruritania', 'sea', 'fishery', 'azure', 'quota', 'zenda']);
  });

  it('sums exactly, so a sum shifted by one term\'s change of contribution is the sum taken again', () => {
    const dictionary = new TermDictionary();
    const a = dictionary.vectorOf(termCounts([A, A, 'Zenda']));
    const idf = Float64Array.from({ length: dictionary.size }, (_, id) => 0.1 + id / 7);
    const before = normSquared(a, idf);
    const k = a.ids.indexOf(dictionary.vectorOf(new Map([['zenda', 1]])).ids[0]);
    const changed = Float64Array.from(idf);
    changed[a.ids[k]] = 0.037;
    const shifted = before - termProduct(a.weights[k], a.weights[k], idf[a.ids[k]]) + termProduct(a.weights[k], a.weights[k], 0.037);
    assert.equal(shifted, normSquared(a, changed));
  });

  it('scores a document with itself 1', () => {
    const dictionary = new TermDictionary();
    const a = dictionary.vectorOf(termCounts([A]));
    assert.ok(Math.abs(cosineOf(a, a, new Float64Array(dictionary.size).fill(1.7), dictionary.size) - 1) < 1e-9);
  });
});
