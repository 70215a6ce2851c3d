// The words of a document's checked text that could hide a lost space, with their ranges.
import { isCheckedBlock, type AnalyzedDocument } from '../../engine/analyzedDocument';
import { LETTER_RUN } from '../../lexicon/documentWords';
import { blockSpan } from '../../text/blockSpan';
import { forEachWord } from '../../text/tokens';
import type { Block, Span } from '../../types';
import type { DictionaryWords } from './dictionaryWords';
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

/** A document's candidates, and how many words its checked text has (broken documents are judged by rate). */
export interface DocumentCandidates {
  candidates: GlueCandidate[];
  wordCount: number;
}

/**
 * Runs of five letters or more that are no dictionary word. A hyphenated word is read piece by
 * piece ("Vietnam-RussiaTropical" holds "RussiaTropical"); words with digits or abbreviation
 * periods (COVID-19, MCIS-11, U.S.) are codes, and web addresses, e-mails, handles and hashtags
 * are written without spaces on purpose (thediplomat.com, @thehill): never glue.
 */
export function glueCandidates(doc: AnalyzedDocument, dictionary: DictionaryWords): DocumentCandidates {
  const found: DocumentCandidates = { candidates: [], wordCount: 0 };
  for (const block of doc.article.blocks) if (isCheckedBlock(block)) addCandidates(block, dictionary, found);
  return found;
}

// The words as the document's tokens are cut, without making a token (or a string) of every
// word: most are too short to be glue, and this runs over the whole corpus.
function addCandidates(block: Block, dictionary: DictionaryWords, found: DocumentCandidates): void {
  const { text } = block;
  forEachWord(text, (from, to) => {
    found.wordCount++;
    if (to - from < MIN_GLUE_LENGTH || dictionary.has(text, from, to) || isAddressPart(text, from, to)) return;
    const word = text.slice(from, to);
    if (LETTERS_ONLY.test(word)) found.candidates.push({ text: word, span: blockSpan(block, from, to) });
    else if (!CODE.test(word)) found.candidates.push(...runsOf(block, from, word, dictionary));
  });
}

function isAddressPart(text: string, from: number, to: number): boolean {
  return ADDRESS_BEFORE.test(text.slice(Math.max(0, from - 1), from)) || ADDRESS_AFTER.test(text.slice(to, to + 2));
}

function runsOf(block: Block, wordStart: number, word: string, dictionary: DictionaryWords): GlueCandidate[] {
  const found: GlueCandidate[] = [];
  for (const run of word.matchAll(LETTER_RUN)) {
    const from = wordStart + (run.index ?? 0);
    if (run[0].length < MIN_GLUE_LENGTH || dictionary.has(block.text, from, from + run[0].length)) continue;
    found.push({ text: run[0], span: blockSpan(block, from, from + run[0].length) });
  }
  return found;
}
