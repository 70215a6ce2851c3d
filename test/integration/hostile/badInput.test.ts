// Bad input in a real VS Code (issue #7): on the hostile corpus the extension checks the same
// documents as the CLI and shows the same findings in the Problems panel (the seeds' "Sergei Shoigu"
// among them), skips each bad file once for the CLI's reason, tells the user with one notification
// whose "Show Details" opens the Output channel "Wirecheck" (one line per file, control characters
// escaped), and reports the malformed .wirecheck.json at its line and column.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { printable } from '../../../src/core/report/printable';
import type { WirecheckApi } from '../../../src/extension/extension';
import { clickNotificationButton, visibleNotifications, waitUntil } from '../rig';
import { activeWirecheck, codeOf, nameVariantOn, seedUri, wirecheckDiagnostics } from '../wirecheckFixture';
import { cliReport, corpusPath, diagnosticKeys, findingKey, hostileManifest, hostileUri, type HostileWorkspace } from './hostileWorkspace';

const STYLE_FILE = '.wirecheck.json';

/** The text of the Output channel "Wirecheck" once it has been shown and holds `line` (its text arrives later). */
async function outputChannelText(line: string): Promise<string> {
  const output = () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'output' && d.uri.path.endsWith('Wirecheck'));
  return waitUntil(() => output()?.getText().split('\n').includes(line) && output()!.getText(), { what: `the Output channel "Wirecheck" to show "${line}"` });
}

describe('Bad input in the editor', () => {
  let api: WirecheckApi;
  let manifest: HostileWorkspace;

  before(async () => {
    api = await activeWirecheck();
    manifest = hostileManifest();
  });

  after(async () => {
    await vscode.commands.executeCommand('notifications.hideList');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  it('checks the documents the CLI checks, and skips each file the CLI skips, once, for the same reason', async () => {
    const cli = cliReport();
    const snapshot = await api.corpus.result();
    assert.deepEqual(snapshot.documents.map((d) => d.path).sort(), cli.documents.map((d) => corpusPath(d.path)).sort());
    const skipped = api.corpus.skipped.map((s) => ({ path: s.path, reason: s.reason.replace(/; raise wirecheck\.maxFileSize to check it$/, '') }));
    const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1);
    assert.deepEqual(skipped.sort(byPath), cli.skipped.map((s) => ({ path: corpusPath(s.path), reason: s.reason })).sort(byPath));
    const f = manifest.files;
    const expected = [f.binary, f.controlName, f.tooLarge, f.invalidUtf8, f.empty, f.loopA, f.loopB, f.dangling, ...(manifest.fifo ? [f.fifo] : [])];
    for (const file of expected) assert.ok(skipped.some((s) => s.path === corpusPath(file)), `${JSON.stringify(file)} was not skipped`);
  });

  it('shows the CLI\'s findings in the Problems panel, the name variant "Sergei Shoigu" in 002 and 004 among them', async () => {
    const cli = cliReport();
    assert.ok(cli.findings.length > 20, `the CLI found only ${cli.findings.length} findings: not the seeds' own`);
    assert.deepEqual(diagnosticKeys().sort(), cli.findings.map((f) => findingKey(f.rule, corpusPath(f.path), f)).sort());
    for (const prefix of ['002', '004']) {
      const document = await vscode.workspace.openTextDocument(seedUri(api, prefix));
      assert.match(nameVariantOn(document, 'Sergei Shoigu').message, /^"Sergei Shoigu" here; "Sergey Shoigu" in /);
    }
  });

  it('reads the UTF-16 file with a BOM: its weekday mismatch is exactly on "Monday, March 4, 2025" in the editor', async () => {
    const document = await vscode.workspace.openTextDocument(hostileUri(manifest.files.utf16));
    const found = wirecheckDiagnostics(document.uri);
    assert.deepEqual(found.map((d) => [codeOf(d), document.getText(d.range)]), [['weekday-mismatch', 'Monday, March 4, 2025']]);
  });

  it('checks nothing in the scripts, handlers and javascript: links of page.html', async () => {
    const snapshot = await api.corpus.result();
    assert.equal(snapshot.documents.find((d) => d.path === corpusPath(manifest.files.html))?.headline?.text, 'Museum reopens after flood repairs');
    assert.deepEqual(wirecheckDiagnostics(hostileUri(manifest.files.html)), []);
  });

  it('reports the malformed .wirecheck.json at line 4, column 3 in the Problems panel, and checks with the defaults', async () => {
    const style = wirecheckDiagnostics(hostileUri(STYLE_FILE));
    assert.deepEqual(style.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.severity, d.message]), [
      [4, 3, vscode.DiagnosticSeverity.Error, 'invalid symbol (Wirecheck uses its defaults for this)'],
      [4, 12, vscode.DiagnosticSeverity.Error, 'invalid symbol (Wirecheck uses its defaults for this)'],
    ]);
    // applied, its "preferred": ["Sergei Shoigu"] would have made "Sergey Shoigu" the variant
    const document = await vscode.workspace.openTextDocument(seedUri(api, '002'));
    assert.equal(document.getText(nameVariantOn(document, 'Sergei Shoigu').range), 'Sergei Shoigu');
  });

  it('tells the user once: "Wirecheck skipped N files…", whose Show Details opens the Output channel with a line per file', async () => {
    await vscode.commands.executeCommand('notifications.showList');
    const message = `Wirecheck skipped ${api.corpus.skipped.length} files it could not read as articles; the rest of the corpus was checked.`;
    const shown = await waitUntil(async () => {
      const mine = (await visibleNotifications()).filter((n) => n.source === 'Source: Wirecheck');
      return mine.length ? mine : undefined;
    }, { what: 'a notification from Wirecheck' });
    assert.deepEqual(shown, [{ message, source: 'Source: Wirecheck', buttons: ['Show Details'] }]);
    await clickNotificationButton('Show Details');
    const expected = api.corpus.skipped.map((s) => `Skipped ${printable(s.path)}: ${s.reason}`);
    const text = await outputChannelText(expected[expected.length - 1]);
    const lines = text.split('\n');
    for (const line of expected) assert.equal(lines.filter((l) => l === line).length, 1, `not once: "${line}" in\n${text}`);
    assert.ok(lines.includes(`${STYLE_FILE}:4:3: invalid symbol; the defaults are used`), `no line for the malformed ${STYLE_FILE} in\n${text}`);
  });

  it('escapes the control characters of a file name in the Output channel, so no line can be forged', async () => {
    const name = manifest.files.controlName;
    assert.ok(name.includes('\n') && name.includes('\u001b'), 'the hostile name has a line break and an escape character');
    const line = `Skipped ${printable(corpusPath(name))}: binary file (contains NUL bytes)`;
    const text = await outputChannelText(line);
    assert.ok(!text.includes('\u001b'), 'an escape character reached the Output channel');
    assert.deepEqual(text.split('\n').filter((line) => line.startsWith('wirecheck: forged line')), []);
  });

  it('skips a file it may not read (chmod 000) — pending when running as root, who reads it anyway', function () {
    const locked = corpusPath(manifest.files.unreadable);
    if (manifest.unreadableIsReadable) {
      // say so rather than fake it: root reads a chmod 000 file, so it is checked like any other
      assert.ok(api.corpus.document(locked), `${locked} is readable here but was not checked`);
      this.skip();
    }
    assert.ok(api.corpus.skipped.some((s) => s.path === locked && s.reason === 'permission denied'));
  });
});
