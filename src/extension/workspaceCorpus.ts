// The workspace as a corpus: finds the article files, reads them (open editors win over disk),
// keeps the engine's Corpus up to date and tells listeners when a new check result is ready.
import * as vscode from 'vscode';
import { includeGlob, isCorpusFile, isInNeverScannedFolder } from '../core/corpusFiles';
import { HOUSE_STYLE_FILE, parseHouseStyle, type ConfigProblem } from '../core/config/houseStyle';
import { decodeText } from '../core/document/decodeText';
import { createCorpus } from '../core/engine/createCorpus';
import type { CheckResult, Corpus } from '../core/engine/corpus';
import type { CorpusView } from '../core/engine/rule';
import type { Lexicon } from '../core/lexicon/lexicon';
import type { SkippedFile } from '../core/report/jsonReport';
import { corpusSettings } from './settings';

/** How long typing must pause before an edited article is re-checked. */
const DEBOUNCE_MS = 250;

export class WorkspaceCorpus implements vscode.Disposable {
  private readonly corpus: Corpus;
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly changed = new vscode.EventEmitter<CheckResult>();
  private latest: CheckResult | undefined;
  private scanning: Promise<CheckResult> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly pending = new Map<string, vscode.TextDocument>();
  skipped: SkippedFile[] = [];
  /** What was wrong with .wirecheck.json at the last read (the defaults are used for it). */
  styleProblems: ConfigProblem[] = [];

  readonly onDidCheck = this.changed.event;

  constructor(lexicon?: Lexicon) {
    this.corpus = createCorpus({ lexicon });
  }

  /** The last result, scanning the workspace first if nothing was scanned yet. */
  result(): Promise<CheckResult> {
    return this.latest ? Promise.resolve(this.latest) : this.rescan();
  }

  uriOf(path: string): vscode.Uri | undefined {
    return this.uris.get(path);
  }

  /** The analysed corpus behind the last result (names, stories, house style). */
  view(): CorpusView {
    return this.corpus.corpusView();
  }

  corpusUris(): vscode.Uri[] {
    return [...this.uris.values()];
  }

  /** Where the house style lives: .wirecheck.json at the root of the first workspace folder. */
  houseStyleUri(): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/');
    return vscode.Uri.joinPath(folder, HOUSE_STYLE_FILE);
  }

  /** Rereads every corpus file of the workspace and checks them all. */
  rescan(): Promise<CheckResult> {
    this.scanning ??= this.scan().finally(() => { this.scanning = undefined; });
    return this.scanning;
  }

  private async scan(): Promise<CheckResult> {
    await this.loadStyle();
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

  private async loadStyle(): Promise<void> {
    let text: string | undefined;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.houseStyleUri()));
    } catch {
      text = undefined;
    }
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.houseStyleUri().toString());
    const { style, problems } = parseHouseStyle(open?.getText() ?? text ?? '{}');
    this.styleProblems = problems;
    this.corpus.setStyle(style);
  }

  /** Starts following edits, saves, and files created or deleted on disk. */
  watch(): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(includeGlob(corpusSettings().extensions));
    const styleWatcher = vscode.workspace.createFileSystemWatcher(`**/${HOUSE_STYLE_FILE}`);
    return vscode.Disposable.from(
      watcher,
      vscode.workspace.onDidChangeTextDocument((e) => { if (corpusSettings(e.document.uri).run === 'onType') this.schedule(e.document); }),
      vscode.workspace.onDidSaveTextDocument((doc) => this.schedule(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => { if (doc.isDirty && this.inCorpus(doc.uri)) void this.reread(doc.uri); }),
      watcher.onDidCreate((uri) => this.inCorpus(uri) && this.reread(uri)),
      watcher.onDidChange((uri) => this.inCorpus(uri) && !this.isOpen(uri) && this.reread(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
      styleWatcher,
      styleWatcher.onDidChange(() => this.restyle()),
      styleWatcher.onDidCreate(() => this.restyle()),
      styleWatcher.onDidDelete(() => this.restyle()),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('wirecheck')) void this.rescan(); }),
    );
  }

  /** Is this a file of the corpus (never one of Wirecheck's own virtual documents)? */
  inCorpus(uri: vscode.Uri): boolean {
    const settings = corpusSettings(uri);
    return vscode.workspace.getWorkspaceFolder(uri) !== undefined && isCorpusFile(uri.path, settings.extensions) &&
      (!settings.folders.length || settings.folders.some((f) => vscode.workspace.asRelativePath(uri, false).startsWith(f.replace(/\/+$/, '') + '/')));
  }

  private isOpen(uri: vscode.Uri): boolean {
    return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
  }

  private schedule(doc: vscode.TextDocument): void {
    if (!this.latest || !this.inCorpus(doc.uri)) return;
    this.pending.set(doc.uri.toString(), doc);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flushPending(), DEBOUNCE_MS);
  }

  private flushPending(): void {
    for (const doc of this.pending.values()) {
      const path = vscode.workspace.asRelativePath(doc.uri, true);
      this.uris.set(path, doc.uri);
      this.corpus.set({ path, text: doc.getText() });
    }
    this.pending.clear();
    this.publish();
  }

  private async reread(uri: vscode.Uri): Promise<void> {
    if (!this.latest) return;
    const path = vscode.workspace.asRelativePath(uri, true);
    const text = await this.readText(uri, corpusSettings(uri).maxFileSize, path);
    if (text === undefined) this.corpus.delete(path);
    else { this.uris.set(path, uri); this.corpus.set({ path, text }); }
    this.publish();
  }

  private async restyle(): Promise<void> {
    if (!this.latest) return;
    await this.loadStyle();
    this.publish();
  }

  private forget(uri: vscode.Uri): void {
    const path = vscode.workspace.asRelativePath(uri, true);
    if (!this.corpus.has(path)) return;
    this.corpus.delete(path);
    this.uris.delete(path);
    this.publish();
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
    clearTimeout(this.timer);
    this.changed.dispose();
  }
}
