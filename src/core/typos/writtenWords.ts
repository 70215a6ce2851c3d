// Where a document's checked text writes a word, in any case ("Counterpart" opening a sentence is
// "counterpart"): what a suspected typing slip is weighed against. Asked only for the few words a
// slip may stand for, so nothing is counted or kept ahead.
import { isCheckedBlock, type AnalyzedDocument } from '../engine/analyzedDocument';
import { blockSpan } from '../text/blockSpan';
import type { Span } from '../types';

/**
 * Where the document writes the word (lowercase letters a-z) as a word of its own: not in a web or
 * e-mail address, a handle or a file name ("counterpart.org", "@counterpart").
 */
export function placesWritten(doc: AnalyzedDocument, word: string): Span[] {
  const alone = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}@#/\\\\._])${word}(?![\\p{L}\\p{M}\\p{N}@/_]|\\.[\\p{L}\\p{N}])`, 'giu');
  const places: Span[] = [];
  for (const block of doc.article.blocks) {
    if (!isCheckedBlock(block)) continue;
    for (const match of block.text.matchAll(alone)) places.push(blockSpan(block, match.index, match.index + word.length));
  }
  return places;
}
