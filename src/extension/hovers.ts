// Hovers on flagged text: the variants with their counts per outlet, how a date was read, a
// number's normalised value beside the other versions' values. VS Code's own hover already shows
// the finding's message and related places just above: this adds only what the message does not
// say, and nothing for a finding with nothing to add.
import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import type { WirecheckDiagnostics } from './diagnostics';

interface VariantCount {
  form: string;
  occurrences: number;
  documents: number;
  outlets?: Record<string, number>;
}

export class FindingHovers implements vscode.HoverProvider {
  constructor(private readonly diagnostics: WirecheckDiagnostics) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const shown = this.diagnostics.findingsAt(document.uri)
      .filter((f) => f.diagnostic.range.contains(position))
      .map((f) => ({ range: f.diagnostic.range, md: details(f.finding) }))
      .filter((s): s is { range: vscode.Range; md: vscode.MarkdownString } => s.md !== undefined);
    return shown.length ? new vscode.Hover(shown.map((s) => s.md), shown[0].range) : undefined;
  }
}

/** What a finding's data and fix tell beyond its message; undefined when they tell nothing. */
export function details(finding: Finding): vscode.MarkdownString | undefined {
  const title = `**Wirecheck · ${finding.rule}**\n\n`;
  const md = new vscode.MarkdownString(title);
  const data = finding.data ?? {};
  if (Array.isArray(data.variants)) appendVariants(md, data.variants as VariantCount[], data.preferred as string | undefined);
  if (Array.isArray(data.evidence)) {
    md.appendMarkdown('How it was read:\n\n');
    for (const line of data.evidence as string[]) { md.appendMarkdown('- '); md.appendText(line); md.appendMarkdown('\n'); }
  }
  if (data.value !== undefined) {
    md.appendMarkdown('Value here: ');
    md.appendText(String(data.value) + (data.unit ? ` ${String(data.unit)}` : ''));
    if (Array.isArray(data.otherValues)) { md.appendMarkdown('  \nOther versions: '); md.appendText((data.otherValues as unknown[]).map(String).join(', ')); }
    md.appendMarkdown('\n\n');
  }
  if (finding.suggestion !== undefined) { md.appendMarkdown('Suggested: '); md.appendText(`"${finding.suggestion}"`); }
  return md.value === title ? undefined : md;
}

function appendVariants(md: vscode.MarkdownString, variants: VariantCount[], preferred: string | undefined): void {
  md.appendMarkdown('| Form | Times | Documents | Outlets |\n|---|:---:|:---:|---|\n');
  for (const v of variants) {
    const outlets = v.outlets ? Object.entries(v.outlets).map(([o, n]) => `${o} ${n}`).join(', ') : '';
    md.appendMarkdown(`| ${cell(v.form)}${v.form === preferred ? ' ✓' : ''} | ${v.occurrences} | ${v.documents} | ${cell(outlets)} |\n`);
  }
  md.appendMarkdown('\n');
}

function cell(text: string): string {
  return text.replace(/[\\|`*_[\]<>]/g, '\\$&');
}
