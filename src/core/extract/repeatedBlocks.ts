// Which blocks of a page say the same thing as another block (teaser headline pairs, repeated
// menus), case and spacing aside.
import type { Block } from '../types';

const UNUSUAL_SPACE = /[^\S ]| {2}/;
/** The one character lower-casing lengthens (to "i" and a combining dot). */
const DOTTED_CAPITAL_I = 'İ';

/**
 * Blocks are compared only with blocks whose normalised text has the same length, and that length
 * is the block's own for most blocks (single spaces, no "İ"): the paragraphs of a page mostly have
 * lengths of their own and are never lower-cased, where counting every normalised text lower-cased
 * and hashed every character of the page.
 */
export class RepeatedBlocks {
  private groups: Map<number, number[]> | undefined;
  private readonly lengths: number[] = [];
  private readonly keys: (string | undefined)[] = [];

  constructor(private readonly blocks: readonly Block[]) {}

  /** Another block of the page has block i's text, case and spacing aside. */
  has(i: number): boolean {
    const group = this.groupsByLength().get(this.lengths[i])!;
    if (group.length < 2) return false;
    for (const j of group) if (j !== i && this.keyOf(j) === this.keyOf(i)) return true;
    return false;
  }

  private groupsByLength(): Map<number, number[]> {
    if (this.groups) return this.groups;
    const groups = this.groups = new Map<number, number[]>();
    this.blocks.forEach((block, i) => {
      const text = block.text;
      const length = this.lengths[i] = UNUSUAL_SPACE.test(text) || text.includes(DOTTED_CAPITAL_I) ? this.keyOf(i).length : text.length;
      const group = groups.get(length);
      if (group) group.push(i);
      else groups.set(length, [i]);
    });
    return groups;
  }

  private keyOf(i: number): string {
    return this.keys[i] ??= normalised(this.blocks[i].text);
  }
}

/** Lower case with white space collapsed; most lines have single spaces only and skip the replacement. */
function normalised(text: string): string {
  const lower = text.toLowerCase();
  return UNUSUAL_SPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}
