// One document in, one article out: its blocks with their kinds, headline, outlet and date.
import { formatOf } from '../corpusFiles';
import { htmlBlocks, type HtmlMetadata } from '../document/html';
import { lineBlocks } from '../document/lineBlocks';
import { markdownBlocks, type FrontMatter } from '../document/markdown';
import type { Article, Block, DocumentFormat, SourceDocument } from '../types';
import { classifyBlocks } from './classifyBlocks';
import { joinFurnitureRuns } from './furnitureRuns';
import { outletFromFields, outletFromText } from './outlet';
import { publishedDate } from './publishedDate';

interface Sourced {
  blocks: Block[];
  fields: Record<string, unknown>;
  fieldsFrom: string;
}

export function extractArticle(doc: SourceDocument): Article {
  const format: DocumentFormat = formatOf(doc.path) ?? 'txt';
  const { blocks, fields, fieldsFrom } = blocksOf(doc.text, format);
  classifyBlocks(blocks);
  const headline = headlineOf(blocks, fields);
  const article: Article = { path: doc.path, format, headline, blocks };
  article.outlet = outletFromFields(fields.outlet ?? fields.source ?? fields['og:site_name'] ?? fields.publisher, `${fieldsFrom} names the outlet`) ?? outletFromText(article);
  article.published = publishedDate(article, fields, fieldsFrom);
  const author = fields.author ?? fields['article:author'];
  if (typeof author === 'string') article.author = author;
  // after the outlet and date are read: they look for their lines among the furniture
  article.blocks = joinFurnitureRuns(blocks, doc.text);
  return article;
}

function blocksOf(text: string, format: DocumentFormat): Sourced {
  if (format === 'html') {
    const { blocks, metadata } = htmlBlocks(text);
    return { blocks, fields: htmlFields(metadata), fieldsFrom: 'the page metadata' };
  }
  if (format === 'md') {
    const { blocks, frontMatter } = markdownBlocks(text);
    return { blocks, fields: frontMatterFields(frontMatter), fieldsFrom: 'the front matter' };
  }
  return { blocks: lineBlocks(text), fields: {}, fieldsFrom: '' };
}

function htmlFields(metadata: HtmlMetadata): Record<string, unknown> {
  return {
    title: metadata['og:title'] ?? metadata.title,
    'og:site_name': metadata['og:site_name'] ?? metadata['application-name'],
    date: metadata['article:published_time'] ?? metadata.datepublished ?? metadata.date ?? metadata.time,
    author: metadata.author ?? metadata['article:author'],
  };
}

function frontMatterFields(frontMatter: FrontMatter | undefined): Record<string, unknown> {
  // article files are untrusted: a "__proto__" key must stay a plain key
  const fields: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries(frontMatter?.fields ?? {})) fields[key.toLowerCase()] = value;
  return fields;
}

/** The title the metadata gives, found among the blocks; else the title-like line above the body. */
function headlineOf(blocks: Block[], fields: Record<string, unknown>): Block | undefined {
  const title = typeof fields.title === 'string' ? squash(fields.title) : undefined;
  if (title) {
    const match = blocks.find((b) => squash(b.text) === title);
    if (match) {
      for (const b of blocks) if (b.kind === 'headline' && b !== match) b.kind = 'body';
      match.kind = 'headline';
      return match;
    }
  }
  return blocks.find((b) => b.kind === 'headline');
}

function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
