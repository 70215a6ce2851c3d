// The Names view: every person and place the corpus names, with the forms it is written in, how
// often, and where. Names written more than one way come first.
import * as vscode from 'vscode';
import type { AnalyzedDocument } from '../core/engine/analyzedDocument';
import type { NameForm } from '../core/mentions/nameForms';
import { LineIndex } from '../core/report/positions';
import { groupNameForms } from '../core/rules/nameVariant';
import type { WorkspaceCorpus } from './workspaceCorpus';

export class NameNode {
  constructor(readonly forms: FormNode[]) {}

  get label(): string {
    return [...this.forms].sort((a, b) => b.form.occurrences.length - a.form.occurrences.length)[0].form.form;
  }

  treeItem(): vscode.TreeItem {
    const variants = new Set(this.forms.map((f) => f.form.form.toLowerCase())).size;
    const total = this.forms.reduce((n, f) => n + f.form.occurrences.length, 0);
    const item = new vscode.TreeItem(this.label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `name:${this.label}`;
    item.description = variants > 1 ? `${variants} spellings · ${total}×` : `${total}×`;
    item.iconPath = new vscode.ThemeIcon(variants > 1 ? 'warning' : 'person');
    item.contextValue = variants > 1 ? 'wirecheck.name.variants' : 'wirecheck.name';
    return item;
  }
}

export class FormNode {
  constructor(readonly form: NameForm, readonly parent: NameNode, private readonly locate: (doc: AnalyzedDocument, start: number, end: number) => vscode.Location | undefined) {}

  treeItem(): vscode.TreeItem {
    const docs = new Set(this.form.occurrences.map((o) => o.doc.source.path));
    const item = new vscode.TreeItem(this.form.form, vscode.TreeItemCollapsibleState.None);
    item.description = `${this.form.occurrences.length}× in ${docs.size} document${docs.size === 1 ? '' : 's'}`;
    item.tooltip = [...docs].join('\n');
    item.contextValue = 'wirecheck.nameForm';
    const first = this.form.occurrences[0];
    const location = this.locate(first.doc, first.mention.start, first.mention.end);
    if (location) item.command = { command: 'vscode.open', title: 'Open', arguments: [location.uri, { selection: location.range, preview: true }] };
    return item;
  }
}

type Node = NameNode | FormNode;

export class NamesTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  private roots: NameNode[] = [];
  private readonly subscription: vscode.Disposable;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly corpus: WorkspaceCorpus) {
    this.subscription = corpus.onDidCheck(() => { this.roots = this.build(); this.changed.fire(undefined); });
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.roots;
    return node instanceof NameNode ? node.forms : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return node.treeItem();
  }

  getParent(node: Node): Node | undefined {
    return node instanceof FormNode ? node.parent : undefined;
  }

  private build(): NameNode[] {
    const view = this.corpus.view();
    const indexes = new Map<AnalyzedDocument, LineIndex>();
    const locate = (doc: AnalyzedDocument, start: number, end: number) => {
      const uri = this.corpus.uriOf(doc.source.path);
      if (!uri) return undefined;
      if (!indexes.has(doc)) indexes.set(doc, new LineIndex(doc.source.text));
      const a = indexes.get(doc)!.positionAt(start), b = indexes.get(doc)!.positionAt(end);
      return new vscode.Location(uri, new vscode.Range(a.line - 1, a.column - 1, b.line - 1, b.column - 1));
    };
    const nodes = groupNameForms(view.documents, view.style.ignore).map((group) => {
      const node = new NameNode([]);
      for (const form of group) node.forms.push(new FormNode(form, node, locate));
      return node;
    });
    const spellings = (n: NameNode) => new Set(n.forms.map((f) => f.form.form.toLowerCase())).size;
    return nodes.sort((a, b) => spellings(b) - spellings(a) || a.label.localeCompare(b.label));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
