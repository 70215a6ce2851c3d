import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/core/text/sentences';

function sentences(text: string): string[] {
  return splitSentences(text).map(([a, b]) => text.slice(a, b));
}

describe('splitSentences', () => {
  it('does not break after titles, abbreviations, initials, decimals or numbers', () => {
    assert.deepEqual(sentences('The event was chaired by Sen. Lt. Gen. Nguyen Chi Vinh. He met U.S. officials on Dec. 3 at No. 5 Tran Phu street.'), [
      'The event was chaired by Sen. Lt. Gen. Nguyen Chi Vinh.',
      'He met U.S. officials on Dec. 3 at No. 5 Tran Phu street.',
    ]);
    assert.deepEqual(sentences('Growth was 6.5 per cent. J. K. Rowling agreed.'), ['Growth was 6.5 per cent.', 'J. K. Rowling agreed.']);
  });

  it('reads the initial before a full stop in any script, and breaks before quotes', () => {
    assert.deepEqual(sentences('Talks with Đ. Nguyễn ended. Prices rose. "Good," he said.'), [
      'Talks with Đ. Nguyễn ended.',
      'Prices rose.',
      '"Good," he said.',
    ]);
    assert.deepEqual(sentences('It rose in the U.S. by 5 per cent.'), ['It rose in the U.S. by 5 per cent.']);
  });

  it('keeps closing quotes with their sentence and splits at ? and !', () => {
    assert.deepEqual(sentences('"We agree," she said. "Why not?" he asked! Then they left.'), [
      '"We agree," she said.', '"Why not?" he asked!', 'Then they left.',
    ]);
  });

  it('covers every non-space character exactly once', () => {
    const text = '  One. Two three.  Four';
    const spans = splitSentences(text);
    assert.deepEqual(spans.map(([a, b]) => text.slice(a, b)), ['One.', 'Two three.', 'Four']);
  });
});
