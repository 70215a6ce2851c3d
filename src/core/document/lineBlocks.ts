// Plain text and Markdown become one block per non-blank line: scraped pages put one paragraph,
// menu item or teaser on each line, and a line is the unit page furniture comes in.
import type { Block, Span } from '../types';

const LINE = /[^\r\n]+/g;

/** Blocks for every non-blank line of `text` inside `region`, trimmed of surrounding white space. */
export function lineBlocks(text: string, region: Span = { start: 0, end: text.length }): Block[] {
  const blocks: Block[] = [];
  const slice = text.slice(region.start, region.end);
  for (const match of slice.matchAll(LINE)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = region.start + (match.index ?? 0) + lead;
    // `reason` from the start: added later it would take a second allocation in every block
    blocks.push({ start, end: start + trimmed.length, text: trimmed, kind: 'body', reason: undefined });
  }
  return blocks;
}
