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
  readonly tokens: Token[];
}

/** Headline, body and captions are the article; datelines, bylines and furniture are not checked. */
export function isCheckedBlock(block: Block): boolean {
  return block.kind === 'body' || block.kind === 'headline' || block.kind === 'caption';
}

/**
 * Word objects cost more memory than everything else of an analysis together (ten thousand
 * articles hold millions of words), so they are made when a rule asks and only the most recently
 * used documents keep theirs. Rules cache what they derive from words, per document.
 */
const RECENT_TOKENS = 64;
const recentTokens = new Map<AnalyzedDocument, Token[]>();

function tokensFor(doc: AnalyzedDocument): Token[] {
  let tokens = recentTokens.get(doc);
  if (tokens) {
    recentTokens.delete(doc);
  } else {
    tokens = tokensOf(doc.article, isCheckedBlock);
    if (recentTokens.size >= RECENT_TOKENS) recentTokens.delete(recentTokens.keys().next().value!);
  }
  recentTokens.set(doc, tokens);
  return tokens;
}

/** "VnExpress", or the file name when the outlet is unknown: how messages name a version. */
export function outletLabel(doc: AnalyzedDocument): string {
  return doc.article.outlet?.name ?? doc.source.path.split('/').pop() ?? doc.source.path;
}

/** "VNA's version", or "the version in 001.txt" when the outlet is unknown. */
export function versionName(doc: AnalyzedDocument): string {
  const outlet = doc.article.outlet?.name;
  return outlet ? `${outlet}'s version` : `the version in ${doc.source.path.split('/').pop()}`;
}

export function analyzeDocument(source: SourceDocument): AnalyzedDocument {
  const article = extractArticle(source);
  return analysisOf(source, { article, sentences: sentencesOf(article, isCheckedBlock) });
}

/** What an analysis is made of, as plain data: what another thread can work out and send back. */
export interface AnalysisParts {
  article: Article;
  sentences: Sentence[];
}

/** The analysis of `source` from its parts (analyzeDocument's, or another thread's). */
export function analysisOf(source: SourceDocument, { article, sentences }: AnalysisParts): AnalyzedDocument {
  const doc: AnalyzedDocument = {
    source,
    article,
    sentences,
    get tokens() { return tokensFor(doc); },
  };
  return doc;
}
