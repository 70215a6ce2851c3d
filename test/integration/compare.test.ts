// Comparing two versions in a real VS Code: the aligned comparison webview of 000 and 001 (rows,
// rendering, coming back after its tab was hidden), the native diff of their cleaned bodies (one
// sentence per line, no furniture), and the body documents never being linted. Screenshots of both.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Comparison, SentenceRef } from '../../src/core/compare/compareVersions';
import { analyzeDocument, type AnalyzedDocument } from '../../src/core/engine/analyzedDocument';
import { BODY_SCHEME } from '../../src/extension/bodyDocuments';
import type { OpenedComparison } from '../../src/extension/compareCommands';
import type { VersionNode } from '../../src/extension/corpusTree';
import type { WirecheckApi } from '../../src/extension/extension';
import { waitForEvent } from './rig';
import { activeWirecheck, bareWorkbench, screenshotNamed, seedPrefix, seedUri, versionNode, wirecheckDiagnostics, withWordWrap } from './wirecheckFixture';

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** The engine's own analysis of a seed as the workspace holds it: what the comparison must cover. */
async function analyzed(api: WirecheckApi, prefix: string): Promise<AnalyzedDocument> {
  const uri = seedUri(api, prefix);
  const text = (await vscode.workspace.openTextDocument(uri)).getText();
  return analyzeDocument({ path: vscode.workspace.asRelativePath(uri, true), text });
}

/** The sentence starts of one side, in row order: each sentence of the version must appear once. */
function sentenceStarts(comparison: Comparison, side: 'a' | 'b'): number[] {
  return comparison.rows.flatMap((row) => row[side].map((ref: SentenceRef) => ref.start)).sort((x, y) => x - y);
}

async function activeDiffTab(): Promise<vscode.TabInputTextDiff> {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  assert.ok(input instanceof vscode.TabInputTextDiff, `the active tab is not a diff editor: ${JSON.stringify(input)}`);
  return input;
}

describe('Comparing versions', () => {
  let api: WirecheckApi;
  let first: VersionNode;
  let second: VersionNode;
  const opened: vscode.Disposable[] = [];

  before(async () => {
    api = await activeWirecheck();
    [first, second] = await Promise.all([versionNode(api, '000'), versionNode(api, '001')]);
  });

  afterEach(async () => {
    for (const disposable of opened.splice(0)) disposable.dispose();
    await bareWorkbench();
  });

  async function compare(): Promise<OpenedComparison> {
    const result = await vscode.commands.executeCommand<OpenedComparison | undefined>('wirecheck.compareVersions', undefined, [first, second]);
    assert.ok(result, 'wirecheck.compareVersions returned nothing');
    opened.push(result.panel);
    return result;
  }

  it('wirecheck.compareVersions opens the aligned comparison of 000 and 001 as the active tab', async () => {
    const { panel, comparison } = await compare();
    assert.equal(panel.webviewPanel.viewType, 'wirecheck.comparison');
    assert.equal(panel.webviewPanel.visible, true);
    assert.equal(panel.webviewPanel.active, true);
    assert.deepEqual([seedPrefix(comparison.a.path), seedPrefix(comparison.b.path)], ['000', '001']);
    assert.equal(comparison.a.label.split(' · ')[0], (await analyzed(api, '000')).article.outlet?.name ?? 'Unknown outlet');
  });

  it('aligns sentences in pairs and keeps what only one version says, every sentence exactly once', async () => {
    const { comparison } = await compare();
    const pairs = comparison.rows.filter((row) => row.kind === 'pair');
    const onlyOne = comparison.rows.filter((row) => row.kind !== 'pair');
    assert.ok(pairs.length > 0, 'no aligned pairs');
    assert.ok(onlyOne.length > 0, 'no sentence only one version has');
    for (const row of pairs) assert.ok(row.a.length > 0 && row.b.length > 0, 'a pair lacks a side');
    for (const row of onlyOne) assert.equal(row.kind === 'onlyA' ? row.b.length : row.a.length, 0, `an ${row.kind} row has text on the other side`);
    assert.ok(pairs.some((row) => row.words.some((w) => w.change !== 'same')), 'no aligned pair differs in wording: 000 and 001 are paraphrases');
    assert.deepEqual(comparison.summary, {
      pairs: pairs.length, moved: pairs.filter((row) => row.moved).length,
      onlyA: onlyOne.filter((row) => row.kind === 'onlyA').length, onlyB: onlyOne.filter((row) => row.kind === 'onlyB').length,
    });
    assert.deepEqual(sentenceStarts(comparison, 'a'), (await analyzed(api, '000')).sentences.map((s) => s.start));
    assert.deepEqual(sentenceStarts(comparison, 'b'), (await analyzed(api, '001')).sentences.map((s) => s.start));
  });

  it('renders every row in the webview, and again after its tab was hidden (screenshot aligned-comparison.png)', async () => {
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const { panel, comparison } = await compare();
    assert.equal(await waitForEvent(panel.onDidRender, () => true, { what: 'the comparison page to render' }), comparison.rows.length);

    const hidden = waitForEvent(panel.webviewPanel.onDidChangeViewState, (e) => !e.webviewPanel.visible, { what: 'the comparison tab to be hidden' });
    await vscode.window.showTextDocument(seedUri(api, '003'), { viewColumn: panel.webviewPanel.viewColumn });
    await hidden;
    const renderedAgain = waitForEvent(panel.onDidRender, () => true, { what: 'the comparison page to render again when its tab comes back' });
    panel.webviewPanel.reveal();
    assert.equal(await renderedAgain, comparison.rows.length);
    await screenshotNamed('aligned-comparison.png');
  });

  it('follows an edit of a version it compares, and its undo, and draws the page again', async () => {
    const { panel } = await compare();
    await waitForEvent(panel.onDidRender, () => true, { what: 'the comparison page to render' });
    const document = await vscode.workspace.openTextDocument(seedUri(api, '001'));
    const original = document.getText();
    const sentence = (await analyzed(api, '001')).sentences[1];
    const added = ' Wirecheck added this sentence to the body during a test.';
    const bSide = () => panel.shown.rows.flatMap((row) => row.b.map((ref) => ref.text)).join(' ');
    try {
      const drawn = waitForEvent(panel.onDidRender, () => bSide().includes(added.trim()), { what: 'the comparison to show the edited 001' });
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, document.positionAt(sentence.end), added);
      assert.equal(await vscode.workspace.applyEdit(edit), true);
      await drawn;
      assert.ok(panel.shown.rows.some((row) => row.kind === 'onlyB' && row.b.some((ref) => ref.text.includes('Wirecheck added'))), 'the added sentence is not a row of its own');
    } finally {
      const undone = waitForEvent(panel.onDidRender, () => !bSide().includes(added.trim()), { what: 'the comparison to follow the undo' });
      const back = new vscode.WorkspaceEdit();
      back.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
      assert.equal(await vscode.workspace.applyEdit(back), true);
      if (document.isDirty) assert.equal(await document.save(), true);
      await undone;
    }
  });

  it('says so when a version it compares leaves the corpus, keeps the last page, and follows it back', async () => {
    const { panel, comparison } = await compare();
    await waitForEvent(panel.onDidRender, () => true, { what: 'the comparison page to render' });
    const uri = seedUri(api, '001');
    const path = vscode.workspace.asRelativePath(uri, true);
    const away = vscode.Uri.joinPath(uri, '..', 'renamed-during-a-test.bin');
    const outdated = waitForEvent(panel.onDidRender, () => panel.pageNotice.includes(path), { what: 'the page to say 001 is gone' });
    await vscode.workspace.fs.rename(uri, away);
    try {
      await outdated;
      assert.match(panel.pageNotice, /no longer in the corpus .*: this is the comparison as it last was/);
      assert.deepEqual(panel.shown, comparison, 'the last comparison is kept on the page');
    } finally {
      const back = waitForEvent(panel.onDidRender, () => panel.pageNotice === '', { what: 'the page to follow 001 back' });
      await vscode.workspace.fs.rename(away, uri);
      await back;
    }
    assert.deepEqual(panel.shown.summary, comparison.summary);
  });

  it('wirecheck.diffVersions opens a diff of the two bodies, one sentence per line, without furniture (screenshot diff.png)', async () => {
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('wirecheck.diffVersions', undefined, [first, second]);
    const tab = await activeDiffTab();
    assert.deepEqual([tab.original.scheme, tab.modified.scheme], [BODY_SCHEME, BODY_SCHEME]);
    for (const [uri, prefix] of [[tab.original, '000'], [tab.modified, '001']] as const) {
      const lines = (await vscode.workspace.openTextDocument(uri)).getText().replace(/\n$/, '').split('\n');
      const version = await analyzed(api, prefix);
      assert.deepEqual(lines, version.sentences.map((s) => oneLine(s.text)), `${prefix}'s body document is not its sentences, one per line`);
      const fileText = oneLine(version.source.text);
      for (const line of lines) assert.ok(fileText.includes(line), `"${line}" is not text of ${prefix}`);
      // a run of furniture lines is one block: its lines one by one
      const furniture = new Set(version.article.blocks.filter((b) => b.kind === 'furniture').flatMap((b) => b.text.split('\n').map((l) => oneLine(l).trim())));
      assert.ok(furniture.size > 0, `${prefix} has no furniture to leave out`);
      for (const line of lines) assert.ok(!furniture.has(line.trim()), `furniture "${line}" is in ${prefix}'s body`);
    }
    await withWordWrap(() => screenshotNamed('diff.png'));
  });

  it('never lints, hovers or fixes its own body documents', async () => {
    await vscode.commands.executeCommand('wirecheck.diffVersions', undefined, [await versionNode(api, '002'), await versionNode(api, '004')]);
    const { original } = await activeDiffTab();
    assert.equal(seedPrefix(original), '002');
    const body = await vscode.workspace.openTextDocument(original);
    const checked = waitForEvent(api.corpus.onDidCheck, () => true, { what: 'a check of the corpus' });
    await vscode.commands.executeCommand('wirecheck.refresh');
    await checked;
    assert.deepEqual(wirecheckDiagnostics(original), []);
    assert.ok(wirecheckDiagnostics(seedUri(api, '002')).length > 0, 'the file itself keeps its diagnostics');
    const offset = body.getText().indexOf('Sergei Shoigu');
    assert.ok(offset >= 0, 'the body of 002 mentions "Sergei Shoigu"');
    const at = body.positionAt(offset + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', original, at);
    assert.ok(!hovers.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('Wirecheck'))), 'a Wirecheck hover on a body document');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', original, new vscode.Range(at, at));
    assert.deepEqual(actions.map((a) => a.title), []);
  });
});
