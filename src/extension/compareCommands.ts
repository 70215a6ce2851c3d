// "Compare Versions" (the aligned comparison) and "Diff Versions" (VS Code's diff editor on the
// cleaned bodies), from the Stories view's selection, a version's "Compare with…", or the palette.
// An open comparison follows the corpus: each check (an edit, a file changed on disk) redraws it.
import * as vscode from 'vscode';
import type { Comparison } from '../core/compare/compareVersions';
import { versionLabel } from '../node/documentSummary';
import type { DocumentSummary } from '../node/engineProtocol';
import { BodyDocuments } from './bodyDocuments';
import { ComparisonPanel, type FromWebview } from './comparisonPanel';
import { VersionNode } from './corpusTree';
import type { WorkspaceCorpus } from './workspaceCorpus';

export interface OpenedComparison {
  panel: ComparisonPanel;
  comparison: Comparison;
}

export class CompareCommands {
  constructor(private readonly corpus: WorkspaceCorpus, private readonly extensionUri: vscode.Uri) {}

  /** Opens the aligned comparison of two versions (chosen from the arguments, or asked for). */
  async compare(node?: VersionNode | string, selected?: readonly unknown[]): Promise<OpenedComparison | undefined> {
    const pair = await this.pickPair(node, selected);
    if (!pair) return undefined;
    const comparison = await this.corpus.compare(pair[0].path, pair[1].path);
    if (!comparison) return undefined;
    const panel: ComparisonPanel = new ComparisonPanel(this.extensionUri, comparison, (message) => this.onMessage(message, pair));
    this.follow(panel, pair);
    return { panel, comparison };
  }

  /**
   * Redraws the panel after a check that changed the comparison (an edit elsewhere usually does
   * not: the page, and the reader's place in it, stay); the newest answer wins.
   */
  private follow(panel: ComparisonPanel, [a, b]: [DocumentSummary, DocumentSummary]): void {
    let asked = 0;
    let open = true;
    let shown = JSON.stringify(panel.shown);
    const redraw = async (ask: number) => {
      const comparison = await this.corpus.compare(a.path, b.path);
      if (!open || ask !== asked) return;
      if (!comparison) {
        await panel.showOutdated(outdatedNotice([a, b].filter((d) => !this.corpus.document(d.path))));
        return;
      }
      const now = JSON.stringify(comparison);
      if (now === shown && !panel.outdated) return;
      shown = now;
      await panel.show(comparison);
    };
    const subscription = this.corpus.onDidCheck(() => { redraw(++asked).catch(() => undefined); });
    panel.webviewPanel.onDidDispose(() => {
      open = false;
      subscription.dispose();
    });
  }

  /** Opens VS Code's diff editor on the two versions' bodies, one sentence per line. */
  async diff(node?: VersionNode | string, selected?: readonly unknown[]): Promise<void> {
    const pair = await this.pickPair(node, selected);
    if (!pair) return;
    await openDiff(pair);
  }

  private async onMessage(message: FromWebview, pair: [DocumentSummary, DocumentSummary]): Promise<void> {
    if (message.type === 'openDiff') return openDiff(pair);
    if (message.type !== 'reveal') return;
    const uri = this.corpus.uriOf(message.path);
    if (!uri) return;
    const document = await vscode.workspace.openTextDocument(uri);
    const range = new vscode.Range(document.positionAt(message.start), document.positionAt(message.end));
    await vscode.window.showTextDocument(document, { selection: range, viewColumn: vscode.ViewColumn.Beside, preserveFocus: false });
  }

  private async pickPair(node: VersionNode | string | undefined, selected: readonly unknown[] | undefined): Promise<[DocumentSummary, DocumentSummary] | undefined> {
    const view = await this.corpus.result();
    const chosen = (selected ?? [node]).map((n) => (n instanceof VersionNode ? n.path : typeof n === 'string' ? n : undefined)).filter((p): p is string => !!p);
    const docs = [...new Set(chosen)].map((p) => this.corpus.document(p)).filter((d): d is DocumentSummary => !!d);
    if (docs.length >= 2) return [docs[0], docs[1]];
    const first = docs[0] ?? await this.pickVersion('Compare which version?', view.documents);
    if (!first) return undefined;
    const story = view.stories.find((s) => s.documents.includes(first.path));
    const sameStory = (d: DocumentSummary) => (story?.documents.includes(d.path) ? 1 : 0);
    const others = view.documents.filter((d) => d !== first).sort((x, y) => sameStory(y) - sameStory(x));
    const second = await this.pickVersion(`Compare "${versionLabel(first)}" with…`, others);
    return second ? [first, second] : undefined;
  }

  private async pickVersion(title: string, documents: readonly DocumentSummary[]): Promise<DocumentSummary | undefined> {
    const picked = await vscode.window.showQuickPick(documents.map((d) => ({ label: versionLabel(d), description: d.path, doc: d })), { title, matchOnDescription: true });
    return picked?.doc;
  }
}

async function openDiff([a, b]: [DocumentSummary, DocumentSummary]): Promise<void> {
  await vscode.commands.executeCommand('vscode.diff', BodyDocuments.uriFor(a.path), BodyDocuments.uriFor(b.path),
    `${versionLabel(a).split(' · ')[0]} ↔ ${versionLabel(b).split(' · ')[0]} (bodies, one sentence per line)`);
}

/** Why a comparison can no longer follow its versions: the page keeps what it last showed. */
function outdatedNotice(gone: readonly DocumentSummary[]): string {
  if (!gone.length) return 'These versions can no longer be compared: this is the comparison as it last was.';
  const paths = gone.map((d) => d.path).join(' and ');
  return `${paths} ${gone.length > 1 ? 'are' : 'is'} no longer in the corpus (deleted, renamed or unreadable): this is the comparison as it last was.`;
}
