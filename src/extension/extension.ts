// Wires Wirecheck into VS Code. Nothing heavy happens here: the first scan starts when a view or
// command needs it.
import * as vscode from 'vscode';
import { CorpusTreeProvider, VersionNode } from './corpusTree';
import { FurnitureDecorations } from './furnitureDecorations';
import { WorkspaceCorpus } from './workspaceCorpus';

export interface WirecheckApi {
  corpus: WorkspaceCorpus;
  corpusTree: CorpusTreeProvider;
  /** Milliseconds activate() took. */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): WirecheckApi {
  const started = performance.now();
  const corpus = new WorkspaceCorpus();
  const corpusTree = new CorpusTreeProvider(corpus);
  const furniture = new FurnitureDecorations(corpus);
  context.subscriptions.push(
    corpus,
    corpusTree,
    furniture,
    vscode.window.createTreeView('wirecheck.corpus', { treeDataProvider: corpusTree, showCollapseAll: true }),
    vscode.commands.registerCommand('wirecheck.refresh', () => refresh(corpus)),
    vscode.commands.registerCommand('wirecheck.openVersion', (node: VersionNode) => openVersion(node)),
  );
  return { corpus, corpusTree, activationMs: performance.now() - started };
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}

function refresh(corpus: WorkspaceCorpus): Thenable<unknown> {
  return vscode.window.withProgress(
    { location: { viewId: 'wirecheck.corpus' }, title: 'Wirecheck: checking the corpus' },
    () => corpus.rescan(),
  );
}

async function openVersion(node: VersionNode | undefined): Promise<void> {
  if (!node?.uri) return;
  const editor = await vscode.window.showTextDocument(node.uri, { preview: true });
  const body = node.document.article.blocks.find((b) => b.kind === 'body') ?? node.document.article.headline;
  if (!body) return;
  const start = editor.document.positionAt(body.start);
  editor.selection = new vscode.Selection(start, start);
  editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.AtTop);
}
