// The words of a document's checked text that could hide a lost space, with their ranges.
import type { AnalyzedDocument } from '../../engine/analyzedDocument';
import { LETTER_RUN } from '../../lexicon/documentWords';
import type { Lexicon } from '../../lexicon/lexicon';
import { blockSpan } from '../../text/blockSpan';
import type { Token } from '../../text/tokens';
import type { Span } from '../../types';
import { MIN_GLUE_LENGTH } from './judgeGlue';

export interface GlueCandidate {
  text: string;
  span: Span;
}

const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;
const CODE = /[\p{N}.]/u;
/** Before a web address, e-mail, handle or hashtag piece: "www.|thediplomat", "@|thehill", "#|inthenews". */
const ADDRESS_BEFORE = /[@#/\\._]$/u;
/** After one: "thediplomat|.com", "info|@", "news|/". */
const ADDRESS_AFTER = /^(?:[@/\\_]|\.\p{L})/u;

/**
 * Runs of five letters or more that are no dictionary word. A hyphenated word is read piece by
 * piece ("Vietnam-RussiaTropical" holds "RussiaTropical"); words with digits or abbreviation
 * periods (COVID-19, MCIS-11, U.S.) are codes, and web addresses, e-mails, handles and hashtags
 * are written without spaces on purpose (thediplomat.com, @thehill): never glue.
 */
export function glueCandidates(doc: AnalyzedDocument, lexicon: Lexicon): GlueCandidate[] {
  const found: GlueCandidate[] = [];
  for (const token of doc.tokens) {
    if (token.text.length < MIN_GLUE_LENGTH || lexicon.has(token.text) || isAddressPart(doc, token)) continue;
    if (LETTERS_ONLY.test(token.text)) {
      found.push({ text: token.text, span: { start: token.start, end: token.end } });
    } else if (!CODE.test(token.text)) {
      found.push(...runsOf(doc, token, lexicon));
    }
  }
  return found;
}

function isAddressPart(doc: AnalyzedDocument, token: Token): boolean {
  const text = doc.article.blocks[token.block].text;
  const from = token.blockStart, to = from + token.text.length;
  return ADDRESS_BEFORE.test(text.slice(Math.max(0, from - 1), from)) || ADDRESS_AFTER.test(text.slice(to, to + 2));
}

function runsOf(doc: AnalyzedDocument, token: Token, lexicon: Lexicon): GlueCandidate[] {
  const found: GlueCandidate[] = [];
  for (const run of token.text.matchAll(LETTER_RUN)) {
    if (run[0].length < MIN_GLUE_LENGTH || lexicon.has(run[0])) continue;
    const from = token.blockStart + (run.index ?? 0);
    found.push({ text: run[0], span: blockSpan(doc.article.blocks[token.block], from, from + run[0].length) });
  }
  return found;
}
