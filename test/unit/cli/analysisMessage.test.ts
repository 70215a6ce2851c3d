import assert from 'node:assert/strict';
import { dateTableOf } from '../../../src/core/dates/documentDates';
import { analyzeDocument } from '../../../src/core/engine/analyzedDocument';
import { packed, unpackedAnalysis } from '../../../src/node/analysisMessage';
import { seedDocuments } from '../seedCorpus';

const PAGE = { path: 'page.html', text: '<html><body><h1>Talks &amp; trade</h1><p>Officials met in Hanoi on Monday. They agreed to expand trade.</p></body></html>' };

const partsOf = (doc: { path: string; text: string }) => {
  const { article, sentences } = analyzeDocument(doc);
  return { article, sentences };
};

/** What a thread's message makes of the parts: a structured clone, as postMessage makes. */
function sent(doc: { path: string; text: string }) {
  return unpackedAnalysis(doc, structuredClone(packed(doc, partsOf(doc))));
}

const DATED = { path: 'dated.txt', text: 'Leaders meet in Hanoi\n\nThe talks open on Tuesday, December 9, 2025, and close on 11/12.\n\nNo date here.' };

describe('analysis messages', () => {
  it('arrive as the analysis they were made from, for plain text, Markdown and HTML', () => {
    for (const doc of [...seedDocuments(), PAGE]) {
      const { article, sentences } = sent(doc);
      assert.deepEqual({ article, sentences }, partsOf(doc), doc.path);
    }
  });

  it('bring the date table the thread made, the table this thread would make', () => {
    for (const doc of [...seedDocuments(), PAGE, DATED]) {
      const arrived = dateTableOf(sent(doc));
      const made = dateTableOf(analyzeDocument(doc));
      assert.deepEqual(arrived.values, made.values, doc.path);
    }
    assert.equal(dateTableOf(sent(DATED)).count, 2, 'the dated sentence\'s two dates');
  });

  it('without the dates the thread could not read, leave them to this thread', () => {
    const message = structuredClone(packed(DATED, partsOf(DATED)));
    delete message.dateValues;
    const analysis = unpackedAnalysis(DATED, message);
    assert.equal(dateTableOf(analysis).count, 2);
  });

  it('are read for their dates, not read again', () => {
    const message = structuredClone(packed(DATED, partsOf(DATED)));
    message.dateValues = new Int16Array(0);
    assert.equal(dateTableOf(unpackedAnalysis(DATED, message)).count, 0);
  });

  it('leave out the texts that are slices of the document, and keep the others', () => {
    const doc = seedDocuments()[0];
    const message = packed(doc, partsOf(doc));
    assert.ok(message.blocksFromSource.every((fromSource, i) => fromSource === 1 && message.article.blocks[i].text === ''));
    assert.ok(message.sentences.every((s) => s.text === ''));
    const page = packed(PAGE, partsOf(PAGE));
    assert.ok(page.article.blocks.some((b) => b.text === 'Talks & trade'), 'an HTML block whose text is not the source keeps it');
  });

  it('keep a sentence whose text is not where its block says', () => {
    const doc = seedDocuments()[1];
    const parts = partsOf(doc);
    const odd = { ...parts, sentences: parts.sentences.map((s, i) => (i === 2 ? { ...s, text: `${s.text} (edited)` } : s)) };
    const message = packed(doc, structuredClone(odd));
    assert.equal(message.sentenceLengths[2], -1);
    assert.deepEqual(unpackedAnalysis(doc, message).sentences[2], odd.sentences[2]);
  });
});
