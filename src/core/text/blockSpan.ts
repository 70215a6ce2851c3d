// Turns positions inside a block's reader text into offsets of the document.
import type { Block, Span } from '../types';

export function blockSpan(block: Block, from: number, to: number): Span {
  return { start: documentStart(block, from), end: documentEnd(block, from, to) };
}

/** Document offset of the block text's position `from`; as numbers, for scans that make no span per word. */
export function documentStart(block: Block, from: number): number {
  return block.offsets && block.ends ? block.offsets[from] : block.start + from;
}

/** Document offset where the block text's range [from, to) ends. */
export function documentEnd(block: Block, from: number, to: number): number {
  if (!block.offsets || !block.ends) return block.start + to;
  return to > from ? block.ends[to - 1] : block.offsets[from];
}
