// Plain text and Markdown become one block per non-blank line: scraped pages put one paragraph,
// menu item or teaser on each line, and a line is the unit page furniture comes in.
import { isWhiteSpace } from '../text/whiteSpace';
import type { Block, Span } from '../types';

/**
 * Blocks for every non-blank line of `text` inside `region`, trimmed of surrounding white space.
 * Line ends are found natively and trimmed by character code: each line's text is the one string
 * made for it.
 */
export function lineBlocks(text: string, region: Span = { start: 0, end: text.length }): Block[] {
  const blocks: Block[] = [];
  const regionEnd = region.end;
  let nextLf = -1, nextCr = -1;
  for (let i = region.start; i < regionEnd;) {
    if (nextLf < i) nextLf = indexOrEnd(text, '\n', i);
    if (nextCr < i) nextCr = indexOrEnd(text, '\r', i);
    const lineEnd = Math.min(nextLf, nextCr, regionEnd);
    let start = i, end = lineEnd;
    while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    // `reason` from the start: added later it would take a second allocation in every block
    if (end > start) blocks.push({ start, end, text: text.slice(start, end), kind: 'body', reason: undefined });
    i = lineEnd + 1;
  }
  return blocks;
}

function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}
