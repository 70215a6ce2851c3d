// Story facts as a Markdown table: one column per version, a ⚠ where the versions disagree.
// Article text is escaped so it shows as text, never as markup.
import type { FactRow, StoryFacts } from './storyFacts';

const HEADINGS: Record<FactRow['kind'], string> = { name: 'Who', date: 'When', number: 'How many' };

export function storyFactsMarkdown(facts: StoryFacts): string {
  const out = [`# Story facts: ${escape(facts.headline)}`, ''];
  out.push(`${facts.versions.length} version${facts.versions.length === 1 ? '' : 's'}. ⚠ marks what the versions disagree on.`, '');
  for (const kind of ['name', 'date', 'number'] as const) {
    const rows = facts.rows.filter((r) => r.kind === kind);
    if (!rows.length) continue;
    out.push(`## ${HEADINGS[kind]}`, '');
    out.push(`| | ${facts.versions.map((v) => `${escape(v.outlet)} · ${v.published}`).join(' | ')} |`);
    out.push(`|---|${facts.versions.map(() => '---').join('|')}|`);
    for (const row of rows) {
      const mark = row.disagreements.length ? '⚠ ' : '';
      out.push(`| ${mark}**${escape(row.label)}** | ${row.cells.map((c) => (c.written.length ? c.written.map(escape).join('; ') + (c.spans.length > 1 ? ` (${c.spans.length}×)` : '') : '—')).join(' | ')} |`);
    }
    out.push('');
    const notes = rows.flatMap((r) => r.disagreements);
    for (const note of [...new Set(notes)]) out.push(`- ⚠ ${escape(note)}`);
    if (notes.length) out.push('');
  }
  out.push(`Files: ${facts.versions.map((v) => escape(v.path)).join(', ')}`, '');
  return out.join('\n');
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, '\\$&').replace(/\r?\n/g, ' ');
}
