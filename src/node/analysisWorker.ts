// A thread that reads and analyses files for the CLI (see analysisThreads.ts): it receives batches
// of files and sends back each one's text and analysis as plain data (analysisMessage.ts), why it
// cannot be checked, or the message of what went wrong. A file of more than a megabyte is left to
// the main thread.
import { statSync } from 'node:fs';
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
  if (!isSmall(file)) return null;
  const read = readCorpusFile(file, maxBytes);
  if (!('text' in read)) return read;
  const doc = { path, text: read.text };
  try {
    const { article, sentences } = analyzeDocument(doc);
    return { text: doc.text, analysis: packed(doc, { article, sentences }) };
  } catch (err) {
    return { text: doc.text, error: err instanceof Error ? err.message : String(err) };
  }
}

/** Whether the file is one this thread reads: not too large for its heap (one it cannot measure, the read says why). */
function isSmall(file: string): boolean {
  try {
    return statSync(file).size <= LOCAL_BYTES;
  } catch {
    return true;
  }
}
