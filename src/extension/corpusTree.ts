// The Corpus view: stories, each with its versions labelled "outlet · date · headline".
// One node class per level; the provider only delegates.
import * as vscode from 'vscode';
import type { Story } from '../core/stories/story';
import { versionLabel } from '../node/documentSummary';
import type { DocumentSummary, Snapshot } from '../node/engineProtocol';
import type { WorkspaceCorpus } from './workspaceCorpus';

export class StoryNode {
  readonly kind = 'story';
  constructor(readonly story: Story, readonly versions: VersionNode[]) {}

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.story.headline, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `story:${this.story.documents[0]}`;
    item.description = this.versions.length === 1 ? '1 version' : `${this.versions.length} versions`;
    item.iconPath = new vscode.ThemeIcon(this.versions.length > 1 ? 'files' : 'file');
    item.contextValue = this.versions.length > 1 ? 'wirecheck.story.multi' : 'wirecheck.story.single';
    item.tooltip = storyTooltip(this.story);
    return item;
  }
}

export class VersionNode {
  readonly kind = 'version';
  constructor(readonly document: DocumentSummary, readonly uri: vscode.Uri | undefined, readonly parent: () => StoryNode) {}

  get path(): string {
    return this.document.path;
  }

  treeItem(): vscode.TreeItem {
    const a = this.document;
    const item = new vscode.TreeItem(versionLabel(this.document), vscode.TreeItemCollapsibleState.None);
    item.id = `version:${this.path}`;
    item.description = this.path;
    item.resourceUri = this.uri;
    item.iconPath = new vscode.ThemeIcon('note');
    item.contextValue = 'wirecheck.version';
    item.tooltip = new vscode.MarkdownString(
      `**${escapeMarkdown(a.headline?.text ?? '(no headline found)')}**\n\n` +
      `Outlet: ${escapeMarkdown(a.outlet?.name ?? 'unknown')}${a.outlet ? ` — ${escapeMarkdown(a.outlet.evidence[0]?.says ?? '')}` : ''}\n\n` +
      `Published: ${a.published?.iso ?? 'unknown'}${a.published ? ` — ${escapeMarkdown(a.published.evidence[0]?.says ?? '')}` : ''}\n\n` +
      `File: ${escapeMarkdown(this.path)}`,
    );
    if (this.uri) item.command = { command: 'wirecheck.openVersion', title: 'Open Version', arguments: [this] };
    return item;
  }
}

export type CorpusNode = StoryNode | VersionNode;

function storyTooltip(story: Story): vscode.MarkdownString {
  if (!story.links.length) return new vscode.MarkdownString('A single version: no other document tells this story.');
  const lines = story.links.map((l) => `- ${escapeMarkdown(l.a)} ~ ${escapeMarkdown(l.b)}: similarity ${l.score.toFixed(2)}; both use ${escapeMarkdown(l.shared.join(', '))}`);
  return new vscode.MarkdownString(`Grouped as one story because:\n\n${lines.join('\n')}`);
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

export class CorpusTreeProvider implements vscode.TreeDataProvider<CorpusNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CorpusNode | undefined>();
  private roots: StoryNode[] | undefined;
  private readonly subscription: vscode.Disposable;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly corpus: WorkspaceCorpus) {
    this.subscription = corpus.onDidCheck((result) => { this.roots = this.build(result); this.changed.fire(undefined); });
  }

  async getChildren(node?: CorpusNode): Promise<CorpusNode[]> {
    if (node) return node instanceof StoryNode ? node.versions : [];
    this.roots ??= this.build(await this.corpus.result());
    return this.roots;
  }

  getTreeItem(node: CorpusNode): vscode.TreeItem {
    return node.treeItem();
  }

  getParent(node: CorpusNode): CorpusNode | undefined {
    return node instanceof VersionNode ? node.parent() : undefined;
  }

  private build(result: Snapshot): StoryNode[] {
    const byPath = new Map(result.documents.map((d) => [d.path, d]));
    return result.stories.map((story) => {
      const node: StoryNode = new StoryNode(story, []);
      for (const path of story.documents) node.versions.push(new VersionNode(byPath.get(path)!, this.corpus.uriOf(path), () => node));
      return node;
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
