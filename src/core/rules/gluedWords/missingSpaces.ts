// Words run together across punctuation: the space after a comma or a full stop lost when lines
// and paragraphs were joined by a bad extraction ("connections,they", "the council.The city").
// An information, not a warning: the words are whole, only the spacing is wrong. Web addresses,
// numbers and abbreviations ("vnexpress.net", "1,500", "U.S.Army", "p.m.") are not prose.
import { isCheckedBlock, type AnalyzedDocument } from '../../engine/analyzedDocument';
import { blockSpan } from '../../text/blockSpan';
import type { Finding } from '../../types';
import { finding } from '../finding';

/**
 * A lowercase word of two letters or more, a comma, semicolon, colon or full stop, and a word:
 * after a full stop only a capitalised one (a sentence goes on), after the others any.
 */
const JOINED = /(?<![\p{L}\p{M}\p{N}.@/#_-])([a-z]{2,})(?:([,;])([A-Za-z][a-z]+)|(\.)([A-Z][a-z]+))(?![\p{L}\p{M}\p{N}@/_]|[.:][\p{L}\p{N}])/gu;
const MAY_JOIN = /[a-z][.,;][A-Za-z]/;

const PUNCTUATION_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '.': 'full stop' };

/** The document's words run together across punctuation, both of them dictionary words. */
export function missingSpacesIn(doc: AnalyzedDocument, isWord: (word: string) => boolean): Finding[] {
  const findings: Finding[] = [];
  for (const block of doc.article.blocks) {
    if (!isCheckedBlock(block) || !MAY_JOIN.test(block.text)) continue;
    for (const m of block.text.matchAll(JOINED)) {
      const [whole, left] = m;
      const mark = m[2] ?? m[4], right = m[3] ?? m[5];
      if (!isWord(left) || !isWord(right)) continue;
      const suggestion = `${left}${mark} ${right}`;
      findings.push(finding({
        rule: 'glued-words',
        severity: 'info',
        message: `"${whole}" has no space after the ${PUNCTUATION_NAMES[mark]}: "${suggestion}".`,
        doc,
        span: blockSpan(block, m.index, m.index + whole.length),
        suggestion,
        data: { parts: [`${left}${mark}`, right] },
      }));
    }
  }
  return findings;
}
