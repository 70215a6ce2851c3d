// The Findings view: findings grouped by rule, then by document; a finding opens at its range.
import * as vscode from 'vscode';
import type { PlacedFinding, Snapshot } from '../node/engineProtocol';
import { editorRange } from './diagnostics';
import type { WorkspaceCorpus } from './workspaceCorpus';

export class RuleNode {
  constructor(readonly rule: string, readonly documents: DocumentNode[]) {}

  treeItem(): vscode.TreeItem {
    const count = this.documents.reduce((n, d) => n + d.findings.length, 0);
    const item = new vscode.TreeItem(this.rule, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `rule:${this.rule}`;
    item.description = `${count} finding${count === 1 ? '' : 's'}`;
    item.iconPath = new vscode.ThemeIcon('checklist');
    item.contextValue = 'wirecheck.rule';
    return item;
  }
}

export class DocumentNode {
  constructor(readonly path: string, readonly uri: vscode.Uri | undefined, readonly findings: FindingNode[], readonly parent: RuleNode) {}

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.path, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `findings:${this.parent.rule}:${this.path}`;
    item.resourceUri = this.uri;
    item.description = String(this.findings.length);
    item.contextValue = 'wirecheck.findingDocument';
    return item;
  }
}

export class FindingNode {
  constructor(readonly finding: PlacedFinding, readonly location: vscode.Location | undefined, readonly parent: () => DocumentNode) {}

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(`"${this.finding.text}"`, vscode.TreeItemCollapsibleState.None);
    item.description = this.finding.message;
    item.tooltip = this.finding.message;
    item.iconPath = new vscode.ThemeIcon(this.finding.severity === 'error' ? 'error' : this.finding.severity === 'warning' ? 'warning' : 'info');
    item.contextValue = 'wirecheck.finding';
    if (this.location) {
      item.command = { command: 'vscode.open', title: 'Open', arguments: [this.location.uri, { selection: this.location.range, preview: true }] };
    }
    return item;
  }
}

type Node = RuleNode | DocumentNode | FindingNode;

export class FindingsTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  private roots: RuleNode[] = [];
  private readonly subscription: vscode.Disposable;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly corpus: WorkspaceCorpus) {
    this.subscription = corpus.onDidCheck((result) => { this.roots = this.build(result); this.changed.fire(undefined); });
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.roots;
    if (node instanceof RuleNode) return node.documents;
    return node instanceof DocumentNode ? node.findings : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return node.treeItem();
  }

  getParent(node: Node): Node | undefined {
    if (node instanceof FindingNode) return node.parent();
    return node instanceof DocumentNode ? node.parent : undefined;
  }

  private build(result: Snapshot): RuleNode[] {
    const byRule = new Map<string, Map<string, PlacedFinding[]>>();
    for (const f of result.findings) {
      if (!byRule.has(f.rule)) byRule.set(f.rule, new Map());
      const docs = byRule.get(f.rule)!;
      if (!docs.has(f.path)) docs.set(f.path, []);
      docs.get(f.path)!.push(f);
    }
    return [...byRule].map(([rule, docs]) => {
      const ruleNode = new RuleNode(rule, []);
      for (const [path, findings] of docs) {
        const uri = this.corpus.uriOf(path);
        const docNode: DocumentNode = new DocumentNode(path, uri, [], ruleNode);
        for (const f of findings) docNode.findings.push(new FindingNode(f, uri && new vscode.Location(uri, editorRange(f.range)), () => docNode));
        ruleNode.documents.push(docNode);
      }
      return ruleNode;
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
