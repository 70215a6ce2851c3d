// The workspace as a corpus: finds the article files, reads them (open editors win over disk),
// keeps the engine's Corpus up to date and tells listeners when a new check result is ready.
import * as vscode from 'vscode';
import { includeGlob, isCorpusFile, isInNeverScannedFolder } from '../core/corpusFiles';
import { decodeText } from '../core/document/decodeText';
import { createCorpus } from '../core/engine/createCorpus';
import type { CheckResult, Corpus } from '../core/engine/corpus';
import type { SkippedFile } from '../core/report/jsonReport';
import { corpusSettings } from './settings';

export class WorkspaceCorpus implements vscode.Disposable {
  private readonly corpus: Corpus = createCorpus();
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly changed = new vscode.EventEmitter<CheckResult>();
  private latest: CheckResult | undefined;
  private scanning: Promise<CheckResult> | undefined;
  skipped: SkippedFile[] = [];

  readonly onDidCheck = this.changed.event;

  /** The last result, scanning the workspace first if nothing was scanned yet. */
  result(): Promise<CheckResult> {
    return this.latest ? Promise.resolve(this.latest) : this.rescan();
  }

  uriOf(path: string): vscode.Uri | undefined {
    return this.uris.get(path);
  }

  /** Rereads every corpus file of the workspace and checks them all. */
  rescan(): Promise<CheckResult> {
    this.scanning ??= this.scan().finally(() => { this.scanning = undefined; });
    return this.scanning;
  }

  private async scan(): Promise<CheckResult> {
    const settings = corpusSettings();
    const files = await this.findFiles(settings.extensions, settings.exclude, settings.folders);
    const keep = new Set<string>();
    this.skipped = [];
    for (const uri of files) {
      const path = vscode.workspace.asRelativePath(uri, true);
      const text = await this.readText(uri, settings.maxFileSize, path);
      if (text === undefined) continue;
      keep.add(path);
      this.uris.set(path, uri);
      this.corpus.set({ path, text });
    }
    for (const path of this.corpus.paths) if (!keep.has(path)) { this.corpus.delete(path); this.uris.delete(path); }
    return this.publish();
  }

  private async findFiles(extensions: string[], exclude: string[], folders: string[]): Promise<vscode.Uri[]> {
    const excludeGlob = exclude.length ? `{${exclude.join(',')}}` : undefined;
    const roots = folders.length ? folders : [''];
    const found = new Map<string, vscode.Uri>();
    for (const root of roots) {
      const pattern = root ? `${root.replace(/\/+$/, '')}/${includeGlob(extensions)}` : includeGlob(extensions);
      for (const uri of await vscode.workspace.findFiles(pattern, excludeGlob)) {
        if (!isInNeverScannedFolder(uri.path) && isCorpusFile(uri.path, extensions)) found.set(uri.toString(), uri);
      }
    }
    return [...found.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  private async readText(uri: vscode.Uri, maxBytes: number, path: string): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > maxBytes) return this.skip(path, `larger than the ${Math.round(maxBytes / 1024 / 1024)} MB limit`);
      if (stat.size === 0) return this.skip(path, 'empty file');
      const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
      return decoded.ok ? decoded.text.replace(/^\uFEFF/, '') : this.skip(path, decoded.reason);
    } catch (err) {
      return this.skip(path, err instanceof Error ? err.message : String(err));
    }
  }

  private skip(path: string, reason: string): undefined {
    this.skipped.push({ path, reason });
    return undefined;
  }

  private publish(): CheckResult {
    this.latest = this.corpus.check();
    this.changed.fire(this.latest);
    return this.latest;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
