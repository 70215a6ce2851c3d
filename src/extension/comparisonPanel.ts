// The Aligned comparison webview: sentences of two versions side by side, word changes inside
// aligned pairs, what only one version says, and the disagreeing names, dates and numbers. Strict
// CSP with a nonce; scripts and styles only from media/; article text goes in as data and is put
// on the page with textContent, never as HTML.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { Comparison } from '../core/compare/compareVersions';

export type FromWebview = { type: 'reveal'; path: string; start: number; end: number } | { type: 'openDiff' } | { type: 'ready' };
export type ToWebview = { type: 'show'; comparison: Comparison };

export class ComparisonPanel implements vscode.Disposable {
  static readonly viewType = 'wirecheck.comparison';
  private readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly ready: Promise<void>;

  constructor(extensionUri: vscode.Uri, comparison: Comparison, private readonly onMessage: (message: FromWebview) => void) {
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    this.panel = vscode.window.createWebviewPanel(ComparisonPanel.viewType, `Compare: ${comparison.a.label} ↔ ${comparison.b.label}`, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [media],
      retainContextWhenHidden: false,
    });
    this.panel.webview.html = pageHtml(this.panel.webview, media);
    this.ready = new Promise((resolve) => {
      this.subscriptions.push(this.panel.webview.onDidReceiveMessage((message: FromWebview) => {
        if (message.type === 'ready') resolve();
        else this.onMessage(message);
      }));
    });
    void this.show(comparison);
  }

  get webviewPanel(): vscode.WebviewPanel {
    return this.panel;
  }

  async show(comparison: Comparison): Promise<void> {
    await this.ready;
    const message: ToWebview = { type: 'show', comparison };
    await this.panel.webview.postMessage(message);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
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
