// Hovers in a real VS Code: on "Sergei Shoigu" in 002 the name-variant hover shows both spellings
// and the outlets that write each, not the message VS Code shows above it; text with no finding gets
// no Wirecheck hover. Screenshot of the hover as an editor sees it.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WirecheckApi } from '../../src/extension/extension';
import { activeWirecheck, bareWorkbench, nameVariantOn, screenshotNamed, seedPrefix, seedUri, settle, showCentered, wirecheckDiagnostics, withWordWrap } from './wirecheckFixture';

const textOf = (hover: vscode.Hover): string => hover.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
/** What the reader sees of markdown text (MarkdownString.appendText escapes punctuation and spaces). */
const unescaped = (markdown: string): string => markdown.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');

async function wirecheckHovers(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Hover[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.filter((hover) => textOf(hover).includes('Wirecheck ·'));
}

/** The table row of `form` in a name-variant hover ("| Sergey Shoigu | 7 | 2 | VnExpress 5, VNA 2 |"). */
function variantRow(markdown: string, form: string): string {
  const rows = markdown.split('\n').filter((line) => line.startsWith(`| ${form} `));
  assert.equal(rows.length, 1, `no single row for "${form}" in the hover:\n${markdown}`);
  return rows[0];
}

describe('Hovers', () => {
  let api: WirecheckApi;
  const outletOf = (prefix: string): string => {
    const path = api.corpus.corpusUris().map((u) => vscode.workspace.asRelativePath(u, true)).find((p) => seedPrefix(p) === prefix);
    const outlet = path && api.corpus.document(path)?.outlet;
    assert.ok(outlet, `${prefix} has no outlet`);
    return outlet.name;
  };

  before(async () => {
    api = await activeWirecheck();
  });

  after(async () => {
    await bareWorkbench();
  });

  it('shows both spellings of the name, and the outlets writing each, over "Sergei Shoigu" in 002', async () => {
    const document = await vscode.workspace.openTextDocument(seedUri(api, '002'));
    const diagnostic = nameVariantOn(document, 'Sergei Shoigu');
    const hovers = (await wirecheckHovers(document.uri, diagnostic.range.start.translate(0, 3))).filter((h) => textOf(h).includes('Wirecheck · name-variant'));
    assert.equal(hovers.length, 1);
    assert.ok(hovers[0].range?.isEqual(diagnostic.range), 'the hover does not cover the flagged name');
    const markdown = textOf(hovers[0]);
    assert.ok(!unescaped(markdown).includes(diagnostic.message), 'the hover repeats the message VS Code shows just above it');
    const preferred = variantRow(markdown, 'Sergey Shoigu');
    for (const prefix of ['000', '001']) assert.ok(preferred.includes(outletOf(prefix)), `the "Sergey Shoigu" row lacks ${outletOf(prefix)}: ${preferred}`);
    assert.ok(variantRow(markdown, 'Sergei Shoigu').includes(outletOf('004')), 'the "Sergei Shoigu" row lacks the outlet of 004');
    assert.match(unescaped(markdown), /Suggested: "Sergey Shoigu"/);
  });

  it('shows no Wirecheck hover over text without findings', async () => {
    const document = await vscode.workspace.openTextDocument(seedUri(api, '002'));
    const flagged = wirecheckDiagnostics(document.uri).map((d) => d.range);
    const clean = document.positionAt(document.getText().indexOf('spokesperson'));
    assert.ok(!flagged.some((range) => range.contains(clean)), 'pick a word no rule flags');
    assert.deepEqual(await wirecheckHovers(document.uri, clean), []);
  });

  it('pops up over the name in the editor (screenshot hover.png)', async () => {
    await bareWorkbench();
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const document = await vscode.workspace.openTextDocument(seedUri(api, '002'));
    const at = nameVariantOn(document, 'Sergei Shoigu').range.start.translate(0, 3);
    await withWordWrap(async () => {
      await showCentered(document, new vscode.Range(at, at));
      await vscode.commands.executeCommand('editor.action.showHover', { focus: 'autoFocusImmediately' });
      // VS Code's part (the message, the related locations) comes first: scroll to Wirecheck's table
      await settle();
      await vscode.commands.executeCommand('editor.action.goToBottomHover');
      await screenshotNamed('hover.png');
    });
  });
});
