// When a document was published: front matter or page metadata, else the date line at its top.
// A numeric date line whose day/month order only the corpus can tell ("9/12/2025" alone) stays
// unresolved here; the date rules read it with the outlet's order.
import { dateLineDate } from '../dates/dateLineDate';
import { dateLineOf } from '../dates/documentDates';
import { toIso } from '../dates/calendar';
import type { Article, PublicationDate } from '../types';

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;

export function publishedDate(article: Article, fields: Record<string, unknown>, fieldsFrom: string): PublicationDate | undefined {
  const raw = fields.date ?? fields.published ?? fields.pubdate;
  const value = raw instanceof Date ? raw.toISOString() : typeof raw === 'string' ? raw : undefined;
  const iso = value && ISO.exec(value.trim());
  if (iso) return { iso: iso[0], evidence: [{ says: `${fieldsFrom} gives ${value}` }] };
  return fromDateLine(article);
}

function fromDateLine(article: Article): PublicationDate | undefined {
  const line = dateLineOf(article);
  const found = line && dateLineDate(line.expression);
  if (!line || !found) return undefined;
  const block = article.blocks[line.block];
  const says = `the date line "${block.text}"${found.why ? ` (${found.why})` : ''}`;
  return { iso: toIso(found.date), evidence: [{ says, span: { start: block.start, end: block.end } }] };
}
