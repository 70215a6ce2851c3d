import assert from 'node:assert/strict';
import fc from 'fast-check';
import { alignSentences, type SentenceAlignment } from '../../../src/core/align/alignSentences';
import { Corpus } from '../../../src/core/engine/corpus';
import { seedDocuments } from '../seedCorpus';

const version = (...texts: string[]) => ({ sentences: texts.map((text) => ({ text })) });

/** [a indices, b indices, moved] of each pair, for readable assertions. */
const shape = (alignment: SentenceAlignment) => alignment.pairs.map((p) => [p.a, p.b, p.moved]);

const FISHERIES = 'Negotiators from Ruritania and Freedonia signed a fisheries agreement for the Azure Sea in Zenda on Monday.';
const FISHERIES_PARAPHRASE = 'Ruritania and Freedonia signed an agreement on fisheries in the Azure Sea in Zenda on Monday.';
const TRAWLERS = 'The pact lets 75 trawlers from each country fish the shared grounds of the northern shelf.';
const TRAWLERS_PARAPHRASE = 'Under the pact, 75 trawlers from each country may fish the northern shelf grounds.';
const HARBOUR = 'Freedonia will pay for the modernisation of the Zenda harbour and its cold-storage warehouses.';
const HARBOUR_PARAPHRASE = 'The Freedonian side will pay to modernise the harbour and cold-storage warehouses in Zenda.';
const QUOTA = 'Inspectors from both navies will check the catch quota each spring.';
const QUOTA_PARAPHRASE = 'Naval inspectors of both sides are to check the quota of the catch every spring.';

describe('alignSentences', () => {
  it('pairs paraphrased sentences one to one, in order', () => {
    const alignment = alignSentences(version(FISHERIES, TRAWLERS, HARBOUR), version(FISHERIES_PARAPHRASE, TRAWLERS_PARAPHRASE, HARBOUR_PARAPHRASE));
    assert.deepEqual(shape(alignment), [[[0], [0], false], [[1], [1], false], [[2], [2], false]]);
    assert.deepEqual([alignment.onlyA, alignment.onlyB], [[], []]);
    for (const pair of alignment.pairs) assert.ok(pair.score > 0.25 && pair.score <= 1, `score ${pair.score}`);
  });

  it('pairs a sentence with the two sentences another version split it into', () => {
    const joined = 'Freedonia will pay for the modernisation of the Zenda harbour, and inspectors from both navies will check the catch quota each spring.';
    const alignment = alignSentences(version(FISHERIES, joined), version(FISHERIES_PARAPHRASE, HARBOUR_PARAPHRASE, QUOTA_PARAPHRASE));
    assert.deepEqual(shape(alignment), [[[0], [0], false], [[1], [1, 2], false]]);
    assert.deepEqual(shape(alignStrings([HARBOUR_PARAPHRASE, QUOTA_PARAPHRASE], [joined])), [[[0, 1], [0], false]]);
  });

  it('marks a sentence that the other version moved', () => {
    const alignment = alignSentences(version(FISHERIES, TRAWLERS, HARBOUR, QUOTA), version(QUOTA_PARAPHRASE, FISHERIES_PARAPHRASE, TRAWLERS_PARAPHRASE, HARBOUR_PARAPHRASE));
    assert.deepEqual(shape(alignment), [[[0], [1], false], [[1], [2], false], [[2], [3], false], [[3], [0], true]]);
  });

  it('leaves sentences only one version has unpaired', () => {
    const extra = 'The weather in Zenda was unusually warm for the season.';
    const alignment = alignSentences(version(FISHERIES, extra, TRAWLERS), version(FISHERIES_PARAPHRASE, TRAWLERS_PARAPHRASE, 'Photo: Archive'));
    assert.deepEqual(shape(alignment), [[[0], [0], false], [[2], [1], false]]);
    assert.deepEqual(alignment.onlyA, [1]);
    assert.deepEqual(alignment.onlyB, [2]);
  });

  it('meets "Viet Nam" and "Vietnam" as one name', () => {
    const score = (a: string, b: string) => alignSentences(version(a), version(b)).pairs[0]?.score ?? 0;
    const sameCountry = score('Leaders of Vietnam and Laos signed the treaty.', 'Leaders of Viet Nam and Laos signed the treaty.');
    const otherCountry = score('Leaders of Vietnam and Laos signed the treaty.', 'Leaders of Cambodia and Laos signed the treaty.');
    assert.ok(sameCountry > otherCountry + 0.1, `${sameCountry} vs ${otherCountry}`);
  });

  it('handles versions without sentences', () => {
    assert.deepEqual(alignSentences(version(), version()), { pairs: [], onlyA: [], onlyB: [] });
    assert.deepEqual(alignSentences(version(FISHERIES), version()), { pairs: [], onlyA: [0], onlyB: [] });
  });

  it('places every sentence of both seed versions of one story exactly once', () => {
    const corpus = new Corpus([]);
    for (const doc of seedDocuments()) corpus.set(doc);
    const [a, b] = corpus.check().documents;
    const alignment = alignSentences(a, b);
    const seenA = [...alignment.pairs.flatMap((p) => p.a), ...alignment.onlyA].sort((x, y) => x - y);
    const seenB = [...alignment.pairs.flatMap((p) => p.b), ...alignment.onlyB].sort((x, y) => x - y);
    assert.deepEqual(seenA, a.sentences.map((_, i) => i));
    assert.deepEqual(seenB, b.sentences.map((_, i) => i));
    // the two accounts of the cooperation areas say the same thing
    const areas = alignment.pairs.find((p) => p.b.some((j) => b.sentences[j].text.includes('transnational crime combat')));
    assert.ok(areas?.a.some((i) => a.sentences[i].text.includes('transnational crime prevention')));
  });
});

describe('alignSentences, on any pair of versions', () => {
  const word = fc.constantFrom('Zenda', 'harbour', 'trawlers', 'quota', '75', 'the', 'of', 'signed', 'Freedonia', 'pact', 'navy', 'spring', 'Viet', 'Nam');
  const sentence = fc.array(word, { maxLength: 12 }).map((words) => words.join(' ') + '.');
  const sentences = fc.array(sentence, { maxLength: 25 });

  it('places every sentence of each version exactly once, in pairs of one or two consecutive sentences', () => {
    fc.assert(fc.property(sentences, sentences, (a, b) => {
      const alignment = alignStrings(a, b);
      const seenA = [...alignment.pairs.flatMap((p) => p.a), ...alignment.onlyA].sort((x, y) => x - y);
      const seenB = [...alignment.pairs.flatMap((p) => p.b), ...alignment.onlyB].sort((x, y) => x - y);
      assert.deepEqual(seenA, a.map((_, i) => i));
      assert.deepEqual(seenB, b.map((_, i) => i));
      for (const pair of alignment.pairs) {
        for (const side of [pair.a, pair.b]) assert.ok(side.length >= 1 && side.length <= 2 && (side.length === 1 || side[1] === side[0] + 1));
        assert.ok(pair.score >= 0 && pair.score <= 1 + 1e-9);
      }
    }), { numRuns: 300 });
  });
});

function alignStrings(a: string[], b: string[]): SentenceAlignment {
  return alignSentences(version(...a), version(...b));
}
