// Shared by the editor-experience suites: the activated extension, the seed files by their number,
// Wirecheck's diagnostics (filtered by rule, since other rules may flag the same files), waits on
// diagnostics and tree refreshes, and screenshots checked to be real PNGs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { StoryNode, VersionNode } from '../../src/extension/corpusTree';
import type { WirecheckApi } from '../../src/extension/extension';
import { screenshot, screenshotPath, waitForEvent } from './rig';

export const EXTENSION_ID = 'wirecheck.wirecheck';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The activated extension, after its first check of the workspace. */
export async function activeWirecheck(): Promise<WirecheckApi> {
  const extension = vscode.extensions.getExtension<WirecheckApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded in the test instance`);
  const api = await extension.activate();
  await api.corpus.result();
  return api;
}

/** The seed whose file name starts with `prefix` ("002" → …/002_eaf8….txt). */
export function seedUri(api: WirecheckApi, prefix: string): vscode.Uri {
  const found = api.corpus.corpusUris().filter((uri) => path.posix.basename(uri.path).startsWith(`${prefix}_`));
  assert.equal(found.length, 1, `expected one seed ${prefix}_… in the corpus, found ${found.length}`);
  return found[0];
}

export function seedPrefix(uri: vscode.Uri | string): string {
  return path.posix.basename(typeof uri === 'string' ? uri : uri.path).slice(0, 3);
}

export async function versionNode(api: WirecheckApi, prefix: string): Promise<VersionNode> {
  const stories = (await api.corpusTree.getChildren()) as StoryNode[];
  const found = stories.flatMap((story) => story.versions).find((version) => seedPrefix(version.path) === prefix);
  assert.ok(found, `no version ${prefix}_… in the Stories view`);
  return found;
}

/** The range of the `nth` occurrence of `text` in the document. */
export function rangeOf(document: vscode.TextDocument, text: string, nth = 0): vscode.Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = document.getText().indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" occurs fewer than ${nth + 1} times in ${document.uri.path}`);
  }
  return new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** Wirecheck's diagnostics on `uri`, of one rule when `rule` is given. */
export function wirecheckDiagnostics(uri: vscode.Uri, rule?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'wirecheck' && (rule === undefined || codeOf(d) === rule));
}

/** Resolves with Wirecheck's diagnostics of `rule` on `uri` as soon as `accept` holds for them. */
export async function diagnosticsWhen(
  uri: vscode.Uri, rule: string, accept: (diagnostics: vscode.Diagnostic[]) => boolean, what: string,
): Promise<vscode.Diagnostic[]> {
  const current = () => wirecheckDiagnostics(uri, rule);
  if (accept(current())) return current();
  const concernsUri = (e: vscode.DiagnosticChangeEvent) => e.uris.some((u) => u.toString() === uri.toString());
  await waitForEvent(vscode.languages.onDidChangeDiagnostics, (e) => concernsUri(e) && accept(current()), { what });
  return current();
}

/** The single name-variant diagnostic whose range reads `text` in `document`. */
export function nameVariantOn(document: vscode.TextDocument, text: string): vscode.Diagnostic {
  const matching = wirecheckDiagnostics(document.uri, 'name-variant').filter((d) => document.getText(d.range) === text);
  assert.equal(matching.length, 1, `expected one name-variant diagnostic on "${text}" in ${document.uri.path}, found ${matching.length}`);
  return matching[0];
}

/** Takes a screenshot of the workbench into the screenshot folder and checks it is a real PNG. */
export async function screenshotNamed(name: string): Promise<string> {
  const file = await screenshot(screenshotPath(name));
  const png = readFileSync(file);
  assert.ok(png.subarray(0, 8).equals(PNG_SIGNATURE), `${file} is not a PNG`);
  assert.ok(png.length > 10_000, `${file} is suspiciously small (${png.length} bytes)`);
  return file;
}

/** Runs a layout command several times (wider side bar, taller panel). */
export async function repeatCommand(command: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await vscode.commands.executeCommand(command);
}

/**
 * Runs `show` with editors wrapping long lines (an article paragraph is one line), then puts the
 * user setting back. A setting, not the per-editor toggle: the toggle flips what an earlier test set.
 */
export async function withWordWrap<T>(show: () => Promise<T>): Promise<T> {
  const editor = vscode.workspace.getConfiguration('editor');
  const before = editor.inspect('wordWrap')?.globalValue;
  await editor.update('wordWrap', 'on', vscode.ConfigurationTarget.Global);
  try {
    return await show();
  } finally {
    await editor.update('wordWrap', before, vscode.ConfigurationTarget.Global);
  }
}

/** Opens `document` with `selection` selected and scrolled to the middle of the editor. */
export async function showCentered(document: vscode.TextDocument, selection: vscode.Range): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(document, { selection });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenter);
  return editor;
}

/**
 * Widens the side bar by `steps` (narrows it when negative) by resizing the editor area beside it:
 * the resize commands act on the focused part, and only the editor area takes focus reliably here.
 */
export async function widenSideBar(steps: number): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  await repeatCommand(steps > 0 ? 'workbench.action.decreaseViewWidth' : 'workbench.action.increaseViewWidth', Math.abs(steps));
}

/** Time for the workbench to paint something the extension host cannot wait on (a hover, a menu). */
export function settle(ms = 1000): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Closes editors, panels and the side bar so each screenshot starts from the same bare workbench. */
export async function bareWorkbench(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.action.closePanel');
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
}
