// When a document was published: front matter or page metadata, else the date line at its top.
// A numeric date line whose day/month order only the corpus can tell ("9/12/2025" alone) stays
// unresolved here; the date rules read it with the outlet's order.
import { dateLineDate } from '../dates/dateLineDate';
import { findDateExpressions } from '../dates/dateExpressions';
import { dateLineOf } from '../dates/documentDates';
import { toIso } from '../dates/calendar';
import { blockSpan } from '../text/blockSpan';
import type { Article, PublicationDate } from '../types';
import { datelineDate } from './cues';

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;

export function publishedDate(article: Article, fields: Record<string, unknown>, fieldsFrom: string): PublicationDate | undefined {
  const raw = fields.date ?? fields.published ?? fields.pubdate;
  const value = raw instanceof Date ? raw.toISOString() : typeof raw === 'string' ? raw : undefined;
  const iso = value && ISO.exec(value.trim());
  if (iso) return { iso: iso[0], evidence: [{ says: `${fieldsFrom} gives ${value}` }] };
  return fromDateLine(article) ?? fromWireDateline(article);
}

/**
 * Wire copy pasted without its page has no date line of its own, but its lead opens with one that
 * carries the date: "PARIS, March 4, 2025 (AFP) –". Only a date with its year, read one way.
 */
function fromWireDateline(article: Article): PublicationDate | undefined {
  const lead = article.blocks.find((b) => b.kind === 'body');
  const head = lead && datelineDate(lead.text);
  const expression = head && findDateExpressions(head.text, { dateLine: true }).find((e) => e.date);
  const found = expression && dateLineDate(expression);
  if (!lead || !head || !found) return undefined;
  const says = `the dateline "${head.text}"${found.why ? ` (${found.why})` : ''}`;
  return { iso: toIso(found.date), evidence: [{ says, span: blockSpan(lead, head.start, head.start + head.text.length) }] };
}

function fromDateLine(article: Article): PublicationDate | undefined {
  const line = dateLineOf(article);
  const found = line && dateLineDate(line.expression);
  if (!line || !found) return undefined;
  const block = article.blocks[line.block];
  const says = `the date line "${block.text}"${found.why ? ` (${found.why})` : ''}`;
  return { iso: toIso(found.date), evidence: [{ says, span: { start: block.start, end: block.end } }] };
}
