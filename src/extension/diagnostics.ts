// Findings become diagnostics: one collection, the rule id as code, the other versions' wording
// as related information that opens those files at that range.
import * as vscode from 'vscode';
import type { ReportRange } from '../core/report/jsonReport';
import type { Severity } from '../core/types';
import type { PlacedFinding, Snapshot } from '../node/engineProtocol';
import type { WorkspaceCorpus } from './workspaceCorpus';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class WirecheckDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('wirecheck');
  private readonly subscription: vscode.Disposable;
  /** Findings behind the diagnostics of each file, for code actions and hovers. */
  private readonly findingsByUri = new Map<string, { finding: PlacedFinding; diagnostic: vscode.Diagnostic }[]>();

  constructor(private readonly corpus: WorkspaceCorpus) {
    this.subscription = corpus.onDidCheck((result) => this.publish(result));
  }

  findingsAt(uri: vscode.Uri): { finding: PlacedFinding; diagnostic: vscode.Diagnostic }[] {
    return this.findingsByUri.get(uri.toString()) ?? [];
  }

  private publish(result: Snapshot): void {
    const byUri = new Map<string, { uri: vscode.Uri; items: { finding: PlacedFinding; diagnostic: vscode.Diagnostic }[] }>();
    for (const doc of result.documents) {
      const uri = this.corpus.uriOf(doc.path);
      if (uri) byUri.set(uri.toString(), { uri, items: [] });
    }
    for (const finding of result.findings) {
      const uri = this.corpus.uriOf(finding.path);
      if (!uri) continue;
      byUri.get(uri.toString())?.items.push({ finding, diagnostic: this.diagnosticOf(finding) });
    }
    this.collection.clear();
    this.findingsByUri.clear();
    for (const [key, { uri, items }] of byUri) {
      this.findingsByUri.set(key, items);
      this.collection.set(uri, items.map((i) => i.diagnostic));
    }
    this.publishStyleProblems();
  }

  /** A broken .wirecheck.json shows its errors where they are, like any other problem. */
  private publishStyleProblems(): void {
    const problems = this.corpus.styleProblems;
    if (!problems.length) return;
    this.collection.set(this.corpus.houseStyleUri(), problems.map((p) => {
      const at = new vscode.Position(p.line - 1, p.column - 1);
      const d = new vscode.Diagnostic(new vscode.Range(at, at.translate(0, 1)), `${p.message} (Wirecheck uses its defaults for this)`, vscode.DiagnosticSeverity.Error);
      d.source = 'wirecheck';
      d.code = 'house-style';
      return d;
    }));
  }

  private diagnosticOf(finding: PlacedFinding): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(editorRange(finding.range), finding.message, SEVERITY[finding.severity]);
    diagnostic.source = 'wirecheck';
    diagnostic.code = finding.rule;
    diagnostic.relatedInformation = finding.related.flatMap((r) => {
      const uri = this.corpus.uriOf(r.path);
      return uri ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, editorRange(r.range)), r.message ?? `"${r.text}" in ${r.path}`)] : [];
    });
    return diagnostic;
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}

/** A 0-based line/column range from the engine as an editor range. */
export function editorRange(r: ReportRange): vscode.Range {
  return new vscode.Range(r.line, r.column, r.endLine, r.endColumn);
}
