// Dims the page furniture (menus, teasers, footers) in open editors, so an editor sees what
// Wirecheck leaves out of its checks.
import * as vscode from 'vscode';
import type { WorkspaceCorpus } from './workspaceCorpus';

export class FurnitureDecorations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({ opacity: '0.45' });
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly corpus: WorkspaceCorpus) {
    this.subscriptions = [
      corpus.onDidCheck(() => this.decorateAll()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.decorateAll()),
    ];
  }

  private decorateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
  }

  private decorate(editor: vscode.TextEditor): void {
    const summary = this.corpus.document(vscode.workspace.asRelativePath(editor.document.uri, true));
    // a summary of other text than the editor holds (an edit not yet re-checked) would dim the wrong lines
    if (!summary || summary.textLength !== editor.document.getText().length) { editor.setDecorations(this.type, []); return; }
    const ranges = summary.furniture.map((b) => ({
      range: new vscode.Range(editor.document.positionAt(b.start), editor.document.positionAt(b.end)),
      hoverMessage: `Page furniture (${b.reason ?? 'not part of the article'}): Wirecheck does not check it.`,
    }));
    editor.setDecorations(this.type, ranges);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.type.dispose();
  }
}
