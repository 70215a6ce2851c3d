// An analysis as a worker thread sends it (analysisWorker.ts) and the main thread unpacks it
// (analysisThreads.ts). A message copies every string it holds, so the texts that are slices of
// the document the main thread already has are left out and cut from it again on arrival: the
// message is a fraction of the size, and the analysis shares the document's text exactly as one
// made on the main thread does. The few words naming a block's kind and reason are shared too.
import { DateTable } from '../core/dates/dateTable';
import { dateTableOf, keepDateTable } from '../core/dates/documentDates';
import { analysisOf, type AnalysisParts, type AnalyzedDocument } from '../core/engine/analyzedDocument';
import { SharedStrings } from '../core/lexicon/sharedStrings';
import type { SourceDocument } from '../core/types';

export interface PackedAnalysis extends AnalysisParts {
  /** 1 for each block whose text was left out: it is the document's text from its start to its end. */
  blocksFromSource: Uint8Array;
  /** Each sentence's length, its text left out (a slice of its block's); -1 where the text was kept. */
  sentenceLengths: Int32Array;
  /**
   * The date table of the analysis (dateTable.ts), made on the thread while its sentences were at
   * hand: the main thread then has only the checks' comparing to do, not every document's reading.
   */
  dateValues?: Int16Array | Int32Array;
}

/**
 * The parts without the texts the receiving thread can cut from `doc` (changes `parts`), with the
 * readings made of the whole analysis first.
 */
export function packed(doc: SourceDocument, parts: AnalysisParts): PackedAnalysis {
  const analysis = analysisOf(doc, parts);
  // a reading that fails is left out: the receiving thread makes it when a rule asks, and the rule
  // fails there as it does with no thread (the document is still checked)
  const dateValues = unlessItFails(() => dateTableOf(analysis).values);
  const { blocks } = parts.article;
  const blocksFromSource = new Uint8Array(blocks.length);
  const sentenceLengths = new Int32Array(parts.sentences.length);
  parts.sentences.forEach((sentence, i) => {
    const { text } = blocks[sentence.block];
    const inBlock = text.startsWith(sentence.text, sentence.blockStart);
    sentenceLengths[i] = inBlock ? sentence.text.length : -1;
    if (inBlock) sentence.text = '';
  });
  blocks.forEach((block, i) => {
    if (block.offsets || block.text !== doc.text.slice(block.start, block.end)) return;
    blocksFromSource[i] = 1;
    block.text = '';
  });
  return { ...parts, blocksFromSource, sentenceLengths, dateValues };
}

/** The analysis of `doc` from the message: the left-out texts cut from `doc` again (changes `message`). */
export function unpackedAnalysis(doc: SourceDocument, message: PackedAnalysis): AnalyzedDocument {
  const analysis = analysisOf(doc, unpacked(doc, message));
  if (message.dateValues) keepDateTable(analysis, DateTable.ofValues(message.dateValues));
  return analysis;
}

function unlessItFails<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function unpacked(doc: SourceDocument, message: PackedAnalysis): AnalysisParts {
  const { article, sentences, blocksFromSource, sentenceLengths } = message;
  article.blocks.forEach((block, i) => {
    block.kind = shared(block.kind);
    if (block.reason !== undefined) block.reason = shared(block.reason);
    if (blocksFromSource[i]) block.text = doc.text.slice(block.start, block.end);
  });
  sentences.forEach((sentence, i) => {
    const length = sentenceLengths[i];
    if (length >= 0) sentence.text = article.blocks[sentence.block].text.slice(sentence.blockStart, sentence.blockStart + length);
  });
  return { article, sentences };
}

/** Block kinds and reasons: a few dozen words. */
const words = new SharedStrings(Number.POSITIVE_INFINITY);

function shared<T extends string>(word: T): T {
  return words.of(word) as T;
}
