// The Aligned comparison webview: sentences of two versions side by side, word changes inside
// aligned pairs, what only one version says, and the disagreeing names, dates and numbers. Strict
// CSP with a nonce; scripts and styles only from media/; article text goes in as data and is put
// on the page with textContent, never as HTML.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { Comparison } from '../core/compare/compareVersions';

export type FromWebview =
  | { type: 'reveal'; path: string; start: number; end: number }
  | { type: 'openDiff' }
  | { type: 'ready' }
  | { type: 'rendered'; rows: number; notice: string };
/** `notice`: what the page says above the rows, when the comparison is no longer current. */
export type ToWebview = { type: 'show'; comparison: Comparison; notice?: string };

export class ComparisonPanel implements vscode.Disposable {
  static readonly viewType = 'wirecheck.comparison';
  private readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<number>();
  private comparison: Comparison;
  private notice: string | undefined;
  private drawnNotice = '';
  /** Fires with the number of rows the page shows, each time it has drawn the comparison. */
  readonly onDidRender = this.rendered.event;

  constructor(extensionUri: vscode.Uri, comparison: Comparison, private readonly onMessage: (message: FromWebview) => void) {
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    this.comparison = comparison;
    this.panel = vscode.window.createWebviewPanel(ComparisonPanel.viewType, `Compare: ${comparison.a.label} ↔ ${comparison.b.label}`, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [media],
      retainContextWhenHidden: false,
    });
    this.subscriptions.push(
      this.rendered,
      this.panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message)),
      this.panel.onDidDispose(() => this.disposeSubscriptions()),
    );
    this.panel.webview.html = pageHtml(this.panel.webview, media);
  }

  get webviewPanel(): vscode.WebviewPanel {
    return this.panel;
  }

  /** The comparison the panel shows (or is about to). */
  get shown(): Comparison {
    return this.comparison;
  }

  /** Whether the panel shows its last comparison as no longer current (drawn or about to be). */
  get outdated(): boolean {
    return this.notice !== undefined;
  }

  /** The notice the page last drew above the rows ('' for none). */
  get pageNotice(): string {
    return this.drawnNotice;
  }

  async show(comparison: Comparison): Promise<void> {
    this.comparison = comparison;
    this.notice = undefined;
    await this.post();
  }

  /** Keeps the last comparison on the page, saying it is no longer current and why. */
  async showOutdated(notice: string): Promise<void> {
    if (this.notice === notice) return;
    this.notice = notice;
    await this.post();
  }

  /** The page is rebuilt each time the tab comes back (no retained context): "ready" asks again. */
  private receive(message: FromWebview): void {
    if (message.type === 'ready') void this.post();
    else if (message.type === 'rendered') {
      this.drawnNotice = message.notice;
      this.rendered.fire(message.rows);
    }
    else this.onMessage(message);
  }

  private async post(): Promise<void> {
    const message: ToWebview = { type: 'show', comparison: this.comparison, ...(this.notice ? { notice: this.notice } : {}) };
    await this.panel.webview.postMessage(message);
  }

  private disposeSubscriptions(): void {
    for (const s of this.subscriptions.splice(0)) s.dispose();
  }

  dispose(): void {
    this.disposeSubscriptions();
    this.panel.dispose();
  }
}

function pageHtml(webview: vscode.Webview, media: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'compare.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'compare.css'));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Aligned comparison</title>
</head>
<body>
<header id="summary" role="status"></header>
<main id="rows" role="list" aria-label="Aligned sentences"></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
