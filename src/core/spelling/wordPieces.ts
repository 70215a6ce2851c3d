// The words of a document as spelling sees them. A token's possessive is cut ("Nam's" → "Nam");
// a hyphenated token is one compound word when what follows each hyphen is lower case
// ("cyber-security", "Multi-faceted") and separate names otherwise ("Nam-Russia" → "Nam",
// "Russia"). Numbers, abbreviations, acronyms and glued words ("defencecooperation" aside,
// "andRussian") are left out: other rules deal with them.
import type { AnalyzedDocument } from '../engine/analyzedDocument';

export interface WordPiece {
  /** Index into the article's blocks; from/to are offsets in that block's text. */
  block: number;
  from: number;
  to: number;
  /** The pieces between hyphens, as written. */
  parts: string[];
  /** Index of the token the piece comes from. */
  token: number;
}

const POSSESSIVE = /['’]s?$/u;
const HYPHEN = /[-‐‑]/u;
const LETTERS = /^\p{L}+$/u;
// A capital after the first letter: glued words ("andRussian"), acronyms, identifiers ("MIMEType").
const INNER_CAPITAL = /.\p{Lu}/u;

export function wordPiecesOf(doc: AnalyzedDocument): WordPiece[] {
  const out: WordPiece[] = [];
  doc.tokens.forEach((token, index) => {
    const word = token.text.replace(POSSESSIVE, '');
    const segments = word.split(HYPHEN);
    if (!segments.every(isPlainWord)) return;
    const compound = segments.slice(1).every((s) => /^\p{Ll}/u.test(s));
    let from = token.blockStart;
    const pieces = compound ? [segments] : segments.map((s) => [s]);
    for (const parts of pieces) {
      const length = parts.join('-').length;
      out.push({ block: token.block, from, to: from + length, parts, token: index });
      from += length + 1;
    }
  });
  return out;
}

function isPlainWord(segment: string): boolean {
  return LETTERS.test(segment) && !INNER_CAPITAL.test(segment);
}
