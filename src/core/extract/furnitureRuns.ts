// A scraped page is mostly furniture, one block a line: the generated newsroom corpus has sixty
// blocks a page, forty of them menu items, teasers and footer lines. Once the page is classified
// nothing reads furniture line by line (the checks skip it, the editor dims it and says why), so
// a run of furniture lines kept out for the same reason becomes one block: ten thousand pages
// keep some 380,000 fewer block objects, and the analysis threads send fewer.
import { isWhiteSpace } from '../text/whiteSpace';
import type { Block } from '../types';

/**
 * `blocks` with each run of furniture blocks that share a reason and lie next to each other in
 * `text` (only white space between them) joined into one block spanning the run. Blocks whose text
 * is not literally their span of `text` (HTML entities, `offsets`) stay as they are.
 */
export function joinFurnitureRuns(blocks: Block[], text: string): Block[] {
  const joined: Block[] = [];
  for (let i = 0; i < blocks.length;) {
    let last = i;
    while (last + 1 < blocks.length && continuesRun(blocks[last], blocks[last + 1], text)) last++;
    joined.push(last === i ? blocks[i] : spanning(blocks.slice(i, last + 1), text));
    i = last + 1;
  }
  return joined.length === blocks.length ? blocks : joined;
}

function spanning(run: readonly Block[], text: string): Block {
  const first = run[0], last = run[run.length - 1];
  const joined = run.reduce((n, block) => n + (block.joined ?? 1), 0);
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end), kind: 'furniture', reason: first.reason, joined };
}

function continuesRun(run: Block, next: Block, text: string): boolean {
  return run.kind === 'furniture' && next.kind === 'furniture' && run.reason === next.reason &&
    !run.offsets && !next.offsets && onlyWhiteSpace(text, run.end, next.start);
}

function onlyWhiteSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}
