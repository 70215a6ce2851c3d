// The hostile workspace of the second launch, as scripts/vscode/run-tests.mjs made it: what each file
// is for (the generator's manifest), the CLI's report on it, and its entries before VS Code started.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { Report, ReportRange } from '../../../src/core/report/jsonReport';
import type { Snapshot } from '../../../src/node/engineProtocol';
import type { HostileManifest } from '../../unit/hostile/hostileCorpus';
import { codeOf } from '../wirecheckFixture';
import type { FolderSnapshot } from './folderSnapshot';

export interface HostileWorkspace extends HostileManifest {
  /** The two versions of one story whose text is markup (test/integration/hostile/fixtures). */
  pair: string[];
}

function fromRunner<T>(variable: string): T {
  const file = process.env[variable];
  assert.ok(file, `${variable} is not set: run this suite with scripts/vscode/run-tests.mjs`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export const hostileManifest = (): HostileWorkspace => fromRunner('RIG_HOSTILE_MANIFEST');
/** `wirecheck check . --format json` on the workspace, run before VS Code started. */
export const cliReport = (): Report => fromRunner('RIG_HOSTILE_CLI_REPORT');
/** Every entry of the workspace before VS Code started. */
export const snapshotBefore = (): FolderSnapshot => fromRunner('RIG_HOSTILE_SNAPSHOT');

export function hostileFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return folder;
}

/** A file of the workspace by its path relative to the folder (as the manifest and the CLI name it). */
export function hostileUri(file: string): vscode.Uri {
  return vscode.Uri.joinPath(hostileFolder().uri, file);
}

/** How the extension names that file in its snapshots. */
export function corpusPath(file: string): string {
  return vscode.workspace.asRelativePath(hostileUri(file), true);
}

/** "rule file line:column-line:column", 1-based, for a CLI finding or a diagnostic. */
export function findingKey(rule: string, file: string, range: ReportRange): string {
  return `${rule} ${file} ${range.line}:${range.column}-${range.endLine}:${range.endColumn}`;
}

/** The findings of an extension snapshot (0-based ranges) as sorted finding keys. */
export function snapshotKeys(snapshot: Snapshot): string[] {
  return snapshot.findings.map((f) => findingKey(f.rule, f.path, oneBased(f.range))).sort();
}

/** Every Wirecheck diagnostic in the workspace but the house-style file's, as sorted finding keys. */
export function diagnosticKeys(): string[] {
  return vscode.languages.getDiagnostics().flatMap(([uri, diagnostics]) => diagnostics
    .filter((d) => d.source === 'wirecheck' && codeOf(d) !== 'house-style')
    .map((d) => findingKey(codeOf(d) ?? '', vscode.workspace.asRelativePath(uri, true), oneBased({
      line: d.range.start.line, column: d.range.start.character, endLine: d.range.end.line, endColumn: d.range.end.character,
    })))).sort();
}

function oneBased(r: ReportRange): ReportRange {
  return { line: r.line + 1, column: r.column + 1, endLine: r.endLine + 1, endColumn: r.endColumn + 1 };
}
