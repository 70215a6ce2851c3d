// The words of a document's checked text that could hide a lost space, with their ranges.
// Kept for every document between checks, so as numbers: a word's number among the candidate
// words of the corpus and its document range, not an object and a string per occurrence.
import { isCheckedBlock, type AnalyzedDocument } from '../../engine/analyzedDocument';
import type { DocumentRuns } from '../../lexicon/documentRuns';
import { LETTER_RUN } from '../../lexicon/documentWords';
import { grown, hashOf, WordTable } from '../../lexicon/wordTable';
import { documentEnd, documentStart } from '../../text/blockSpan';
import { forEachWord } from '../../text/tokens';
import type { Block } from '../../types';
import type { DictionaryWords } from './dictionaryWords';
import { isAddressPart, isWholeWord, startsWithMark, wordsResumeAt } from './glueWordBounds';
import { BEFORE_FIGURE, isSmallWordThenName } from './glueWords';
import { MIN_GLUE_LENGTH } from './judgeGlue';

const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;
/** Runs shorter than this are asked whether they are a small word run into a name ("inHa"): longer ones are judged as any run. */
const SMALL_NAME_GLUE_MAX = 12;
const CODE = /[\p{N}.]/u;
const SURROGATE = /[\ud800-\udfff]/;
const WORD_THEN_FIGURE = /^[a-z]+\d[\d,.]*\d$/;
const QUOTES = '"\'“”‘’«»';
/** The longest word of BEFORE_FIGURE. */
const LONGEST_BEFORE_FIGURE = Math.max(...[...BEFORE_FIGURE].map((w) => w.length));

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Numbers per candidate in DocumentCandidates.places: word number, start, end. */
export const CANDIDATE_FIELDS = 3;

/** A document's candidates: per candidate, its word's number in the candidate words, and its document span's start and end. */
export interface DocumentCandidates {
  places: Int32Array;
}

/** Most documents hold no candidate: they share one empty list rather than keep an array buffer each. */
const NO_CANDIDATES: DocumentCandidates = { places: new Int32Array(0) };

/**
 * Runs of five letters or more that are no dictionary word. A hyphenated word is read piece by
 * piece ("Vietnam-RussiaTropical" holds "RussiaTropical"); words with digits or abbreviation
 * periods (COVID-19, MCIS-11, U.S.) are codes, and web addresses, e-mails, handles and hashtags
 * are written without spaces on purpose (thediplomat.com, @thehill): never glue.
 */
export class GlueCandidates {
  /** The candidate words met so far, numbered (a few thousand, however large the corpus). */
  readonly words = new WordTable();
  /** The document under way: its places so far. */
  private places = new Int32Array(3 * 256);
  private length = 0;
  /** The block under way, and how far its words have been read. */
  private block: Block | undefined;
  private wordsReadTo = 0;

  constructor(private readonly dictionary: DictionaryWords) {}

  /** The candidates of a document, given its letter runs as the corpus vocabulary numbered them. */
  of(doc: AnalyzedDocument, runs: DocumentRuns): DocumentCandidates {
    this.length = 0;
    doc.article.blocks.forEach((block, index) => {
      if (isCheckedBlock(block)) this.addCandidates(block, runs, index);
    });
    this.block = undefined;
    return this.length ? { places: this.places.slice(0, this.length) } : NO_CANDIDATES;
  }

  // A candidate is a letter run that is long and no dictionary word, which the run's number
  // tells: most words of the corpus are rejected without a string, a hash or a word cut. Only
  // around the few others are the words cut as the document's tokens are.
  private addCandidates(block: Block, runs: DocumentRuns, index: number): void {
    this.block = block;
    this.wordsReadTo = 0;
    const { text } = block;
    // a letter outside the basic plane is no letter run: such a block's words are all read
    if (SURROGATE.test(text)) return forEachWord(text, this.addWord);
    for (let run = runs.blockStart(index); run < runs.blockEnd(index); run++) {
      const from = runs.starts[run], to = runs.ends[run];
      if (to - from <= LONGEST_BEFORE_FIGURE && isDigit(text.charCodeAt(to))) {
        this.addWordThenFigure(block, from, to);
        continue;
      }
      if (from < this.wordsReadTo) continue;
      if (to - from < MIN_GLUE_LENGTH || !this.mayHideGlue(text, from, to, runs.ids[run])) {
        if (to - from < SMALL_NAME_GLUE_MAX && isSmallWordThenName(text.slice(from, to)) && isWholeWord(text, from, to)) this.addWholeWord(block, from, to);
        continue;
      }
      if (isWholeWord(text, from, to)) this.addWholeWord(block, from, to);
      else forEachWord(text, this.addWord, wordsResumeAt(text, from, this.wordsReadTo), to);
    }
  }

  /**
   * A small word run into a figure of two digits or more ("in2030", "by20%"), a whole word of its
   * own: a candidate. Codes are capitals with digits ("COVID19", "G7"); the small words of
   * BEFORE_FIGURE are in lower case.
   */
  private addWordThenFigure(block: Block, from: number, to: number): void {
    const { text } = block;
    let end = to;
    while (isDigit(text.charCodeAt(end)) || ((text[end] === ',' || text[end] === '.') && isDigit(text.charCodeAt(end + 1)))) end++;
    if (from < this.wordsReadTo || end - to < 2 || !isWholeWord(text, from, end) || isAddressPart(text, from, end) || !BEFORE_FIGURE.has(text.slice(from, to))) return;
    // a quoted name is written so on purpose (the "over50" programme)
    if (QUOTES.includes(text[from - 1]) || QUOTES.includes(text[end])) return;
    this.wordsReadTo = end;
    this.add(block, from, end);
  }

  /** A run that is a whole word, of letters only and no dictionary word: a candidate unless part of an address. */
  private addWholeWord(block: Block, from: number, to: number): void {
    this.wordsReadTo = to;
    if (!isAddressPart(block.text, from, to)) this.add(block, from, to);
  }

  /** The run of a candidate is the same letters, unless it starts with combining marks no word starts with. */
  private mayHideGlue(text: string, from: number, to: number, id: number): boolean {
    return !this.dictionary.hasNumbered(text, from, to, id) || startsWithMark(text, from);
  }

  // The words as the document's tokens are cut, without making a token (or a string) of every
  // word: most are too short to be glue.
  private readonly addWord = (from: number, to: number): void => {
    const block = this.block!;
    const { text } = block;
    this.wordsReadTo = to;
    if (isAddressPart(text, from, to)) return;
    if (to - from < MIN_GLUE_LENGTH || this.dictionary.has(text, from, to)) {
      if (to - from < SMALL_NAME_GLUE_MAX && isSmallWordThenName(text.slice(from, to))) this.add(block, from, to);
      return;
    }
    const word = text.slice(from, to);
    if (LETTERS_ONLY.test(word)) this.add(block, from, to);
    else if (WORD_THEN_FIGURE.test(word) && BEFORE_FIGURE.has(word.replace(/\d.*$/, ''))) this.add(block, from, to);
    else if (!CODE.test(word)) this.addRuns(block, from, word);
  };

  private addRuns(block: Block, wordStart: number, word: string): void {
    for (const run of word.matchAll(LETTER_RUN)) {
      const from = wordStart + (run.index ?? 0);
      if (run[0].length < MIN_GLUE_LENGTH || this.dictionary.has(block.text, from, from + run[0].length)) continue;
      this.add(block, from, from + run[0].length);
    }
  }

  private add(block: Block, from: number, to: number): void {
    if (this.length + CANDIDATE_FIELDS > this.places.length) this.places = grown(this.places, this.places.length * 2);
    this.places[this.length++] = this.words.intern(block.text, from, to, hashOf(block.text, from, to));
    this.places[this.length++] = documentStart(block, from);
    this.places[this.length++] = documentEnd(block, from, to);
  }
}
