// Wires Wirecheck into VS Code. Nothing heavy happens in activate(): the first scan is started
// after it returns, and everything registered is disposed with the extension.
import * as vscode from 'vscode';
import { BODY_SCHEME, BodyDocuments } from './bodyDocuments';
import { CompareCommands } from './compareCommands';
import { CorpusTreeProvider, StoryNode, VersionNode } from './corpusTree';
import { WirecheckDiagnostics } from './diagnostics';
import { FurnitureDecorations } from './furnitureDecorations';
import { FindingsTreeProvider } from './findingsTree';
import { FindingHovers } from './hovers';
import { inBackground } from './inBackground';
import { NamesTreeProvider } from './namesTree';
import { statusBarItem } from './statusBar';
import { FACTS_SCHEME, StoryFactsDocuments } from './storyFactsDocument';
import { QuickFixes } from './quickFixes';
import { EngineClient } from './engineClient';
import { WorkspaceCorpus } from './workspaceCorpus';

export interface WirecheckApi {
  engine: EngineClient;
  corpus: WorkspaceCorpus;
  corpusTree: CorpusTreeProvider;
  diagnostics: WirecheckDiagnostics;
  findingsTree: FindingsTreeProvider;
  namesTree: NamesTreeProvider;
  /** Milliseconds activate() took. */
  activationMs: number;
}

const ARTICLE_FILES: vscode.DocumentSelector = [
  { scheme: 'file', pattern: '**/*.{txt,md,markdown,html,htm}' },
  { scheme: 'vscode-remote', pattern: '**/*.{txt,md,markdown,html,htm}' },
];

export function activate(context: vscode.ExtensionContext): WirecheckApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('Wirecheck');
  const engine = new EngineClient(context.extensionPath, (line) => output.appendLine(line));
  const corpus = new WorkspaceCorpus(engine, output);
  const corpusTree = new CorpusTreeProvider(corpus);
  const diagnostics = new WirecheckDiagnostics(corpus);
  const findingsTree = new FindingsTreeProvider(corpus);
  const namesTree = new NamesTreeProvider(corpus);
  const bodies = new BodyDocuments(corpus);
  const compare = new CompareCommands(corpus, context.extensionUri);
  const facts = new StoryFactsDocuments(corpus);
  context.subscriptions.push(
    output,
    engine,
    corpus,
    corpus.watch(),
    corpusTree,
    diagnostics,
    new FurnitureDecorations(corpus),
    vscode.window.createTreeView('wirecheck.corpus', { treeDataProvider: corpusTree, showCollapseAll: true, canSelectMany: true }),
    bodies,
    vscode.workspace.registerTextDocumentContentProvider(BODY_SCHEME, bodies),
    facts,
    vscode.workspace.registerTextDocumentContentProvider(FACTS_SCHEME, facts),
    vscode.commands.registerCommand('wirecheck.storyFacts', (node?: StoryNode) => facts.show(node)),
    vscode.commands.registerCommand('wirecheck.compareVersions', (node?: VersionNode, selected?: VersionNode[]) => compare.compare(node, selected)),
    vscode.commands.registerCommand('wirecheck.compareWith', (node?: VersionNode) => compare.compare(node)),
    vscode.commands.registerCommand('wirecheck.diffVersions', (node?: VersionNode, selected?: VersionNode[]) => compare.diff(node, selected)),
    findingsTree,
    vscode.window.createTreeView('wirecheck.findings', { treeDataProvider: findingsTree, showCollapseAll: true }),
    namesTree,
    vscode.window.createTreeView('wirecheck.names', { treeDataProvider: namesTree, showCollapseAll: true }),
    statusBarItem(corpus),
    vscode.languages.registerCodeActionsProvider(ARTICLE_FILES, new QuickFixes(diagnostics, corpus), { providedCodeActionKinds: QuickFixes.kinds }),
    vscode.languages.registerHoverProvider(ARTICLE_FILES, new FindingHovers(diagnostics)),
    vscode.commands.registerCommand('wirecheck.refresh', () => refresh(corpus)),
    vscode.commands.registerCommand('wirecheck.openVersion', (node: VersionNode) => openVersion(node)),
  );
  // the first scan starts once activation is over, with progress the user can cancel
  setTimeout(() => inBackground(refresh(corpus), output, 'the first check of the corpus'), 0);
  return { engine, corpus, corpusTree, diagnostics, findingsTree, namesTree, activationMs: performance.now() - started };
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}

function refresh(corpus: WorkspaceCorpus): Thenable<unknown> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Wirecheck: checking the corpus', cancellable: true },
    (progress, token) => corpus.rescan(progress, token),
  );
}

async function openVersion(node: VersionNode | undefined): Promise<void> {
  if (!node?.uri) return;
  const editor = await vscode.window.showTextDocument(node.uri, { preview: true });
  const start = editor.document.positionAt(node.document.bodyStart ?? 0);
  editor.selection = new vscode.Selection(start, start);
  editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.AtTop);
}
