// Every place in a document where a word could be spelled another way, with the key that the
// word's other spellings share: hyphens and spaces removed, British patterns made American and
// the inflection cut ("Viet Nam" and "Vietnam" → vietnam; "cyber-security" → cybersecurity;
// "programmes" and "programs" → program). The occurrence also records its spelling choices
// (where it is split, which side of each pattern it takes): two occurrences with one key and
// different choices are one word spelled two ways.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { Lexicon } from '../lexicon/lexicon';
import { blockSpan } from '../text/blockSpan';
import type { Span } from '../types';
import { enclosingName } from './nameRuns';
import { analyzeSpelling } from './spellingClasses';
import { spellingChoice, type SpellingChoice } from './spellingChoice';
import { isSpellingException } from './spellingExceptions';
import { isSpacedCompound, NAME_WORD } from './spacedCompounds';
import { wordPiecesOf, type WordPiece } from './wordPieces';

export interface VariantOccurrence extends SpellingChoice {
  doc: AnalyzedDocument;
  span: Span;
  /** The words as the reader sees them ("Viet Nam", "cyber-security"). */
  text: string;
  /** Lower-case pieces between hyphens or spaces. */
  parts: string[];
  /** Two words with a space between ("Viet Nam", "cyber security"). */
  spaced: boolean;
  /** Two capitalised words with a space between ("Viet Nam"): only a capitalised word is their closed form. */
  namePair: boolean;
}

export function variantOccurrencesOf(doc: AnalyzedDocument, lexicon?: Lexicon): VariantOccurrence[] {
  const pieces = wordPiecesOf(doc);
  const out: VariantOccurrence[] = [];
  pieces.forEach((piece, i) => {
    if (!isDistinctiveHyphen(piece.parts)) out.push(occurrenceOf(doc, [piece], lexicon));
    const next = pieces[i + 1];
    if (next && isSpacedCompound(doc, piece, next, lexicon)) out.push(occurrenceOf(doc, [piece, next], lexicon));
  });
  return out.filter((o) => !o.parts.some(isSpellingException));
}

/**
 * A hyphen that makes another word: "re-sign" is not "resign", "re-cover" not "recover", "co-op"
 * not "coop". Before an e ("re-elect") the hyphen only keeps two vowels apart.
 */
function isDistinctiveHyphen(parts: readonly string[]): boolean {
  if (parts.length < 2) return false;
  const [prefix, rest] = [parts[0].toLowerCase(), parts[1].toLowerCase()];
  return (prefix === 're' && !rest.startsWith('e')) || (prefix === 'co' && (prefix + rest).length < 6);
}

function occurrenceOf(doc: AnalyzedDocument, pieces: WordPiece[], lexicon?: Lexicon): VariantOccurrence {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  const block = doc.article.blocks[first.block];
  const parts = pieces.flatMap((p) => p.parts).map((p) => p.toLowerCase());
  const choice = spellingChoice(parts, lexicon);
  const name = enclosingName(doc, first.token, last.token);
  const nameKey = name ? `name:${name.map((t) => wordKey(t.text, lexicon)).join('')}|` : '';
  return {
    doc,
    span: blockSpan(block, first.from, last.to),
    text: block.text.slice(first.from, last.to),
    parts,
    ...choice,
    key: nameKey + choice.key,
    spaced: pieces.length === 2,
    namePair: pieces.length === 2 && pieces.every((p) => NAME_WORD.test(p.parts[0])),
  };
}

/** Letters of a word of a name, lower-cased and made American, so that a name's key ignores spelling. */
function wordKey(text: string, lexicon?: Lexicon): string {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).map((p) => analyzeSpelling(p, lexicon).us).join('');
}

