// The Names and Findings views in a real VS Code: the Shoigu name with both its spellings, the
// name-variant rule with its documents 002 and 004, clicking an entry opening the text it names,
// the Findings view following an edit, and a screenshot of the Findings view.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WirecheckApi } from '../../src/extension/extension';
import type { DocumentNode, FindingNode, RuleNode } from '../../src/extension/findingsTree';
import type { NameNode } from '../../src/extension/namesTree';
import { waitForEvent } from './rig';
import { activeWirecheck, bareWorkbench, nameVariantOn, repeatCommand, screenshotNamed, seedPrefix, seedUri, widenSideBar, withWordWrap } from './wirecheckFixture';

/** Runs a tree item's command, as a click does, and returns the selected text of the editor it opens. */
async function click(item: vscode.TreeItem): Promise<{ uri: vscode.Uri; selected: string }> {
  assert.ok(item.command, `"${String(item.label)}" has no command`);
  await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, `clicking "${String(item.label)}" opened no editor`);
  return { uri: editor.document.uri, selected: editor.document.getText(editor.selection) };
}

/** With the keyboard, as a user would: every rule collapsed but name-variant, whose documents are opened. */
async function showNameVariantsOnly(rules: RuleNode[]): Promise<void> {
  await vscode.commands.executeCommand('wirecheck.findings.focus');
  await vscode.commands.executeCommand('list.focusFirst');
  for (const rule of rules) {
    if (rule.rule !== 'name-variant') {
      await vscode.commands.executeCommand('list.collapse');
    } else {
      for (const document of rule.documents) {
        await repeatCommand('list.focusDown', 1);
        await vscode.commands.executeCommand('list.expand');
        await repeatCommand('list.focusDown', document.findings.length);
      }
    }
    await vscode.commands.executeCommand('list.focusDown');
  }
}

describe('Names and Findings views', () => {
  let api: WirecheckApi;
  const nameVariantDocuments = (): string[] => {
    const rule = (api.findingsTree.getChildren() as RuleNode[]).find((node) => node.rule === 'name-variant');
    return (rule?.documents ?? []).map((document) => seedPrefix(document.path)).sort();
  };

  before(async () => {
    api = await activeWirecheck();
  });

  after(async () => {
    await bareWorkbench();
  });

  it('Names: one name written "Sergey Shoigu" and "Sergei Shoigu", listed among the names with several spellings', async () => {
    const names = (await api.namesTree.getChildren()) as NameNode[];
    const shoigu = names.filter((name) => name.forms.some((form) => form.form.form === 'Sergey Shoigu'));
    assert.equal(shoigu.length, 1, 'the Shoigu forms are not grouped as one name');
    const forms = shoigu[0].forms.map((form) => form.form.form);
    assert.ok(forms.includes('Sergei Shoigu'), `forms: ${forms.join(', ')}`);
    const item = api.namesTree.getTreeItem(shoigu[0]);
    assert.equal(item.label, 'Sergey Shoigu', 'labelled by its most frequent form');
    const spellings = new Set(forms.map((form) => form.toLowerCase())).size;
    assert.match(String(item.description), new RegExp(`^${spellings} spellings · \\d+×$`));
    const severalSpellings = names.map((name) => new Set(name.forms.map((f) => f.form.form.toLowerCase())).size > 1);
    assert.ok(severalSpellings.indexOf(false) === -1 || severalSpellings.lastIndexOf(true) < severalSpellings.indexOf(false), 'names with several spellings come first');
  });

  it('Names: clicking the form "Sergei Shoigu" opens where it is written', async () => {
    const names = (await api.namesTree.getChildren()) as NameNode[];
    const sergei = names.flatMap((name) => name.forms).find((form) => form.form.form === 'Sergei Shoigu');
    assert.ok(sergei, 'no form "Sergei Shoigu" in the Names view');
    assert.equal(api.namesTree.getParent(sergei), sergei.parent);
    const { uri, selected } = await click(api.namesTree.getTreeItem(sergei));
    assert.ok(['002', '004'].includes(seedPrefix(uri)), `opened ${uri.path}`);
    assert.equal(selected, 'Sergei Shoigu');
  });

  it('Findings: the name-variant rule lists 002 and 004, each with its "Sergei Shoigu"', () => {
    const rule = (api.findingsTree.getChildren() as RuleNode[]).find((node) => node.rule === 'name-variant');
    assert.ok(rule, 'no name-variant rule in the Findings view');
    assert.deepEqual(nameVariantDocuments(), ['002', '004']);
    assert.equal(api.findingsTree.getTreeItem(rule).description, '2 findings');
    for (const document of api.findingsTree.getChildren(rule) as DocumentNode[]) {
      assert.equal(api.findingsTree.getParent(document), rule);
      const findings = api.findingsTree.getChildren(document) as FindingNode[];
      assert.deepEqual(findings.map((node) => node.finding.text), ['Sergei Shoigu']);
      assert.equal(api.findingsTree.getParent(findings[0]), document);
    }
  });

  it('Findings: clicking a finding opens its file with the flagged text selected', async () => {
    const rule = (api.findingsTree.getChildren() as RuleNode[]).find((node) => node.rule === 'name-variant');
    const in004 = rule?.documents.find((document) => seedPrefix(document.path) === '004');
    assert.ok(in004, 'no 004 under name-variant');
    const { uri, selected } = await click(api.findingsTree.getTreeItem(in004.findings[0]));
    assert.equal(uri.toString(), seedUri(api, '004').toString());
    assert.equal(selected, 'Sergei Shoigu');
  });

  it('Findings: follows an edit that fixes 002, and its undo', async () => {
    const editor = await vscode.window.showTextDocument(seedUri(api, '002'));
    const original = editor.document.getText();
    try {
      const fixed = waitForEvent(api.findingsTree.onDidChangeTreeData, () => nameVariantDocuments().join() === '004', { what: 'the Findings view to drop 002' });
      assert.equal(await editor.edit((edit) => edit.replace(nameVariantOn(editor.document, 'Sergei Shoigu').range, 'Sergey Shoigu')), true);
      await fixed;
      const restored = waitForEvent(api.findingsTree.onDidChangeTreeData, () => nameVariantDocuments().join() === '002,004', { what: 'the Findings view to list 002 again' });
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), original);
      assert.equal(editor.document.isDirty, false);
      await restored;
    } finally {
      // a failure above must not leave an unsaved edit for the next test (closing it would prompt)
      if (editor.document.isDirty) {
        await vscode.window.showTextDocument(editor.document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
  });

  it('Findings view in the side bar (screenshot findings.png)', async () => {
    await bareWorkbench();
    await vscode.commands.executeCommand('workbench.view.extension.wirecheck');
    await widenSideBar(3);
    try {
      await withWordWrap(async () => {
        await showNameVariantsOnly(api.findingsTree.getChildren() as RuleNode[]);
        const rule = (api.findingsTree.getChildren() as RuleNode[]).find((node) => node.rule === 'name-variant');
        assert.ok(rule, 'no name-variant rule in the Findings view');
        await click(api.findingsTree.getTreeItem(rule.documents[0].findings[0]));
        await screenshotNamed('findings.png');
      });
    } finally {
      await widenSideBar(-3);
    }
  });
});
