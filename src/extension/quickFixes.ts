// Quick fixes for Wirecheck's diagnostics: change this occurrence, change every occurrence across
// the corpus (one WorkspaceEdit, applied at once; Ctrl+Enter in the menu previews it), make this
// form the house style, or ignore the word. Every change is an ordinary, undoable edit.
import * as vscode from 'vscode';
import { ignorableText, type Finding } from '../core/types';
import type { WirecheckDiagnostics } from './diagnostics';
import { houseStyleEdit } from './houseStyleEdit';
import type { WorkspaceCorpus } from './workspaceCorpus';

const VARIANT_RULES = new Set(['name-variant', 'spelling-variant']);

export class QuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: WirecheckDiagnostics, private readonly corpus: WorkspaceCorpus) {}

  /** House-style edits read .wirecheck.json, so they are built only when the user picks them. */
  private readonly pendingEdits = new WeakMap<vscode.CodeAction, () => Promise<vscode.WorkspaceEdit>>();

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const mine = context.diagnostics.filter((d) => d.source === 'wirecheck');
    for (const { finding, diagnostic } of this.diagnostics.findingsAt(document.uri)) {
      if (!mine.some((d) => d.range.isEqual(diagnostic.range) && d.code === diagnostic.code)) continue;
      actions.push(...this.actionsFor(document, finding, diagnostic));
    }
    return actions;
  }

  async resolveCodeAction(action: vscode.CodeAction): Promise<vscode.CodeAction> {
    const edit = this.pendingEdits.get(action);
    if (edit) action.edit = await edit();
    return action;
  }

  private actionsFor(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    if (finding.suggestion !== undefined) {
      const one = new vscode.CodeAction(`Change to "${finding.suggestion}"`, vscode.CodeActionKind.QuickFix);
      one.edit = new vscode.WorkspaceEdit();
      one.edit.replace(document.uri, diagnostic.range, finding.suggestion);
      one.diagnostics = [diagnostic];
      one.isPreferred = true;
      actions.push(one);
    }
    if (VARIANT_RULES.has(finding.rule) && finding.suggestion !== undefined) {
      const all = this.changeEverywhere(finding, diagnostic);
      if (all) actions.push(all);
      actions.push(this.houseStyleAction(`Make "${finding.suggestion}" the house style`, ['preferred'], finding.suggestion, diagnostic));
    }
    const word = ignorableText(finding);
    actions.push(this.houseStyleAction(`Ignore "${word}" in this document`, ['ignoreIn', finding.path], word, diagnostic));
    actions.push(this.houseStyleAction(`Ignore "${word}" everywhere`, ['ignore'], word, diagnostic));
    return actions;
  }

  /**
   * Every occurrence the same rule flags with the same text and replacement, in every file. Applied
   * at once (Ctrl+Enter in the menu previews it): edits marked needsConfirmation would open the
   * refactor preview with every change unticked, where "Apply" changes nothing.
   */
  private changeEverywhere(finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction | undefined {
    const edit = new vscode.WorkspaceEdit();
    let count = 0;
    for (const uri of this.corpus.corpusUris()) {
      for (const other of this.diagnostics.findingsAt(uri)) {
        if (other.finding.rule !== finding.rule || other.finding.text !== finding.text || other.finding.suggestion !== finding.suggestion) continue;
        edit.replace(uri, other.diagnostic.range, finding.suggestion!, {
          needsConfirmation: false,
          label: `"${finding.text}" → "${finding.suggestion}"`,
          description: vscode.workspace.asRelativePath(uri),
        });
        count++;
      }
    }
    if (count < 2) return undefined;
    const action = new vscode.CodeAction(`Change all ${count} occurrences of "${finding.text}" to "${finding.suggestion}" in the corpus…`, vscode.CodeActionKind.QuickFix);
    action.edit = edit;
    // listed with the other fixes of this diagnostic, not after them
    action.diagnostics = [diagnostic];
    return action;
  }

  private houseStyleAction(title: string, path: string[], value: string, diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    this.pendingEdits.set(action, () => houseStyleEdit(this.corpus.houseStyleUri(), path, value));
    action.diagnostics = [diagnostic];
    return action;
  }
}
