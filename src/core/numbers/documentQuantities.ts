// The quantities of an analysed document, sentence by sentence, with document offsets. Not kept:
// callers read them once per check of a story (number-conflict keeps only the few that disagree),
// as keeping every figure of every document held more memory than reading them again costs.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { blockSpan } from '../text/blockSpan';
import type { Span } from '../types';
import { findQuantities } from './findQuantities';
import type { Quantity, QuantityMention } from './quantity';

export interface PlacedQuantity {
  quantity: Quantity;
  /** The whole expression ("Approximately 60,000-80,000 Vietnamese people") in document offsets. */
  span: Span;
  /** Index into the document's sentences. */
  sentence: number;
}

export type SentenceQuantities = readonly (readonly PlacedQuantity[])[];
/** Most sentences state no figure: they share one empty list rather than keep one each. */
const NONE: readonly PlacedQuantity[] = [];

/** For each sentence of the document, its quantities in order. */
export function sentenceQuantities(doc: AnalyzedDocument): SentenceQuantities {
  return doc.sentences.map((_, index) => quantitiesIn(doc, index));
}

/**
 * The quantities of sentence `index` of the document, in order. `mentions`, when given, are what
 * findQuantities finds in the sentence's text (versions copy sentences word for word: read once).
 */
export function quantitiesIn(doc: AnalyzedDocument, index: number, mentions?: readonly QuantityMention[]): readonly PlacedQuantity[] {
  const sentence = doc.sentences[index];
  mentions ??= findQuantities(sentence.text);
  return mentions.length === 0 ? NONE : mentions.map((mention) => ({
    quantity: mention.quantity,
    span: blockSpan(doc.article.blocks[sentence.block], sentence.blockStart + mention.start, sentence.blockStart + mention.end),
    sentence: index,
  }));
}
