// The engine worker thread: answers the extension's requests one at a time, in order, so an
// update is always applied before the check that follows it.
import { parentPort } from 'node:worker_threads';
import type { EngineRequest } from './engineProtocol';
import { EngineService } from './engineService';
import { englishLexicon } from './wordList';

const service = new EngineService(englishLexicon);

parentPort?.on('message', (message: { id: number; request: EngineRequest }) => {
  try {
    parentPort!.postMessage({ id: message.id, reply: service.handle(message.request) });
  } catch (err) {
    parentPort!.postMessage({ id: message.id, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) });
  }
});
