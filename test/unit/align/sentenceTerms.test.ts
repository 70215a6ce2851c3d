import assert from 'node:assert/strict';
import { KeptTerms } from '../../../src/core/align/keptTerms';
import { sentencesWithGaps, sentenceTerms, termsScratch, withSentencesReplaced, type SentenceTerms } from '../../../src/core/align/sentenceTerms';

const plain = (terms: SentenceTerms | KeptTerms) => {
  const { start, ids, counts } = terms instanceof KeptTerms ? terms.arrays() : terms;
  return { start: [...start], ids: [...ids], counts: [...counts] };
};
const sentences = (texts: readonly string[]) => texts.map((text) => ({ text }));
/** The text with each gap (start and end in turn) written as spaces. */
const blanked = (text: string, gaps: readonly number[]) => {
  let out = text;
  for (let k = 0; k < gaps.length; k += 2) out = out.slice(0, gaps[k]) + ' '.repeat(gaps[k + 1] - gaps[k]) + out.slice(gaps[k + 1]);
  return out;
};

describe('sentence terms with sentences replaced', () => {
  const texts = ['Troops crossed the border on 9 December.', 'The minister visited Hanoi.', 'Talks resumed on Tuesday in Geneva.'];
  const gaps = new Map([[0, [29, 39]], [2, [17, 24]]]);
  const withGaps = () => sentencesWithGaps(sentences(texts), [0, 2], (index) => gaps.get(index)!);

  it('equals reading the texts with their gaps blanked out', () => {
    const spliced = withSentencesReplaced(sentenceTerms(texts), withGaps(), termsScratch());
    const expected = sentenceTerms(texts.map((text, i) => blanked(text, gaps.get(i) ?? [])));
    assert.deepEqual(plain(spliced), plain(expected));
    assert.notDeepEqual(plain(spliced), plain(sentenceTerms(texts)));
  });

  it('ends words and numbers where a gap starts, and joins no names across it', () => {
    const text = 'Le Duc Tho said 1,200.5 Hanoi Paris residents, 12,345 in all';
    const cuts = [3, 4, 18, 19, 29, 30, 50, 51];
    const read = sentencesWithGaps(sentences([text]), [0], () => cuts).terms;
    assert.deepEqual(plain(read), plain(sentenceTerms([blanked(text, cuts)])));
  });

  it('writes into the scratch arrays it is given, sized to the version', () => {
    const into = termsScratch();
    const first = withSentencesReplaced(sentenceTerms(texts), withGaps(), into);
    assert.equal(first.start.length, 4);
    const second = withSentencesReplaced(sentenceTerms(texts.slice(0, 2)), sentencesWithGaps(sentences(texts), [1], () => [13, 26]), into);
    assert.equal(second.start.length, 3);
    assert.equal(second.ids.buffer, first.ids.buffer);
    assert.deepEqual(plain(second), plain(sentenceTerms([texts[0], 'The minister              .'])));
  });
});
