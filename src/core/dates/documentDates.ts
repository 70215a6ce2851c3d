// Date expressions of a document's checked text, with document offsets and the sentence each
// stands in; and the page's date line. Computed once per analysed document.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { blockSpan } from '../text/blockSpan';
import type { Article, Block, Span } from '../types';
import { findDateExpressions } from './dateExpressions';
import type { DateExpression } from './writtenDate';

export interface DocumentDate {
  /** Offsets inside the block's text. */
  expression: DateExpression;
  block: number;
  /** Index into `AnalyzedDocument.sentences`; -1 outside the checked text (the date line). */
  sentence: number;
  /** Document span of the whole expression, of its date part and of its weekday. */
  span: Span;
  dateSpan?: Span;
  weekdaySpan?: Span;
}

/** How far (in blocks) from the headline or the first paragraph the date line may stand. */
const DATE_LINE_REACH = 5;

const cache = new WeakMap<AnalyzedDocument, DocumentDate[]>();

/** Every date expression of the headline, body and captions, in document order. */
export function datesOf(doc: AnalyzedDocument): DocumentDate[] {
  let dates = cache.get(doc);
  if (!dates) {
    dates = [];
    for (const [index, sentence] of doc.sentences.entries()) {
      const block = doc.article.blocks[sentence.block];
      for (const expression of findDateExpressions(sentence.text)) {
        dates.push(located(block, sentence.block, index, shifted(expression, sentence.blockStart)));
      }
    }
    cache.set(doc, dates);
  }
  return dates;
}

const lines = new WeakMap<Article, { line: DocumentDate | undefined }>();

/** The page's publication stamp: the date line nearest the headline (teaser lists have their own). */
export function dateLineOf(article: Article): DocumentDate | undefined {
  let cached = lines.get(article);
  if (!cached) lines.set(article, cached = { line: nearestDateLine(article) });
  return cached.line;
}

function nearestDateLine(article: Article): DocumentDate | undefined {
  const anchor = anchorOf(article);
  let best: DocumentDate | undefined;
  let bestDistance = Infinity;
  article.blocks.forEach((block, index) => {
    const distance = Math.abs(index - anchor);
    if (block.kind !== 'dateline' || distance > DATE_LINE_REACH || distance >= bestDistance) return;
    const expression = findDateExpressions(block.text, { dateLine: true }).find((e) => e.date);
    if (!expression) return;
    best = located(block, index, -1, expression);
    bestDistance = distance;
  });
  return best;
}

function anchorOf(article: Article): number {
  const headline = article.headline ? article.blocks.indexOf(article.headline) : -1;
  return headline >= 0 ? headline : article.blocks.findIndex((b) => b.kind === 'body');
}

function located(block: Block, index: number, sentence: number, expression: DateExpression): DocumentDate {
  const out: DocumentDate = { expression, block: index, sentence, span: blockSpan(block, expression.start, expression.end) };
  if (expression.date) out.dateSpan = blockSpan(block, expression.date.start, expression.date.end);
  if (expression.weekday) out.weekdaySpan = blockSpan(block, expression.weekday.start, expression.weekday.end);
  return out;
}

/**
 * Moves an expression found in a sentence to offsets of its block's text, in place: the finder's
 * objects are fresh and no one else's, and copies cost an allocation each and a shape of their own.
 */
function shifted(expression: DateExpression, by: number): DateExpression {
  move(expression, by);
  if (expression.date) move(expression.date, by);
  if (expression.weekday) move(expression.weekday, by);
  return expression;
}

function move(part: Span, by: number): void {
  part.start += by;
  part.end += by;
}
