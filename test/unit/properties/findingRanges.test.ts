// For any corpus, every finding and every related location points at exactly the text it quotes,
// inside its document, never into page furniture, markup or half a character.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { AnalyzedDocument } from '../../../src/core/engine/analyzedDocument';
import { createCorpus } from '../../../src/core/engine/createCorpus';
import { lexiconFromWords } from '../../../src/core/lexicon/lexicon';
import type { SourceDocument, Span } from '../../../src/core/types';
import { seedDocuments } from '../seedCorpus';
import { arbitraryCorpus } from './arbitraryCorpus';

// the words of the cleaner seeds (004 has the glued ones), as the English word list would answer
const LEXICON = lexiconFromWords(seedDocuments().slice(0, 4).flatMap((d) => d.text.match(/\p{L}+/gu) ?? []));

function checkedCorpus(docs: SourceDocument[]) {
  const corpus = createCorpus({ lexicon: LEXICON });
  for (const doc of docs) corpus.set(doc);
  return corpus.check();
}

/** Offsets inside tags, comments, scripts and styles: what a reader of the page never sees. */
function markupOf(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const m of text.matchAll(/<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi)) mask.fill(1, m.index!, m.index! + m[0].length);
  return mask;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Asserts that `span` quotes `quoted` from the document, cuts no character in two and avoids markup. */
function assertQuotes(doc: AnalyzedDocument, span: Span, quoted: string, where: string): void {
  const text = doc.source.text;
  assert.ok(span.start >= 0 && span.start < span.end && span.end <= text.length, `${where}: span ${span.start}-${span.end} of ${text.length}`);
  assert.equal(text.slice(span.start, span.end), quoted, where);
  for (const at of [span.start, span.end]) assert.ok(!(isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1))), `${where}: cuts a surrogate pair at ${at}`);
  if (doc.article.format === 'html') {
    const markup = markupOf(text);
    assert.ok(!markup[span.start] && !markup[span.end - 1], `${where}: starts or ends in markup: ${JSON.stringify(quoted)}`);
  }
}

describe('property: finding ranges', function () {
  this.timeout(20_000);

  it('every finding and related location maps to exactly its text, outside furniture and markup', () => {
    let findings = 0;
    fc.assert(fc.property(arbitraryCorpus(), (docs) => {
      const result = checkedCorpus(docs);
      const byPath = new Map(result.documents.map((d) => [d.source.path, d]));
      assert.deepEqual(result.failures, []);
      for (const f of result.findings) {
        findings++;
        const doc = byPath.get(f.path);
        assert.ok(doc, `finding in unknown document ${f.path}`);
        assertQuotes(doc, f.span, f.text, `${f.rule} in ${f.path}`);
        const furniture = doc.article.blocks.filter((b) => b.kind === 'furniture');
        assert.ok(furniture.every((b) => f.span.end <= b.start || f.span.start >= b.end), `${f.rule} in furniture: ${JSON.stringify(f.text)}`);
        for (const r of f.related) {
          const other = byPath.get(r.path);
          assert.ok(other, `related in unknown document ${r.path}`);
          assertQuotes(other, r.span, r.text, `${f.rule} related in ${r.path}`);
        }
      }
    }), { numRuns: 25 });
    assert.ok(findings > 20, `only ${findings} findings: the property tested little`);
  });

  it('every sentence of every document maps to its text in the document (plain text) or its block', () => {
    fc.assert(fc.property(arbitraryCorpus(3), (docs) => {
      for (const doc of checkedCorpus(docs).documents) {
        for (const s of doc.sentences) {
          const block = doc.article.blocks[s.block];
          assert.equal(block.text.slice(s.blockStart, s.blockStart + s.text.length), s.text);
          if (doc.article.format === 'txt') assert.equal(doc.source.text.slice(s.start, s.end), s.text);
          assert.ok(s.start >= block.start && s.end <= block.end, `sentence outside its block in ${doc.source.path}`);
        }
      }
    }), { numRuns: 30 });
  });
});
