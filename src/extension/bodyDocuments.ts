// Read-only virtual documents of an article's body, cleaned of page furniture, one sentence per
// line, so VS Code's own diff editor compares what the versions say rather than how pages wrap.
import * as vscode from 'vscode';
import type { WorkspaceCorpus } from './workspaceCorpus';

export const BODY_SCHEME = 'wirecheck-body';

export class BodyDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscription: vscode.Disposable;
  private readonly shown = new Set<string>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly corpus: WorkspaceCorpus) {
    this.subscription = corpus.onDidCheck(() => { for (const uri of this.shown) this.changed.fire(vscode.Uri.parse(uri)); });
  }

  static uriFor(path: string): vscode.Uri {
    return vscode.Uri.from({ scheme: BODY_SCHEME, path: `/${path}`, query: 'body' });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    this.shown.add(uri.toString());
    return (await this.corpus.body(uri.path.replace(/^\//, ''))) ?? '(this document is no longer in the corpus)\n';
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
