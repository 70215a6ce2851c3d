// Quick fixes in a real VS Code: "Change to …" on the name variant in 002 (preferred, exact edit,
// the diagnostic goes away after the re-check, undo restores the file), and the corpus-wide
// "Change all N occurrences …", one WorkspaceEdit over 002 and 004, both through the API and
// through the quick-fix menu. Every test puts the files back as they were on disk.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WirecheckApi } from '../../src/extension/extension';
import { probeFrames, waitUntil } from './rig';
import { activeWirecheck, bareWorkbench, diagnosticsWhen, nameVariantOn, screenshotNamed, seedPrefix, seedUri, showCentered, withWordWrap } from './wirecheckFixture';

const VARIANT = 'Sergei Shoigu';
const PREFERRED = 'Sergey Shoigu';
const CHANGE_ALL = /^Change all (\d+) occurrences of "Sergei Shoigu" to "Sergey Shoigu" in the corpus…$/;

async function codeActionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const provided = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range);
  return provided.filter((item): item is vscode.CodeAction => typeof item.command !== 'string');
}

const nameVariantsOn = (document: vscode.TextDocument, text: string) => (diagnostics: vscode.Diagnostic[]) =>
  diagnostics.filter((d) => document.getText(d.range) === text);

/** Waits until the re-check after an edit has (or has not) a name-variant diagnostic on the variant. */
async function variantFlagged(document: vscode.TextDocument, flagged: boolean): Promise<void> {
  await diagnosticsWhen(document.uri, 'name-variant', (ds) => (nameVariantsOn(document, VARIANT)(ds).length === 1) === flagged,
    `the name-variant diagnostic on "${VARIANT}" in ${seedPrefix(document.uri)} to ${flagged ? 'come back' : 'go away'}`);
}

/**
 * Puts the original text back, on disk too: a multi-file fix applied from the menu is a refactoring,
 * and VS Code saves the files it changes soon after (files.refactoring.autoSave).
 */
async function restore(document: vscode.TextDocument, original: string): Promise<void> {
  if (document.getText() !== original) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
  }
  if (document.isDirty) assert.equal(await document.save(), true, `${seedPrefix(document.uri)} could not be saved`);
  assert.equal(document.getText(), original, `${seedPrefix(document.uri)} was not restored`);
}

/** Runs `change` on the seeds, then restores them whatever happened, so later tests see the corpus as it was. */
async function thenRestored(documents: vscode.TextDocument[], change: () => Promise<void>): Promise<void> {
  const originals = documents.map((d) => d.getText());
  try {
    await change();
  } finally {
    for (const [i, d] of documents.entries()) await restore(d, originals[i]);
    for (const d of documents) await variantFlagged(d, true);
  }
}

describe('Quick fixes', () => {
  let api: WirecheckApi;

  before(async () => {
    api = await activeWirecheck();
  });

  after(async () => {
    await bareWorkbench();
  });

  it(`offers "Change to "${PREFERRED}"" as the preferred fix, replacing exactly the flagged name`, async () => {
    const document = await vscode.workspace.openTextDocument(seedUri(api, '002'));
    const diagnostic = nameVariantOn(document, VARIANT);
    const actions = await codeActionsAt(document.uri, diagnostic.range);
    const change = actions.filter((a) => a.title === `Change to "${PREFERRED}"`);
    assert.equal(change.length, 1, `actions offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(change[0].isPreferred, true);
    assert.equal(change[0].kind?.value, vscode.CodeActionKind.QuickFix.value);
    const entries = change[0].edit?.entries() ?? [];
    assert.deepEqual(entries.map(([uri]) => uri.toString()), [document.uri.toString()]);
    assert.deepEqual(entries[0][1].map((e) => [e.range, e.newText]), [[diagnostic.range, PREFERRED]]);
  });

  it('applies "Change to …", clears the diagnostic after the re-check, and undo restores the file exactly', async () => {
    const editor = await vscode.window.showTextDocument(seedUri(api, '002'));
    const document = editor.document;
    const original = document.getText();
    const diagnostic = nameVariantOn(document, VARIANT);
    const [change] = (await codeActionsAt(document.uri, diagnostic.range)).filter((a) => a.isPreferred && a.title === `Change to "${PREFERRED}"`);
    const edit = change?.edit;
    assert.ok(edit, 'no preferred "Change to" action with an edit');

    await thenRestored([document], async () => {
      assert.equal(await vscode.workspace.applyEdit(edit), true);
      const start = document.offsetAt(diagnostic.range.start), end = document.offsetAt(diagnostic.range.end);
      assert.equal(document.getText(), original.slice(0, start) + PREFERRED + original.slice(end));
      await variantFlagged(document, false);

      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), original);
      assert.equal(document.isDirty, false, 'undo back to the saved text leaves the file clean');
      await variantFlagged(document, true);
      assert.ok(nameVariantOn(document, VARIANT).range.isEqual(diagnostic.range));
    });
  });

  it('"Change all N occurrences …" is one WorkspaceEdit over every file with the variant (002 and 004)', async () => {
    const document = await vscode.workspace.openTextDocument(seedUri(api, '002'));
    const actions = await codeActionsAt(document.uri, nameVariantOn(document, VARIANT).range);
    const changeAll = actions.filter((a) => CHANGE_ALL.test(a.title));
    assert.equal(changeAll.length, 1, `actions offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(Number(CHANGE_ALL.exec(changeAll[0].title)?.[1]), 2);
    const entries = changeAll[0].edit?.entries() ?? [];
    assert.deepEqual(entries.map(([uri]) => seedPrefix(uri)).sort(), ['002', '004']);
    for (const [uri, edits] of entries) {
      const target = await vscode.workspace.openTextDocument(uri);
      assert.deepEqual(edits.map((e) => [e.range, e.newText]), [[nameVariantOn(target, VARIANT).range, PREFERRED]]);
    }
  });

  it('applying the corpus-wide edit changes 002 and 004 and clears both findings', async () => {
    const documents = await Promise.all(['002', '004'].map((prefix) => vscode.workspace.openTextDocument(seedUri(api, prefix))));
    const ranges = documents.map((d) => nameVariantOn(d, VARIANT).range);
    const [changeAll] = (await codeActionsAt(documents[0].uri, ranges[0])).filter((a) => CHANGE_ALL.test(a.title));
    const edit = changeAll?.edit;
    assert.ok(edit, 'no "Change all" action with an edit');

    await thenRestored(documents, async () => {
      assert.equal(await vscode.workspace.applyEdit(edit), true);
      documents.forEach((d, i) => assert.equal(d.getText(ranges[i]), PREFERRED, `${seedPrefix(d.uri)} was not changed`));
      for (const d of documents) await variantFlagged(d, false);
    });
  });

  it('the quick-fix menu applies "Change all …" at once (screenshot quick-fix.png)', async () => {
    await bareWorkbench();
    const documents = await Promise.all(['002', '004'].map((prefix) => vscode.workspace.openTextDocument(seedUri(api, prefix))));
    const ranges = documents.map((d) => nameVariantOn(d, VARIANT).range);
    const actions = await codeActionsAt(documents[0].uri, ranges[0]);
    const position = actions.findIndex((a) => CHANGE_ALL.test(a.title));
    assert.ok(position > 0, `"Change all" is not among the fixes after "Change to": ${actions.map((a) => a.title).join(' | ')}`);

    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await thenRestored(documents, async () => {
      await withWordWrap(async () => {
        await showCentered(documents[0], ranges[0]);
        await vscode.commands.executeCommand('editor.action.quickFix');
        // the menu opens once the code actions are computed, later on a busy machine: moving through
        // it before it is on the page would accept nothing
        await waitUntil(async () => (await probeFrames('')).some((f) => f.main && f.text.includes(actions[position].title)),
          { what: 'the quick-fix menu to show "Change all" on the page' });
        await screenshotNamed('quick-fix.png');
        for (let i = 0; i < position; i++) await vscode.commands.executeCommand('selectNextCodeAction');
        await vscode.commands.executeCommand('acceptSelectedCodeAction');
      });
      // an edit needing confirmation would stop in the refactor preview instead, every change unticked
      await waitUntil(() => documents.every((d, i) => d.getText(ranges[i]) === PREFERRED), { what: 'both files to be changed by the menu\'s "Change all"' });
      for (const d of documents) await variantFlagged(d, false);
    });
  });
});
