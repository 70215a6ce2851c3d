// A thread that reads and analyses files for the CLI (see analysisThreads.ts): it receives batches
// of files and sends back each one's text and analysis as plain data (analysisMessage.ts), why it
// cannot be checked, or the message of what went wrong. A file of more than a megabyte is left to
// the main thread.
import * as nodeFs from 'node:fs';
import type { Stats } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from '../core/engine/analyzedDocument';
import { packed } from './analysisMessage';
import { LOCAL_BYTES, type AnalysisAnswer, type AnalysisBatch, type AnalysisReply, type CorpusFile } from './analysisThreads';
import { readCorpusFile } from './readCorpusFile';

parentPort?.on('message', ({ batch, files, maxBytes }: AnalysisBatch) => {
  const reply: AnalysisReply = { batch, answers: files.map((file) => answerFor(file, maxBytes)) };
  parentPort!.postMessage(reply);
});

function answerFor({ file, path }: CorpusFile, maxBytes: number): AnalysisAnswer {
  const stat = statOf(file);
  // a file over a megabyte is left to the main thread, so that a batch stays small in this heap
  if (stat && stat.size > LOCAL_BYTES) return null;
  const read = readCorpusFile(file, maxBytes, nodeFs, stat);
  if (!('text' in read)) return read;
  const doc = { path, text: read.text };
  try {
    const { article, sentences } = analyzeDocument(doc);
    return { text: doc.text, analysis: packed(doc, { article, sentences }) };
  } catch (err) {
    return { text: doc.text, error: err instanceof Error ? err.message : String(err) };
  }
}

/** The file's stat, or undefined when it cannot be taken (the read then says why). */
function statOf(file: string): Stats | undefined {
  try {
    return nodeFs.statSync(file);
  } catch {
    return undefined;
  }
}
