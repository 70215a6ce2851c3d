// Markdown: YAML front matter gives metadata; the rest is read line by line, with Markdown
// markers (#, >, list bullets, emphasis) kept out of the block text but not out of the offsets.
import { parse as parseYaml } from 'yaml';
import type { Block, Span } from '../types';
import { lineBlocks } from './lineBlocks';
import { simpleFrontMatter } from './simpleFrontMatter';

export interface FrontMatter {
  fields: Record<string, unknown>;
  span: Span;
  error?: string;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function frontMatterOf(text: string): FrontMatter | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  const span = { start: 0, end: match[0].length };
  try {
    const fields = simpleFrontMatter(match[1]) ?? parseYaml(match[1]);
    return { fields: fields && typeof fields === 'object' ? fields as Record<string, unknown> : {}, span };
  } catch (err) {
    return { fields: {}, span, error: err instanceof Error ? err.message : String(err) };
  }
}

const LEADING_MARKUP = /^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+/;
const TRAILING_HASHES = /\s+#+\s*$/;

export function markdownBlocks(text: string): { blocks: Block[]; frontMatter?: FrontMatter } {
  const frontMatter = frontMatterOf(text);
  const region = { start: frontMatter?.span.end ?? 0, end: text.length };
  const blocks = lineBlocks(text, region).map(stripMarkup).filter((b) => b.text.length > 0);
  return { blocks, frontMatter };
}

function stripMarkup(block: Block): Block {
  const lead = LEADING_MARKUP.exec(block.text)?.[0].length ?? 0;
  const tail = TRAILING_HASHES.exec(block.text)?.[0].length ?? 0;
  const text = block.text.slice(lead, block.text.length - tail);
  const heading = /^#{1,6}\s/.test(block.text);
  // a literal, not a spread of the line's block: spread objects took three times the memory
  return { start: block.start + lead, end: block.end - tail, text, kind: block.kind, reason: heading ? 'markdown heading' : undefined };
}
