// A thread that analyses documents for the CLI (see analysisThreads.ts): it receives batches of
// documents and sends back each one's analysis as plain data (analysisMessage.ts), or the message
// of what went wrong.
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from '../core/engine/analyzedDocument';
import { packed } from './analysisMessage';
import type { AnalysisBatch, AnalysisReply } from './analysisThreads';

parentPort?.on('message', ({ batch, documents }: AnalysisBatch) => {
  const reply: AnalysisReply = {
    batch,
    answers: documents.map((doc) => {
      try {
        const { article, sentences } = analyzeDocument(doc);
        return packed(doc, { article, sentences });
      } catch (err) {
        return { error: err instanceof Error ? err.message : String(err) };
      }
    }),
  };
  parentPort!.postMessage(reply);
});
