import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/core/engine/analyzedDocument';
import { NameBuckets } from '../../../src/core/mentions/nameBuckets';

const doc = (path: string, sentence: string) => analyzeDocument({
  path,
  text: `Talks in the capital\n\n${sentence} The two sides agreed to expand cooperation in trade and energy over the coming years, officials said.\n`,
});

/** Each bucket's forms with their occurrences as path:start, for deepEqual. */
function grouping(buckets: NameBuckets, docs: ReturnType<typeof doc>[], ignored: string[] = []) {
  const order = new Map(docs.map((d, i) => [d, i]));
  return [...buckets.keys].sort().map((key) => buckets.formsOf(key, order, new Set(ignored))
    .map((f) => [f.form, f.words, f.occurrences.map((o) => `${o.doc.source.path}:${o.mention.start}`)]));
}

describe('NameBuckets', () => {
  const a = doc('a.txt', 'Minister Sergey Shoigu met Pham Minh Chinh.');
  const b = doc('b.txt', 'Sergei Shoigu and Sergey Shoigu spoke.');
  const c = doc('c.txt', 'Pham Minh Chinh left.');

  it('buckets the forms of every document, occurrences in document order', () => {
    const buckets = new NameBuckets();
    const changed = buckets.sync([a, b, c]);
    assert.equal(changed.size, 2);
    const shoigu = grouping(buckets, [a, b, c]).find((forms) => forms.some(([form]) => form === 'Sergey Shoigu'))!;
    assert.deepEqual(shoigu.map(([form, , places]) => [form, places]), [
      ['Sergey Shoigu', ['a.txt:31', 'b.txt:40']],
      ['Sergei Shoigu', ['b.txt:22']],
    ]);
  });

  it('after a document leaves, lists what a fresh index of the others lists, and names the buckets it left', () => {
    const kept = new NameBuckets();
    kept.sync([a, b, c]);
    const changed = kept.sync([a, c]);
    const fresh = new NameBuckets();
    fresh.sync([a, c]);
    assert.equal(changed.size, 1);
    assert.deepEqual(grouping(kept, [a, c]), grouping(fresh, [a, c]));
  });

  it('leaves out forms with an ignored word', () => {
    const buckets = new NameBuckets();
    buckets.sync([a, c]);
    assert.deepEqual(grouping(buckets, [a, c], ['chinh']).flat().map(([form]) => form), ['Sergey Shoigu']);
  });
});
