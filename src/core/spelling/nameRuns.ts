// Capitalised multiword names around a word. An official name keeps its own spelling ("Vietnam-
// Russia Tropical Centre", "US Department of Defense"), so a British or American spelling inside
// one is compared only with the same name elsewhere, never with the plain word.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { Token } from '../text/tokens';
import { STOP_WORDS } from '../text/stopWords';

// Lower-case words that may stand inside a name ("Ministry of Defence"); "and", "for" join two names
// ("Vietnam and Russia", "Russia for Viet Nam").
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'on', 'de', 'du', 'la', 'del', 'des']);
const CAPITALISED = /^\p{Lu}/u;
const TITLE_CASE_SHARE = 0.8;

/**
 * The tokens of the capitalised name that holds tokens first..last, when that name is longer than
 * them; undefined when the word stands alone (or in a headline where every word is capitalised).
 */
export function enclosingName(doc: AnalyzedDocument, first: number, last: number): Token[] | undefined {
  const tokens = doc.tokens;
  if (!CAPITALISED.test(tokens[first].text) || isTitleCaseBlock(doc, tokens[first].block)) return undefined;
  let from = first;
  let to = last;
  for (let step = stepAlong(doc, from, -1); step; step = stepAlong(doc, from, -1)) from -= step;
  for (let step = stepAlong(doc, to, 1); step; step = stepAlong(doc, to, 1)) to += step;
  while (from < first && STOP_WORDS.has(tokens[from].text.toLowerCase())) from++;
  return from < first || to > last ? tokens.slice(from, to + 1) : undefined;
}

/** How many tokens the name extends by from token i in direction dir: 1, 2 (over a connector) or 0. */
function stepAlong(doc: AnalyzedDocument, i: number, dir: 1 | -1): number {
  const next = doc.tokens[i + dir];
  if (!next || !touching(doc, i, i + dir)) return 0;
  if (CAPITALISED.test(next.text)) return 1;
  const after = doc.tokens[i + 2 * dir];
  if (CONNECTORS.has(next.text) && after && touching(doc, i + dir, i + 2 * dir) && CAPITALISED.test(after.text)) return 2;
  return 0;
}

/** Whether two neighbouring tokens are in one block with only white space between them. */
function touching(doc: AnalyzedDocument, i: number, j: number): boolean {
  const [a, b] = i < j ? [doc.tokens[i], doc.tokens[j]] : [doc.tokens[j], doc.tokens[i]];
  if (a.block !== b.block) return false;
  const between = doc.article.blocks[a.block].text.slice(a.blockStart + a.text.length, b.blockStart);
  return /^\s+$/.test(between);
}

/** A headline In Title Case says nothing about which words are names. */
function isTitleCaseBlock(doc: AnalyzedDocument, blockIndex: number): boolean {
  const block = doc.article.blocks[blockIndex];
  if (block.kind !== 'headline') return false;
  const words = block.text.match(/\p{L}{4,}/gu) ?? [];
  const capitalised = words.filter((w) => CAPITALISED.test(w)).length;
  return words.length >= 3 && capitalised / words.length >= TITLE_CASE_SHARE;
}
