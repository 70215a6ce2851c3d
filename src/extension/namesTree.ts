// The Names view: every person and place the corpus names, with the forms it is written in, how
// often, and where. Names written more than one way come first.
import * as vscode from 'vscode';
import type { NameGroup } from '../node/engineProtocol';
import { editorRange } from './diagnostics';
import type { WorkspaceCorpus } from './workspaceCorpus';

type NameForm = NameGroup['forms'][number];

export class NameNode {
  constructor(readonly forms: FormNode[]) {}

  get label(): string {
    return [...this.forms].sort((a, b) => b.form.occurrences.length - a.form.occurrences.length)[0].form.form;
  }

  get spellings(): number {
    return new Set(this.forms.map((f) => f.form.form.toLowerCase())).size;
  }

  treeItem(): vscode.TreeItem {
    const total = this.forms.reduce((n, f) => n + f.form.occurrences.length, 0);
    const item = new vscode.TreeItem(this.label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `name:${this.label}`;
    item.description = this.spellings > 1 ? `${this.spellings} spellings · ${total}×` : `${total}×`;
    item.iconPath = new vscode.ThemeIcon(this.spellings > 1 ? 'warning' : 'person');
    item.contextValue = this.spellings > 1 ? 'wirecheck.name.variants' : 'wirecheck.name';
    return item;
  }
}

export class FormNode {
  constructor(readonly form: NameForm, readonly parent: NameNode, private readonly uriOf: (path: string) => vscode.Uri | undefined) {}

  treeItem(): vscode.TreeItem {
    const docs = new Set(this.form.occurrences.map((o) => o.path));
    const item = new vscode.TreeItem(this.form.form, vscode.TreeItemCollapsibleState.None);
    item.description = `${this.form.occurrences.length}× in ${docs.size} document${docs.size === 1 ? '' : 's'}`;
    item.tooltip = [...docs].join('\n');
    item.contextValue = 'wirecheck.nameForm';
    const first = this.form.occurrences[0];
    const uri = this.uriOf(first.path);
    if (uri) item.command = { command: 'vscode.open', title: 'Open', arguments: [uri, { selection: editorRange(first.range), preview: true }] };
    return item;
  }
}

type Node = NameNode | FormNode;

export class NamesTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  private roots: Promise<NameNode[]> | undefined;
  private readonly subscription: vscode.Disposable;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly corpus: WorkspaceCorpus) {
    this.subscription = corpus.onDidCheck(() => { this.roots = undefined; this.changed.fire(undefined); });
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return node instanceof NameNode ? node.forms : [];
    this.roots ??= this.build();
    return this.roots;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return node.treeItem();
  }

  getParent(node: Node): Node | undefined {
    return node instanceof FormNode ? node.parent : undefined;
  }

  private async build(): Promise<NameNode[]> {
    const nodes = (await this.corpus.names()).map((group) => {
      const node = new NameNode([]);
      for (const form of group.forms) node.forms.push(new FormNode(form, node, (p) => this.corpus.uriOf(p)));
      return node;
    });
    return nodes.sort((a, b) => b.spellings - a.spellings || a.label.localeCompare(b.label));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
