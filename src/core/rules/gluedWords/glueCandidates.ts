// The words of a document's checked text that could hide a lost space, with their ranges.
// Kept for every document between checks, so as numbers: a word's number among the candidate
// words of the corpus and its document range, not an object and a string per occurrence.
import { isCheckedBlock, type AnalyzedDocument } from '../../engine/analyzedDocument';
import { LETTER_RUN } from '../../lexicon/documentWords';
import { grown, hashOf, WordTable } from '../../lexicon/wordTable';
import { blockSpan } from '../../text/blockSpan';
import { forEachWord } from '../../text/tokens';
import type { Block } from '../../types';
import type { DictionaryWords } from './dictionaryWords';
import { MIN_GLUE_LENGTH } from './judgeGlue';

const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;
const CODE = /[\p{N}.]/u;
/** Before a web address, e-mail, handle or hashtag piece: "www.|thediplomat", "@|thehill", "#|inthenews". */
const ADDRESS_BEFORE = /[@#/\\._]$/u;
/** After one: "thediplomat|.com", "info|@", "news|/". */
const ADDRESS_AFTER = /^(?:[@/\\_]|\.\p{L})/u;

/** Numbers per candidate in DocumentCandidates.places: word number, start, end. */
export const CANDIDATE_FIELDS = 3;

/** A document's candidates, and how many words its checked text has (broken documents are judged by rate). */
export interface DocumentCandidates {
  /** Per candidate: its word's number in the candidate words, and its document span's start and end. */
  places: Int32Array;
  wordCount: number;
}

/**
 * Runs of five letters or more that are no dictionary word. A hyphenated word is read piece by
 * piece ("Vietnam-RussiaTropical" holds "RussiaTropical"); words with digits or abbreviation
 * periods (COVID-19, MCIS-11, U.S.) are codes, and web addresses, e-mails, handles and hashtags
 * are written without spaces on purpose (thediplomat.com, @thehill): never glue.
 */
export class GlueCandidates {
  /** The candidate words met so far, numbered (a few thousand, however large the corpus). */
  readonly words = new WordTable();
  /** The document under way: its places so far and its word count. */
  private places = new Int32Array(3 * 256);
  private length = 0;
  private wordCount = 0;

  constructor(private readonly dictionary: DictionaryWords) {}

  of(doc: AnalyzedDocument): DocumentCandidates {
    this.length = 0;
    this.wordCount = 0;
    for (const block of doc.article.blocks) if (isCheckedBlock(block)) this.addCandidates(block);
    return { places: this.places.slice(0, this.length), wordCount: this.wordCount };
  }

  // The words as the document's tokens are cut, without making a token (or a string) of every
  // word: most are too short to be glue, and this runs over the whole corpus.
  private addCandidates(block: Block): void {
    const { text } = block;
    forEachWord(text, (from, to) => {
      this.wordCount++;
      if (to - from < MIN_GLUE_LENGTH || this.dictionary.has(text, from, to) || isAddressPart(text, from, to)) return;
      const word = text.slice(from, to);
      if (LETTERS_ONLY.test(word)) this.add(block, from, to);
      else if (!CODE.test(word)) this.addRuns(block, from, word);
    });
  }

  private addRuns(block: Block, wordStart: number, word: string): void {
    for (const run of word.matchAll(LETTER_RUN)) {
      const from = wordStart + (run.index ?? 0);
      if (run[0].length < MIN_GLUE_LENGTH || this.dictionary.has(block.text, from, from + run[0].length)) continue;
      this.add(block, from, from + run[0].length);
    }
  }

  private add(block: Block, from: number, to: number): void {
    if (this.length + CANDIDATE_FIELDS > this.places.length) this.places = grown(this.places, this.places.length * 2);
    const span = blockSpan(block, from, to);
    this.places[this.length++] = this.words.intern(block.text, from, to, hashOf(block.text, from, to));
    this.places[this.length++] = span.start;
    this.places[this.length++] = span.end;
  }
}

function isAddressPart(text: string, from: number, to: number): boolean {
  return ADDRESS_BEFORE.test(text.slice(Math.max(0, from - 1), from)) || ADDRESS_AFTER.test(text.slice(to, to + 2));
}
