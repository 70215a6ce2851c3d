import assert from 'node:assert/strict';
import { lineBlocks } from '../../../src/core/document/lineBlocks';
import { joinFurnitureRuns } from '../../../src/core/extract/furnitureRuns';
import type { Block } from '../../../src/core/types';

function furniture(block: Block, reason: string): Block {
  return { ...block, kind: 'furniture', reason };
}

describe('joinFurnitureRuns', () => {
  const text = 'Home\n  News\n\nSport\nMinisters met in Hanoi on Monday.\nAbout us\nContact\n';

  it('makes one block of furniture lines kept out for the same reason, spanning their text', () => {
    const [home, news, sport, body, about, contact] = lineBlocks(text);
    const blocks = [furniture(home, 'before the article'), furniture(news, 'before the article'), furniture(sport, 'before the article'),
      body, furniture(about, 'site footer'), furniture(contact, 'site footer')];
    const joined = joinFurnitureRuns(blocks, text);
    assert.deepEqual(joined.map((b) => [b.kind, b.reason, b.text]), [
      ['furniture', 'before the article', 'Home\n  News\n\nSport'],
      ['body', undefined, 'Ministers met in Hanoi on Monday.'],
      ['furniture', 'site footer', 'About us\nContact'],
    ]);
    assert.deepEqual(joined.map((b) => b.joined), [3, undefined, 2], 'how many of the page\'s blocks each stands for');
    for (const b of joined) assert.equal(b.text, text.slice(b.start, b.end));
    assert.equal(joined[1], body, 'other blocks are kept as they are');
  });

  it('keeps runs apart when their reasons differ or something other than white space lies between', () => {
    const page = '<li>Home</li><li>News</li>';
    const menu: Block[] = [
      { start: 4, end: 8, text: 'Home', kind: 'furniture', reason: 'inside <nav>' },
      { start: 17, end: 21, text: 'News', kind: 'furniture', reason: 'inside <nav>' },
    ];
    assert.equal(joinFurnitureRuns(menu, page), menu, 'markup between: nothing to join, the same array back');
    const [home, news] = lineBlocks(text);
    assert.equal(joinFurnitureRuns([furniture(home, 'before the article'), furniture(news, 'teaser list')], text).length, 2);
  });

  it('leaves a block alone whose text is not literally its span (HTML entities)', () => {
    const page = 'Tom &amp; Jerry\nNews';
    const entity: Block = { start: 0, end: 15, text: 'Tom & Jerry', kind: 'furniture', reason: 'r', offsets: new Int32Array(12), ends: new Int32Array(11) };
    const next: Block = { start: 16, end: 20, text: 'News', kind: 'furniture', reason: 'r' };
    assert.equal(joinFurnitureRuns([entity, next], page).length, 2);
  });
});
