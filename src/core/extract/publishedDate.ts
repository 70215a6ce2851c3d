// When a document was published: front matter or page metadata, else the date line at its top.
import type { Article, PublicationDate } from '../types';

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;

export function publishedDate(article: Article, fields: Record<string, unknown>, fieldsFrom: string): PublicationDate | undefined {
  const raw = fields.date ?? fields.published ?? fields.pubdate;
  const value = raw instanceof Date ? raw.toISOString() : typeof raw === 'string' ? raw : undefined;
  const iso = value && ISO.exec(value.trim());
  if (iso) return { iso: iso[0], evidence: [{ says: `${fieldsFrom} gives ${value}` }] };
  return undefined;
}
