// Who published a document: HTML metadata or front matter when the file has them, else what the
// text says in its sign-off, source line, dateline or the address it was taken from.
import type { Article, Block, Evidence, Outlet } from '../types';
import { datelineAgency, siteSigningLead, sourceNamed, TRAILING_SIGNOFF } from './cues';

export function outletFromFields(name: unknown, says: string): Outlet | undefined {
  return typeof name === 'string' && name.trim() ? { name: name.trim(), evidence: [{ says }] } : undefined;
}

export function outletFromText(article: Pick<Article, 'blocks'>): Outlet | undefined {
  const found: { name: string; evidence: Evidence }[] = [];
  const lead = article.blocks.find((b) => b.kind === 'body');
  for (const block of article.blocks) {
    const name = sourceNameIn(block, block === lead);
    if (name) found.push({ name, evidence: { says: `"${block.text.slice(0, 80)}"`, span: { start: block.start, end: block.end } } });
  }
  if (!found.length) return undefined;
  // a source line ("By VnExpress: …", "Source: VGP") outranks an agency credited in a dateline
  const best = found[found.length - 1];
  return { name: best.name, evidence: found.filter((f) => sameOutlet(f.name, best.name)).map((f) => f.evidence) };
}

/** `lead`: the block is the article's first paragraph, the only one a site signs ("VOV.VN - …"). */
function sourceNameIn(block: Block, lead: boolean): string | undefined {
  if (block.kind === 'signoff') {
    const name = sourceNamed(block.text);
    if (name) return name;
  }
  if (block.kind === 'body' || block.kind === 'signoff') {
    const trailing = TRAILING_SIGNOFF.exec(block.text);
    if (trailing) return trailing[1];
    const agency = datelineAgency(block.text) ?? (lead ? siteSigningLead(block.text) : undefined);
    if (agency !== undefined) return agency;
  }
  return undefined;
}

function sameOutlet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
