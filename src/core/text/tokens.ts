// Words of the checked blocks with their document offsets. A word is a run of letters and digits,
// joined by inner apostrophes, hyphens and periods of abbreviations ("U.S.", "Viet Nam-Russia"
// gives "Viet", "Nam-Russia").
import type { Article, Block, Span } from '../types';
import { blockSpan } from './blockSpan';

export interface Token extends Span {
  /** The word as a reader sees it. */
  text: string;
  /** Index into `Article.blocks`. */
  block: number;
  /** Offset of the word inside its block's text. */
  blockStart: number;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’-](?=[\p{L}\p{N}])|\.(?=\p{L}\.))*\.?/gu;

export function tokensOf(article: Article, isChecked: (block: Block) => boolean): Token[] {
  const tokens: Token[] = [];
  article.blocks.forEach((block, index) => {
    if (!isChecked(block)) return;
    for (const match of block.text.matchAll(WORD)) {
      let word = match[0];
      // keep the final period only for abbreviations such as "U.S."
      if (word.endsWith('.') && !/\p{L}\.\p{L}\.$/u.test(word)) word = word.slice(0, -1);
      const from = match.index ?? 0;
      tokens.push({ ...blockSpan(block, from, from + word.length), text: word, block: index, blockStart: from });
    }
  });
  return tokens;
}
