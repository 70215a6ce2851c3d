// "Wirecheck: 4 stories · 33 findings" in the status bar; a click opens the Findings view.
import * as vscode from 'vscode';
import type { WorkspaceCorpus } from './workspaceCorpus';

export function statusBarItem(corpus: WorkspaceCorpus): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('wirecheck.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Wirecheck';
  item.command = 'wirecheck.findings.focus';
  item.text = '$(sync~spin) Wirecheck';
  item.show();
  const subscription = corpus.onDidCheck((result) => {
    const warnings = result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length;
    item.text = `$(checklist) ${result.stories.length} stories · ${result.findings.length} findings`;
    item.tooltip = `Wirecheck: ${result.documents.length} documents in ${result.stories.length} stories; ${warnings} warnings, ${result.findings.length - warnings} notes. Click to open the Findings view.`;
  });
  return vscode.Disposable.from(item, subscription);
}
