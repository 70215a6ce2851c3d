// Runs last (hostile/index.ts): after the full scans, the cancelled ones, the comparison and the
// worker's crash of the suites before, and after opening documents and story facts here, every
// entry of the hostile workspace is as it was before VS Code started (same bytes, mode, size,
// modification and change times), and no promise rejection was left unhandled in the extension host.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StoryNode } from '../../../src/extension/corpusTree';
import type { WirecheckApi } from '../../../src/extension/extension';
import { activeWirecheck, bareWorkbench, EXTENSION_ID } from '../wirecheckFixture';
import { snapshotChanges, snapshotFolder } from './folderSnapshot';
import { corpusPath, hostileFolder, hostileManifest, hostileUri, snapshotBefore } from './hostileWorkspace';
import { unhandledRejections } from './unhandledRejections';

describe('What the extension leaves behind', () => {
  let api: WirecheckApi;

  before(async () => {
    api = await activeWirecheck();
  });

  after(async () => {
    await bareWorkbench();
  });

  it('leaves every file, link and folder of the corpus as it was, after opening documents, comparing and story facts', async () => {
    const { files, pair } = hostileManifest();
    for (const file of [files.utf16, files.html, files.longLine, files.invalidUtf8, files.furnitureOnly, ...pair]) {
      await vscode.window.showTextDocument(hostileUri(file), { preview: false });
    }
    const stories = (await api.corpusTree.getChildren()) as StoryNode[];
    const story = stories.find((s) => s.versions.some((v) => v.path === corpusPath(pair[0])));
    assert.ok(story, 'no story holds the pair');
    await vscode.commands.executeCommand('wirecheck.storyFacts', story);
    await vscode.commands.executeCommand('wirecheck.compareVersions', undefined, pair.map(corpusPath));
    await vscode.commands.executeCommand('wirecheck.refresh');
    await bareWorkbench();
    const changes = snapshotChanges(snapshotBefore(), snapshotFolder(hostileFolder().uri.fsPath));
    assert.deepEqual(changes, []);
  });

  it('left no promise rejection unhandled in the extension host during the whole hostile suite', () => {
    // other extensions (git…) share the extension host: what only their code threw is theirs
    const others = vscode.extensions.all.filter((e) => e.id !== EXTENSION_ID).map((e) => e.extensionPath);
    const ours = vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '';
    const theirs = (stack: string) => others.some((p) => stack.includes(p)) && !stack.includes(ours);
    assert.deepEqual(unhandledRejections().filter((stack) => !theirs(stack)), []);
  });
});
