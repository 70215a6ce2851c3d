// The Problems panel in a real VS Code: the name-variant finding on "Sergei Shoigu" in 002 and 004,
// its related information pointing at "Sergey Shoigu" in the other versions, and following a related
// location the way a click in the Problems panel does. Ends with a screenshot of the Stories view
// beside the Problems panel.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WirecheckApi } from '../../src/extension/extension';
import { activeWirecheck, bareWorkbench, nameVariantOn, repeatCommand, screenshotNamed, seedPrefix, seedUri, showCentered, widenSideBar, withWordWrap } from './wirecheckFixture';

describe('Problems panel', () => {
  let api: WirecheckApi;

  before(async () => {
    api = await activeWirecheck();
  });

  after(async () => {
    await bareWorkbench();
  });

  for (const prefix of ['002', '004']) {
    it(`reports "Sergei Shoigu" in ${prefix} as a name variant, exactly on the name`, async () => {
      const document = await vscode.workspace.openTextDocument(seedUri(api, prefix));
      const diagnostic = nameVariantOn(document, 'Sergei Shoigu');
      assert.equal(diagnostic.source, 'wirecheck');
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(diagnostic.message, /^"Sergei Shoigu" here; "Sergey Shoigu" in /);
    });
  }

  it('relates the finding in 002 to the other versions\' "Sergey Shoigu", in 000 among them', async () => {
    const document = await vscode.workspace.openTextDocument(seedUri(api, '002'));
    const related = nameVariantOn(document, 'Sergei Shoigu').relatedInformation ?? [];
    assert.ok(related.length > 0, 'the diagnostic has no related information');
    for (const info of related) {
      const other = await vscode.workspace.openTextDocument(info.location.uri);
      assert.equal(other.getText(info.location.range), 'Sergey Shoigu', `related ${info.location.uri.path} ${JSON.stringify(info.location.range)}`);
    }
    const prefixes = new Set(related.map((info) => seedPrefix(info.location.uri)));
    assert.ok(prefixes.has('000'), `no related location in 000 (related: ${[...prefixes].join(', ')})`);
    assert.ok(!prefixes.has('002'), 'a finding must not relate to its own document');
  });

  it('opens a related location at its range, as a click in the Problems panel does', async () => {
    const document = await vscode.workspace.openTextDocument(seedUri(api, '002'));
    const into000 = nameVariantOn(document, 'Sergei Shoigu').relatedInformation?.find((info) => seedPrefix(info.location.uri) === '000');
    assert.ok(into000, 'no related location in 000');
    const { uri, range } = into000.location;
    const editor = await vscode.window.showTextDocument(uri, { selection: range });
    assert.equal(editor.document.uri.toString(), seedUri(api, '000').toString());
    assert.equal(editor.document.getText(editor.selection), 'Sergey Shoigu');
    assert.ok(editor.selection.isEqual(range), 'the selection is not the related range');
    assert.ok(editor.visibleRanges.some((visible) => visible.contains(range)), 'the related range is not scrolled into view');
  });

  it('shows the Stories view and the Problems panel (screenshot stories-problems.png)', async () => {
    await bareWorkbench();
    const document = await vscode.workspace.openTextDocument(seedUri(api, '002'));
    await withWordWrap(async () => {
      await vscode.commands.executeCommand('workbench.view.extension.wirecheck');
      await showCentered(document, nameVariantOn(document, 'Sergei Shoigu').range);
      await widenSideBar(2);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await repeatCommand('workbench.action.increaseViewSize', 2);
      try {
        await screenshotNamed('stories-problems.png');
      } finally {
        await repeatCommand('workbench.action.decreaseViewSize', 2);
        await widenSideBar(-2);
      }
    });
  });
});
