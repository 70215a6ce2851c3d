// The Corpus view in a real VS Code, on a temporary copy of seeds/: activation, the stories and
// versions it lists, its commands, and a screenshot of the workbench showing it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { StoryNode, VersionNode } from '../../src/extension/corpusTree';
import type { WirecheckApi } from '../../src/extension/extension';
import { screenshot, screenshotPath, waitForEvent } from './rig';

const EXTENSION_ID = 'wirecheck.wirecheck';
// How seeds/ groups into stories (../shared/eval/seeds-expected.json), by file-name prefix.
const SEED_STORIES = [['000', '001'], ['002'], ['003'], ['004']];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const fileName = (version: VersionNode): string => path.posix.basename(version.path);
const prefixOf = (version: VersionNode): string => fileName(version).slice(0, 3);

async function articleFilesInWorkspace(): Promise<string[]> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run opens a workspace folder');
  const entries = await vscode.workspace.fs.readDirectory(folder.uri);
  return entries.filter(([name, type]) => type === vscode.FileType.File && /\.(txt|md|html?)$/.test(name)).map(([name]) => name).sort();
}

describe('Corpus view', () => {
  let api: WirecheckApi;
  let stories: StoryNode[];
  const versions = (): VersionNode[] => stories.flatMap((story) => story.versions);
  const versionWithPrefix = (prefix: string): VersionNode => {
    const found = versions().find((version) => prefixOf(version) === prefix);
    assert.ok(found, `no version of ${prefix}_… in the Corpus view`);
    return found;
  };

  before(async () => {
    const extension = vscode.extensions.getExtension<WirecheckApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded in the test instance`);
    api = await extension.activate();
    console.log(`      (wirecheck activate() took ${api.activationMs.toFixed(1)} ms)`);
    stories = (await api.corpusTree.getChildren()) as StoryNode[];
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates, and activation stays light', () => {
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    assert.ok(Number.isFinite(api.activationMs), `activationMs is ${api.activationMs}`);
    assert.ok(api.activationMs < 500, `activate() took ${api.activationMs} ms: heavy work belongs after activation`);
  });

  it('lists every article of the workspace as a version', async () => {
    const listed = versions().map(fileName).sort();
    assert.equal(listed.length, 5);
    assert.deepEqual(listed, await articleFilesInWorkspace());
  });

  it('groups the versions of one story together (000 and 001), the others alone', () => {
    const grouping = stories.map((story) => story.versions.map(prefixOf).sort()).sort((a, b) => a[0].localeCompare(b[0]));
    assert.deepEqual(grouping, SEED_STORIES);
  });

  it('labels stories by headline and versions "outlet · date · headline"', () => {
    for (const story of stories) {
      const storyItem = api.corpusTree.getTreeItem(story);
      assert.equal(storyItem.label, story.story.headline);
      assert.equal(storyItem.description, story.versions.length === 1 ? '1 version' : `${story.versions.length} versions`);
      for (const version of story.versions) {
        const [outlet, date, ...headline] = String(api.corpusTree.getTreeItem(version).label).split(' · ');
        assert.ok(outlet && date, `label of ${version.path} lacks outlet or date`);
        assert.equal(headline.join(' · '), version.document.headline?.text ?? version.path);
      }
    }
  });

  it('checks in a worker thread, off the extension host\'s main thread', async () => {
    await api.corpus.result();
    assert.equal(api.engine.mode, 'worker');
  });

  it('registers its commands', async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const id of ['wirecheck.refresh', 'wirecheck.openVersion']) assert.ok(commands.has(id), `${id} is not registered`);
  });

  it('refreshes the view when wirecheck.refresh rescans', async () => {
    const treeChanged = waitForEvent(api.corpusTree.onDidChangeTreeData, () => true, { what: 'the Corpus view to refresh' });
    await vscode.commands.executeCommand('wirecheck.refresh');
    await treeChanged;
    stories = (await api.corpusTree.getChildren()) as StoryNode[];
    assert.equal(versions().length, 5);
  });

  it('wirecheck.openVersion opens the version with the cursor at the start of its body', async () => {
    const version = versionWithPrefix('001');
    const bodyStartOffset = version.document.bodyStart;
    assert.ok(bodyStartOffset !== undefined, `${version.path} has no body`);
    await vscode.commands.executeCommand('wirecheck.openVersion', version);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no active editor after wirecheck.openVersion');
    assert.equal(editor.document.uri.toString(), version.uri?.toString());
    const bodyStart = editor.document.positionAt(bodyStartOffset);
    assert.ok(editor.selection.isEmpty, 'the cursor should not select text');
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [bodyStart.line, bodyStart.character]);
    const textAtCursor = editor.document.lineAt(bodyStart.line).text.slice(bodyStart.character);
    assert.ok(textAtCursor.startsWith('Party General Secretary To Lam hosted a reception'), `cursor is not at the body text: "${textAtCursor}"`);
    assert.ok(editor.visibleRanges.some((range) => range.contains(bodyStart)), 'the body start is not scrolled into view');
  });

  it('shows the stories in the Wirecheck view (screenshot corpus-view.png)', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.wirecheck');
    const file = await screenshot(screenshotPath('corpus-view.png'));
    const png = readFileSync(file);
    assert.ok(png.subarray(0, 8).equals(PNG_SIGNATURE), `${file} is not a PNG`);
    assert.ok(png.length > 10_000, `${file} is suspiciously small (${png.length} bytes)`);
  });

  if (process.env.WIRECHECK_FAIL) {
    it('fails on purpose (WIRECHECK_FAIL is set)', () => {
      assert.fail('deliberate failure: WIRECHECK_FAIL proves a failing integration test fails the run');
    });
  }
});
