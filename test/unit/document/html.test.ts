import assert from 'node:assert/strict';
import { htmlBlocks } from '../../../src/core/document/html';

describe('htmlBlocks', () => {
  const page = '<html><body><p>Talks in Moscow ended.</p><p>Trade &amp; energy\n  grew.</p></body></html>';

  it('makes no offset tables for a block that is literally a stretch of the file', () => {
    const [literal] = htmlBlocks(page).blocks;
    assert.deepEqual(literal, { start: 15, end: 37, text: 'Talks in Moscow ended.', offsets: undefined, ends: undefined, kind: 'body', reason: undefined });
    assert.equal(page.slice(literal.start, literal.end), 'Talks in Moscow ended.');
  });

  it('keeps offset tables where entities or collapsed white space change the text', () => {
    const mapped = htmlBlocks(page).blocks[1];
    assert.equal(mapped.text, 'Trade & energy grew.');
    assert.equal(page.slice(mapped.offsets![6], mapped.ends![6]), '&amp;');
    assert.equal(page.slice(mapped.start, mapped.end), 'Trade &amp; energy\n  grew.');
  });

  it('reads a page nested deeper than the call stack goes (50,000 unclosed tags), in document order', () => {
    const depth = 50_000;
    const page = `<html><head><title>Deep</title><meta name="author" content="A. Writer"></head><body><h1>Talks in Hanoi</h1>${'<div>'.repeat(depth)}<p>Officials met on Monday.</p><p>They agreed.</p>${'</div>'.repeat(depth)}<footer>Contact us</footer></body></html>`;
    const { blocks, metadata } = htmlBlocks(page);
    assert.deepEqual(blocks.map((b) => [b.text, b.kind, b.reason]), [
      ['Talks in Hanoi', 'body', 'html heading'], ['Officials met on Monday.', 'body', undefined], ['They agreed.', 'body', undefined], ['Contact us', 'furniture', 'inside <footer>'],
    ]);
    assert.deepEqual(metadata, { title: 'Deep', author: 'A. Writer' });
  });
});
