// Decides which blocks are the article and which are the page around it. The body is the run of
// prose that starts at the first paragraph of running text and ends at a sign-off, a section-end
// line ("Related news", "Tags:") or the start of a teaser list; short lines inside it stay (sub-
// headings, bylines), everything outside it is furniture.
import type { Block } from '../types';
import { BlockFeatureTable, type BlockFeatures } from './blockFeatures';
import { endsWithPhotoCredit, FOOTER, SECTION_END, sourceNamed, TRAILING_SIGNOFF, WIRE_CREDITS } from './cues';
import { isDateLine } from './dateLine';

export function classifyBlocks(blocks: Block[]): void {
  const features = new BlockFeatureTable(blocks);
  const prose = firstProse(blocks, features);
  if (prose < 0) {
    for (const b of blocks) markFurniture(b, b.reason ?? 'no running text on the page');
    return;
  }
  const first = leadBefore(blocks, features, prose);
  const headline = headlineBefore(blocks, features, first);
  const end = bodyEnd(blocks, features, first);
  blocks.forEach((b, i) => {
    if (b.kind === 'furniture') return;
    if (i === headline) b.kind = 'headline';
    else if (isDateLine(b.text)) b.kind = 'dateline';
    else if (i < first) markFurniture(b, 'before the article');
    else if (i > end.last) markFurniture(b, end.why);
    else if (isSourceLine(b.text, features.at(i)) && isBylineAtTop(blocks, features, first, i)) labelByline(b, 'byline under the lead');
    else labelInside(b, features.at(i), i === end.signoff, i > end.lastProse);
  });
}

function markFurniture(block: Block, why: string): void {
  block.kind = 'furniture';
  block.reason = why;
}

function firstProse(blocks: readonly Block[], features: BlockFeatureTable): number {
  return blocks.findIndex((b, i) => b.kind !== 'furniture' && features.at(i).prose && !features.at(i).repeated && !FOOTER.test(b.text));
}

/** A lead can take this many paragraphs, above the first that reads as prose and within this many blocks of it. */
const LEAD_BLOCKS = 2;
const LEAD_REACH = 4;
/** Fewest words of a lead that is not prose by its function words ("… Zelenskyy announced."). */
const LEAD_WORDS = 12;
/**
 * Its share of function words: at least a few ("from", "on" in the lead above: 0.12), as a sentence
 * has and a caption of names, places and a date ("Sergey Shoigu, Moscow, June 5, 2024.") has not.
 */
const LEAD_DENSITY = 0.08;

/**
 * Where the article starts: the first prose paragraph, or the lead just above it. A one-sentence
 * lead is mostly names and figures ("Kyiv, 04.03.2025 - Ukraine returned 150 defenders from Russian
 * captivity on Wednesday, President Volodymyr Zelenskyy announced."), too few function words to
 * read as prose, yet it is the paragraph whose facts the other versions repeat.
 */
function leadBefore(blocks: readonly Block[], features: BlockFeatureTable, prose: number): number {
  let first = prose;
  for (let i = prose - 1, leads = 0; i >= 0 && i >= prose - LEAD_REACH && leads < LEAD_BLOCKS; i--) {
    const block = blocks[i];
    // the photo and its caption, or the date line, often stand between the lead and the rest
    if (block.kind !== 'furniture' && (endsWithPhotoCredit(block.text) || isDateLine(block.text))) continue;
    if (!readsAsLead(block, features.at(i))) break;
    first = i;
    leads++;
  }
  return first;
}

function readsAsLead(block: Block, f: BlockFeatures): boolean {
  return block.kind !== 'furniture' && f.words >= LEAD_WORDS && f.density >= LEAD_DENSITY && f.sentenceEnd && !f.bullet && !f.url && !f.repeated &&
    !FOOTER.test(block.text);
}

/** A byline is no headline: "By Phan Anh", "KOJI NAKAMURA, Nikkei staff writer". */
const BYLINE = /^by\s|\b(?:staff writer|staff reporter|correspondent)s?$/i;
/** Markdown emphasis around a whole line: "*MIKI YAMADA, Nikkei staff writer*". */
const EMPHASIS = /^[*_]+|[*_]+$/g;

/**
 * Lines of a page's header that are never its headline: a reading time ("4 min read"), a wire's
 * note to editors ("(ATTN: UPDATES with …)"), a label and its value ("Editor: Liu Jin", "Source:
 * Xinhua"), a byline naming its outlet ("Fikri Hadi Pratama (The Jakarta Post)") or followed by the
 * stamp ("Seda Nur Karataş | 17.11.2025 - Update : 17.11.2025"), and a caption credited to an
 * agency ("… in Bingol province on November 17, 2025. (AFP)").
 */
const PAGE_WIDGETS: readonly RegExp[] = [
  /^\d+\s*min(?:ute)?s?\.?\s+read$/i,
  /^\((?:ATTN|EDS?|EDITORS?|CORRECTS?|REFILES?|UPDATES?)\b[^)]*\)$/i,
  /^(?:editor|editing|source|author|reporter|writer|photo|photos|translated by|compiled by|edited by)\s*:/i,
  /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*\((?:the\s+)?\p{Lu}[^)]{1,40}\)$/u,
  /\|\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/,
  /[.!?]\s*\((?:AFP|AP|Reuters|Xinhua|VNA|Yonhap|Kyodo|Bernama|Anadolu|EPA|Getty Images)\)$/,
];

function isPageWidget(text: string): boolean {
  return PAGE_WIDGETS.some((widget) => widget.test(text));
}

function isByline(text: string): boolean {
  return BYLINE.test(text.replace(EMPHASIS, ''));
}

function looksLikeHeadline(block: Block, f: BlockFeatures): boolean {
  return block.kind !== 'furniture' && f.words >= 3 && f.words <= 30 && !f.bullet && !f.url && !isByline(block.text) &&
    !f.repeated && !FOOTER.test(block.text) && !SECTION_END.test(block.text) && !isDateLine(block.text);
}

/** Lines looked at above the first paragraph for its headline, besides date lines, captions and widgets... */
const HEADLINE_REACH = 4;
/** ...and lines passed over in all. */
const HEADLINE_SCAN = 10;

/** The title-like line closest above the first paragraph, passing over date lines, captions and page widgets. */
function headlineBefore(blocks: readonly Block[], features: BlockFeatureTable, first: number): number {
  let looked = 0;
  for (let i = first - 1; i >= 0 && i >= first - HEADLINE_SCAN && looked < HEADLINE_REACH; i--) {
    const { text } = blocks[i];
    if (isDateLine(text) || endsWithPhotoCredit(text) || isPageWidget(text) || isByline(text)) continue;
    looked++;
    if (looksLikeHeadline(blocks[i], features.at(i)) && !features.at(i).sentenceEnd) return i;
  }
  return -1;
}

interface BodyEnd { last: number; signoff: number; why: string; lastProse: number }

function bodyEnd(blocks: readonly Block[], features: BlockFeatureTable, first: number): BodyEnd {
  const end = scanBody(blocks, features, first);
  let lastProse = end.last;
  while (lastProse > first && !features.at(lastProse).prose) lastProse--;
  return { ...end, lastProse };
}

function scanBody(blocks: readonly Block[], features: BlockFeatureTable, first: number): Omit<BodyEnd, 'lastProse'> {
  let lastProse = first;
  for (let i = first; i < blocks.length; i++) {
    const b = blocks[i], f = features.at(i);
    if (b.kind === 'furniture' && i > lastProse + 2) return { last: lastProse, signoff: -1, why: b.reason ?? 'after the article' };
    if (f.prose && TRAILING_SIGNOFF.test(b.text) && !isCreditedCaption(features, first, i)) return { last: i, signoff: i, why: 'after the wire sign-off' };
    if (isSourceLine(b.text, f) && !isBylineAtTop(blocks, features, first, i)) return { last: i, signoff: i, why: 'after the source line' };
    if (i > first && WIRE_CREDITS.test(b.text) && f.words <= 30) return { last: i, signoff: i, why: "after the wire's credits" };
    if (!f.prose && SECTION_END.test(b.text) && f.words <= 6) return { last: i - 1, signoff: -1, why: `after "${b.text}"` };
    if (!f.prose && FOOTER.test(b.text)) return { last: lastProse, signoff: -1, why: 'site footer' };
    if (startsTeaserList(blocks, features, i)) return { last: i - 1, signoff: -1, why: 'teaser list' };
    if (f.prose) lastProse = i;
  }
  return { last: blocks.length - 1, signoff: -1, why: '' };
}

/** Fewest words of a paragraph that ends an article with the wire's sign-off right under the lead. */
const SIGNED_PARAGRAPH_WORDS = 25;

/**
 * "Prime Minister Pham Minh Chinh and his Lao counterpart at the talks on Monday. –VNA" right under
 * the lead: a photo's caption credited to the agency, not the sign-off of a one-paragraph story.
 */
function isCreditedCaption(features: BlockFeatureTable, first: number, i: number): boolean {
  return i === first + 1 && features.at(i).words < SIGNED_PARAGRAPH_WORDS;
}

/** "Source: VGP", "VNA", "By VnExpress: https://…": a line naming where the story came from. */
export function isSourceLine(text: string, f: BlockFeatures): boolean {
  if (f.words > 12 || f.sentenceEnd && f.words > 3) return false;
  const name = sourceNamed(text);
  // "RELATED" above the teasers is a section's heading, not an agency's code
  if (!name || SECTION_END.exec(text)?.[0].length === text.length) return false;
  return /^[\p{Lu}\d][\p{L}\d&.' -]*$/u.test(name) && name.split(/\s+/).length <= 5;
}

/**
 * "By Agence France-Presse and The Nation" under the lead, with the story going on below it: a
 * byline, not a sign-off. Only a "By" line (without a link) right under the lead counts, before
 * any second paragraph of prose: "By Reuters" after two paragraphs closes a brief, and "Source: VGP"
 * closes an article wherever it stands.
 */
function isBylineAtTop(blocks: readonly Block[], features: BlockFeatureTable, first: number, i: number): boolean {
  if (!/^by\s/i.test(blocks[i].text) || features.at(i).url || i + 1 >= blocks.length || !features.at(i + 1).prose || features.at(i + 1).repeated) return false;
  for (let k = first + 1; k < i; k++) if (features.at(k).prose) return false;
  return true;
}

/** Teaser lists repeat each headline (link text, then heading) and follow it with a summary. */
function startsTeaserList(blocks: readonly Block[], features: BlockFeatureTable, i: number): boolean {
  const next = blocks[i + 1];
  return !!next && !features.at(i).prose && features.at(i).repeated && next.text === blocks[i].text && !endsWithPhotoCredit(blocks[i].text);
}

function labelInside(block: Block, f: BlockFeatures, signoff: boolean, trailing: boolean): void {
  if (block.kind === 'furniture') return;
  if (endsWithPhotoCredit(block.text)) { block.kind = 'caption'; block.reason = 'photo caption'; return; }
  if (signoff && !f.prose) { block.kind = 'signoff'; block.reason = 'source line'; return; }
  if (FOOTER.test(block.text) || f.bullet && !f.prose) { markFurniture(block, 'widget or footer line'); return; }
  if (trailing && !f.prose && f.words <= 4 && !f.sentenceEnd && /^[\p{Lu}]/u.test(block.text) && !/\d/.test(block.text)) {
    labelByline(block, 'short line of names');
    return;
  }
  block.kind = 'body';
}

function labelByline(block: Block, why: string): void {
  block.kind = 'byline';
  block.reason = why;
}
