// The engine worker dying in the middle of a full scan (as it would on a crash or running out of
// memory): the scan in progress fails, the extension sends the corpus to a new worker on its own and
// ends with the findings of a finished scan, and no promise rejection is left unhandled.
import assert from 'node:assert/strict';
import type { Worker } from 'node:worker_threads';
import type { WirecheckApi } from '../../../src/extension/extension';
import { waitForEvent } from '../rig';
import { activeWirecheck } from '../wirecheckFixture';
import { diagnosticKeys, snapshotKeys } from './hostileWorkspace';
import { unhandledRejections } from './unhandledRejections';

/** The engine's worker thread (private to EngineClient: the test plays the crash). */
function engineWorker(api: WirecheckApi): Worker | undefined {
  return (api.engine as unknown as { worker?: Worker }).worker;
}

describe('Faults', () => {
  let api: WirecheckApi;

  before(async () => {
    api = await activeWirecheck();
  });

  it('the engine worker dying mid-scan: the scan fails, the extension starts over and shows a finished scan\'s findings', async () => {
    const finished = await api.corpus.rescan();
    const expected = snapshotKeys(finished);
    const rejectionsBefore = unhandledRejections().length;
    const doomed = engineWorker(api);
    assert.ok(doomed, 'the engine runs in no worker thread');
    const recovered = waitForEvent(api.corpus.onDidCheck, (s) => s.documents.length === finished.documents.length, { timeoutMs: 30_000, what: 'a full check after the worker died' });
    const progress = { report: () => void doomed.terminate() };
    await assert.rejects(api.corpus.rescan(progress), /the engine worker exited|the engine restarted during the scan/);
    const snapshot = await recovered;
    assert.deepEqual(snapshotKeys(snapshot), expected);
    assert.deepEqual(diagnosticKeys(), expected);
    assert.notEqual(engineWorker(api), doomed, 'no new worker was started');
    assert.equal(api.engine.mode, 'worker');
    assert.deepEqual(unhandledRejections().slice(rejectionsBefore), []);
  });
});
