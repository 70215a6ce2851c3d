// Cancelling a full scan of the hostile corpus (over 250 files: three batches of the scan) leaves a
// consistent state: what the Problems panel shows is the last published snapshot, which is what a
// finished scan gives; the skipped files are still known; the next refresh gives what a fresh
// start of the extension gives.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SkippedFile } from '../../../src/core/report/jsonReport';
import { EngineClient } from '../../../src/extension/engineClient';
import type { WirecheckApi } from '../../../src/extension/extension';
import { WorkspaceCorpus } from '../../../src/extension/workspaceCorpus';
import type { Snapshot } from '../../../src/node/engineProtocol';
import { activeWirecheck, EXTENSION_ID } from '../wirecheckFixture';
import { diagnosticKeys, snapshotKeys } from './hostileWorkspace';

interface CorpusState {
  findings: string[];
  documents: string[];
  skipped: SkippedFile[];
}

function stateOf(snapshot: Snapshot, skipped: readonly SkippedFile[]): CorpusState {
  return {
    findings: snapshotKeys(snapshot),
    documents: snapshot.documents.map((d) => d.path).sort(),
    skipped: [...skipped].sort((a, b) => (a.path < b.path ? -1 : 1)),
  };
}

/** A full scan the test cancels as soon as the first batch of files has been sent to the engine. */
async function scanCancelledMidway(api: WirecheckApi): Promise<{ snapshot: Snapshot; reports: string[] }> {
  const cancel = new vscode.CancellationTokenSource();
  const reports: string[] = [];
  const progress = { report: ({ message }: { message?: string }) => { reports.push(message ?? ''); cancel.cancel(); } };
  try {
    return { snapshot: await api.corpus.rescan(progress, cancel.token), reports };
  } finally {
    cancel.dispose();
  }
}

describe('Cancelling a full scan', () => {
  let api: WirecheckApi;
  let finished: CorpusState;

  before(async () => {
    api = await activeWirecheck();
    finished = stateOf(await api.corpus.rescan(), api.corpus.skipped);
    assert.ok(finished.skipped.length >= 8 && finished.findings.length > 20, 'the finished scan is not the hostile corpus\'s');
  });

  it('midway, keeps the last complete state: findings, Problems panel and skipped files as a finished scan left them', async () => {
    const { snapshot, reports } = await scanCancelledMidway(api);
    assert.match(reports.join(' | '), /^100 of \d{3} files$/, 'the scan was not stopped after its first batch');
    assert.equal(snapshot, await api.corpus.result(), 'the scan did not return what the extension publishes');
    assert.deepEqual(stateOf(snapshot, api.corpus.skipped), finished);
    assert.deepEqual(diagnosticKeys(), finished.findings);
  });

  it('before it read a file, changes nothing', async () => {
    const cancel = new vscode.CancellationTokenSource();
    cancel.cancel();
    const snapshot = await api.corpus.rescan(undefined, cancel.token);
    cancel.dispose();
    assert.deepEqual(stateOf(snapshot, api.corpus.skipped), finished);
    assert.deepEqual(diagnosticKeys(), finished.findings);
  });

  it('the refresh after a cancelled scan gives what a fresh start of the extension gives', async () => {
    await scanCancelledMidway(api);
    await vscode.commands.executeCommand('wirecheck.refresh');
    const refreshed = stateOf(await api.corpus.result(), api.corpus.skipped);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const output = vscode.window.createOutputChannel('Wirecheck (fresh check by the tests)');
    const engine = new EngineClient(extension.extensionPath, () => {});
    const fresh = new WorkspaceCorpus(engine, output);
    try {
      assert.deepEqual(refreshed, stateOf(await fresh.rescan(), fresh.skipped));
      assert.deepEqual(refreshed, finished);
      assert.deepEqual(diagnosticKeys(), finished.findings);
    } finally {
      fresh.dispose();
      engine.dispose();
      output.dispose();
    }
  });
});
