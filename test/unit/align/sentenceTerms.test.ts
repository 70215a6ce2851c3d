import assert from 'node:assert/strict';
import { replacedSentences, sentenceTerms, termsScratch, withSentencesReplaced, type SentenceTerms } from '../../../src/core/align/sentenceTerms';

const plain = (terms: SentenceTerms) => ({ start: [...terms.start], ids: [...terms.ids], counts: [...terms.counts] });

describe('sentence terms with sentences replaced', () => {
  const texts = ['Troops crossed the border on 9 December.', 'The minister visited Hanoi.', 'Talks resumed on Tuesday in Geneva.'];
  const replaced = new Map([[0, 'Troops crossed the border on          .'], [2, 'Talks resumed on         in Geneva.']]);

  it('equals reading the replaced texts in their place', () => {
    const spliced = withSentencesReplaced(sentenceTerms(texts), replacedSentences(replaced), termsScratch());
    const expected = sentenceTerms(texts.map((text, i) => replaced.get(i) ?? text));
    assert.deepEqual(plain(spliced), plain(expected));
  });

  it('writes into the scratch arrays it is given, sized to the version', () => {
    const into = termsScratch();
    const first = withSentencesReplaced(sentenceTerms(texts), replacedSentences(replaced), into);
    assert.equal(first.start.length, 4);
    const second = withSentencesReplaced(sentenceTerms(texts.slice(0, 2)), replacedSentences(new Map([[1, 'The minister left.']])), into);
    assert.equal(second.start.length, 3);
    assert.equal(second.ids.buffer, first.ids.buffer);
    assert.deepEqual(plain(second), plain(sentenceTerms([texts[0], 'The minister left.'])));
  });
});
