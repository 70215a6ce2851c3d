// Turns positions inside a block's reader text into offsets of the document.
import type { Block, Span } from '../types';

export function blockSpan(block: Block, from: number, to: number): Span {
  if (!block.offsets || !block.ends) return { start: block.start + from, end: block.start + to };
  const start = block.offsets[from];
  return { start, end: to > from ? block.ends[to - 1] : start };
}
