// Everything the checks need from one document, computed once per version of its text.
import { extractArticle } from '../extract/extractArticle';
import { sentencesOf } from '../text/sentences';
import { tokensOf, type Token } from '../text/tokens';
import type { Article, Block, Sentence, SourceDocument } from '../types';

export interface AnalyzedDocument {
  source: SourceDocument;
  article: Article;
  /** Sentences of the article's checked blocks, in document order. */
  sentences: Sentence[];
  /** Words of the article's checked blocks, in document order. */
  tokens: Token[];
}

/** Headline, body and captions are the article; datelines, bylines and furniture are not checked. */
export function isCheckedBlock(block: Block): boolean {
  return block.kind === 'body' || block.kind === 'headline' || block.kind === 'caption';
}

export function analyzeDocument(source: SourceDocument): AnalyzedDocument {
  const article = extractArticle(source);
  return { source, article, sentences: sentencesOf(article, isCheckedBlock), tokens: tokensOf(article, isCheckedBlock) };
}
