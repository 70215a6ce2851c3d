// Dims the page furniture (menus, teasers, footers) in open editors, so an editor sees what
// Wirecheck leaves out of its checks.
import * as vscode from 'vscode';
import type { CheckResult } from '../core/engine/corpus';
import type { WorkspaceCorpus } from './workspaceCorpus';

export class FurnitureDecorations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({ opacity: '0.45' });
  private latest: CheckResult | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly corpus: WorkspaceCorpus) {
    this.subscriptions = [
      corpus.onDidCheck((result) => { this.latest = result; this.decorateAll(); }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.decorateAll()),
    ];
  }

  private decorateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
  }

  private decorate(editor: vscode.TextEditor): void {
    const path = vscode.workspace.asRelativePath(editor.document.uri, true);
    const doc = this.latest?.documents.find((d) => d.source.path === path);
    if (!doc || doc.source.text !== editor.document.getText()) { editor.setDecorations(this.type, []); return; }
    const ranges = doc.article.blocks.filter((b) => b.kind === 'furniture').map((b) => ({
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
