// HTML pages: parse with parse5 (a spec-compliant parser) keeping source locations, so every block
// of visible text maps back to the exact characters of the file the editor shows.
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { Block } from '../types';
import { isWhiteSpace } from '../text/whiteSpace';
import { decodedOffsets } from './entities';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

export interface HtmlMetadata {
  [property: string]: string;
}

const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'button', 'select', 'form']);
const FURNITURE = new Set(['nav', 'aside', 'footer', 'header', 'menu']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'figcaption', 'figure', 'td', 'th', 'tr', 'table', 'dd', 'dt', 'pre', 'address', 'body', 'br', 'hr',
  ...FURNITURE,
]);

interface Walk {
  source: string;
  blocks: Block[];
  current: { parts: { node: TextNode }[]; furniture?: string; heading: boolean } | undefined;
  insideArticle: boolean;
  hasArticle: boolean;
}

export function htmlBlocks(source: string): { blocks: Block[]; metadata: HtmlMetadata } {
  const document = parse(source, { sourceCodeLocationInfo: true });
  const metadata = metadataOf(document);
  const hasArticle = findElement(document, isArticleElement) !== undefined;
  const walk: Walk = { source, blocks: [], current: undefined, insideArticle: false, hasArticle };
  visit(document, walk, undefined, false);
  flush(walk);
  return { blocks: walk.blocks, metadata };
}

function isArticleElement(el: Element): boolean {
  return el.tagName === 'article' || attr(el, 'itemprop') === 'articleBody';
}

/** A node to enter with what it inherits, or the end of an element's children. */
type Step = { node: Node; furniture: string | undefined; heading: boolean } | { leave: true; isBlock: boolean; enteringArticle: boolean };

/**
 * Walks the tree in document order with a stack of its own, not by recursion: a scraped page may
 * nest tens of thousands of unclosed tags, deeper than the call stack goes.
 */
function visit(root: Node, walk: Walk, furniture: string | undefined, heading: boolean): void {
  const steps: Step[] = [{ node: root, furniture, heading }];
  for (let step = steps.pop(); step; step = steps.pop()) {
    if ('leave' in step) {
      if (step.isBlock) flush(walk);
      if (step.enteringArticle) walk.insideArticle = false;
      continue;
    }
    const { node } = step;
    if (node.nodeName === '#text') {
      const text = node as TextNode;
      if (!walk.current) walk.current = { parts: [], furniture: furnitureReason(walk, step.furniture), heading: step.heading };
      walk.current.parts.push({ node: text });
      continue;
    }
    if (!('childNodes' in node)) continue;
    const el = node as Element;
    if (INVISIBLE.has(el.tagName)) continue;
    const isBlock = BLOCK.has(el.tagName);
    const nextFurniture = step.furniture ?? (FURNITURE.has(el.tagName) ? `<${el.tagName}>` : undefined);
    const nextHeading = step.heading || /^h[1-6]$/.test(el.tagName);
    const enteringArticle = 'tagName' in el && isArticleElement(el) && !walk.insideArticle;
    if (isBlock) flush(walk);
    if (enteringArticle) walk.insideArticle = true;
    steps.push({ leave: true, isBlock, enteringArticle });
    for (let i = el.childNodes.length - 1; i >= 0; i--) steps.push({ node: el.childNodes[i] as Node, furniture: nextFurniture, heading: nextHeading });
  }
}

function furnitureReason(walk: Walk, furniture: string | undefined): string | undefined {
  if (furniture) return `inside ${furniture}`;
  if (walk.hasArticle && !walk.insideArticle) return 'outside the <article> element';
  return undefined;
}

function flush(walk: Walk): void {
  const current = walk.current;
  walk.current = undefined;
  if (!current) return;
  const chars: string[] = [];
  const offsets: number[] = [];
  for (const { node } of current.parts) {
    const loc = node.sourceCodeLocation;
    if (!loc) continue;
    const map = decodedOffsets(walk.source, loc.startOffset, loc.endOffset, node.value);
    appendCollapsed(node.value, map, chars, offsets);
  }
  trimInto(walk, current, chars, offsets);
}

function appendCollapsed(value: string, map: Int32Array, chars: string[], offsets: number[]): void {
  for (let i = 0; i < value.length; i++) {
    const isSpace = isWhiteSpace(value.charCodeAt(i));
    if (isSpace && (chars.length === 0 || chars[chars.length - 1] === ' ')) continue;
    chars.push(isSpace ? ' ' : value[i]);
    offsets.push(map[i], map[i + 1]);
  }
}

function trimInto(walk: Walk, current: NonNullable<Walk['current']>, chars: string[], pairs: number[]): void {
  while (chars.length && chars[chars.length - 1] === ' ') { chars.pop(); pairs.length -= 2; }
  if (!chars.length) return;
  const text = chars.join('');
  const kind = current.furniture ? 'furniture' : 'body';
  const reason = current.furniture ?? (current.heading ? 'html heading' : undefined);
  if (isLiteral(walk.source, text, pairs)) {
    // most blocks of a page are a stretch of the file as it stands: a slice of it, without offset
    // tables (eight bytes a character), maps to the document all the same
    const start = pairs[0], end = start + text.length;
    walk.blocks.push({ start, end, text: walk.source.slice(start, end), offsets: undefined, ends: undefined, kind, reason });
    return;
  }
  const offsets = new Int32Array(text.length + 1);
  const ends = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) { offsets[i] = pairs[2 * i]; ends[i] = pairs[2 * i + 1]; }
  offsets[text.length] = ends[text.length - 1];
  walk.blocks.push({ start: offsets[0], end: offsets[text.length], text, offsets, ends, kind, reason });
}

/** Each character of `text` is the one character of the file at its offset, one after another. */
function isLiteral(source: string, text: string, pairs: readonly number[]): boolean {
  const start = pairs[0];
  for (let i = 0; i < text.length; i++) if (pairs[2 * i] !== start + i || pairs[2 * i + 1] !== start + i + 1) return false;
  return source.startsWith(text, start);
}

function metadataOf(document: Node): HtmlMetadata {
  const metadata: HtmlMetadata = {};
  const title = findElement(document, (el) => el.tagName === 'title');
  if (title) metadata.title = textContent(title).trim();
  eachElement(document, (el) => {
    if (el.tagName === 'meta') {
      const key = attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop');
      const content = attr(el, 'content');
      if (key && content && !(key.toLowerCase() in metadata)) metadata[key.toLowerCase()] = content.trim();
    } else if (el.tagName === 'time' && !metadata.time) {
      const datetime = attr(el, 'datetime');
      if (datetime) metadata.time = datetime;
    }
  });
  return metadata;
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as TextNode).value;
  return 'childNodes' in node ? (node as Element).childNodes.map((c) => textContent(c as Node)).join('') : '';
}

/** Every element in document order (a template's content after its children), with a stack of its own. */
function eachElement(root: Node, visitElement: (el: Element) => void): void {
  const nodes: Node[] = [root];
  for (let node = nodes.pop(); node; node = nodes.pop()) {
    if (!('childNodes' in node)) continue;
    if ('tagName' in node) visitElement(node as Element);
    const content = (node as Element & { content?: Node }).content;
    if (content) nodes.push(content);
    const children = (node as Element).childNodes;
    for (let i = children.length - 1; i >= 0; i--) nodes.push(children[i] as Node);
  }
}

function findElement(node: Node, test: (el: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  eachElement(node, (el) => { if (!found && test(el)) found = el; });
  return found;
}
