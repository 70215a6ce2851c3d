// Date expressions of a document's checked text, with document offsets and the sentence each
// stands in; and the page's date line. Found once per analysed document and kept packed (see
// dateTable.ts): each reading makes the objects again.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { blockSpan } from '../text/blockSpan';
import type { Article, Block, Span } from '../types';
import { findDateExpressions } from './dateExpressions';
import { DateTable, type PlacedExpression } from './dateTable';
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

const tables = new WeakMap<AnalyzedDocument, DateTable>();

/** The date expressions of the headline, body and captions as kept: offsets inside their blocks. */
export function dateTableOf(doc: AnalyzedDocument): DateTable {
  let table = tables.get(doc);
  if (!table) {
    const placed: PlacedExpression[] = [];
    for (const [index, sentence] of doc.sentences.entries()) {
      for (const expression of findDateExpressions(sentence.text)) placed.push({ sentence: index, expression: shifted(expression, sentence.blockStart) });
    }
    tables.set(doc, table = DateTable.of(placed));
  }
  return table;
}

/** The table another thread made of the same analysis (dateTableOf there): this thread need not find the dates again. */
export function keepDateTable(doc: AnalyzedDocument, table: DateTable): void {
  tables.set(doc, table);
}

/**
 * Every date expression of the headline, body and captions, in document order: fresh objects,
 * which callers that read them more than once keep for as long as they need them.
 */
export function datesOf(doc: AnalyzedDocument): DocumentDate[] {
  const table = dateTableOf(doc);
  const out: DocumentDate[] = [];
  for (let index = 0; index < table.count; index++) out.push(dateAt(doc, table, index));
  return out;
}

/** Expression `index` of the document's table. */
export function dateAt(doc: AnalyzedDocument, table: DateTable, index: number): DocumentDate {
  const sentence = table.sentence(index);
  const blockIndex = doc.sentences[sentence].block;
  const block = doc.article.blocks[blockIndex];
  return located(block, blockIndex, sentence, table.expression(index, block.text));
}

const lines = new WeakMap<Article, { line: DocumentDate | undefined }>();

/** The page's publication stamp: the date line nearest the headline (teaser lists have their own). */
export function dateLineOf(article: Article): DocumentDate | undefined {
  let cached = lines.get(article);
  if (!cached) lines.set(article, cached = { line: nearestDateLine(article) });
  return cached.line;
}

function nearestDateLine(article: Article): DocumentDate | undefined {
  const places = pagePlaces(article.blocks);
  const anchor = places[anchorOf(article)] ?? -1;
  let best: DocumentDate | undefined;
  let bestDistance = Infinity;
  article.blocks.forEach((block, index) => {
    const distance = Math.abs(places[index] - anchor);
    if (block.kind !== 'dateline' || distance > DATE_LINE_REACH || distance >= bestDistance) return;
    const expression = findDateExpressions(block.text, { dateLine: true }).find((e) => e.date);
    if (!expression) return;
    best = located(block, index, -1, expression);
    bestDistance = distance;
  });
  return best;
}

/** Each block's place among the page's own blocks: a joined run of furniture lines counts as its lines. */
function pagePlaces(blocks: readonly Block[]): number[] {
  const places: number[] = [];
  let place = 0;
  for (const block of blocks) {
    places.push(place);
    place += block.joined ?? 1;
  }
  return places;
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
