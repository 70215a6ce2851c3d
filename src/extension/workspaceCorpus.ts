// The workspace as a corpus: sends the article files to the engine worker (open editors win over
// disk), follows edits with a short debounce, and publishes each check as a snapshot. Checks are
// numbered; a snapshot older than one already published is dropped.
import * as vscode from 'vscode';
import type { Comparison } from '../core/compare/compareVersions';
import { HOUSE_STYLE_FILE, type ConfigProblem } from '../core/config/houseStyle';
import { includeGlob } from '../core/corpusFiles';
import type { SkippedFile } from '../core/report/jsonReport';
import type { SourceDocument } from '../core/types';
import type { DocumentSummary, NameGroup, Snapshot } from '../node/engineProtocol';
import { printable } from '../core/report/printable';
import type { EngineClient } from './engineClient';
import { inBackground } from './inBackground';
import { corpusSettings, styleSettings } from './settings';
import { findCorpusFiles, isWorkspaceArticle, openDocument, readArticle, readStyleText } from './workspaceFiles';

/** How long typing must pause before an edited article is re-checked. */
const DEBOUNCE_MS = 250;
/** Files sent to the engine at a time during a full scan. */
const BATCH = 100;
/** During a long scan, findings so far are shown this often. */
const STREAM_MS = 1000;

export interface ScanProgress {
  report(value: { message?: string; increment?: number }): void;
}

export class WorkspaceCorpus implements vscode.Disposable {
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly changed = new vscode.EventEmitter<Snapshot>();
  private latest: Snapshot | undefined;
  private summaries = new Map<string, DocumentSummary>();
  private scanning: Promise<Snapshot> | undefined;
  private generation = 0;
  private published = 0;
  /** How often the engine worker died: a scan that saw it happen sent only part of the corpus. */
  private engineRestarts = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly pending = new Map<string, vscode.TextDocument>();
  private readonly subscription: vscode.Disposable;
  skipped: SkippedFile[] = [];
  /** What was wrong with .wirecheck.json at the last read (the defaults are used for it). */
  styleProblems: ConfigProblem[] = [];

  readonly onDidCheck = this.changed.event;

  constructor(private readonly engine: EngineClient, private readonly output: vscode.OutputChannel) {
    this.subscription = engine.onDidLoseState(() => {
      this.engineRestarts++;
      this.uris.clear();
      inBackground(this.rescanAfterCurrent(), output, 'checking the corpus again after the engine restarted');
    });
  }

  /** The last snapshot, scanning the workspace first if nothing was scanned yet. */
  result(): Promise<Snapshot> {
    return this.latest ? Promise.resolve(this.latest) : this.rescan();
  }

  document(path: string): DocumentSummary | undefined {
    return this.summaries.get(path);
  }

  uriOf(path: string): vscode.Uri | undefined {
    return this.uris.get(path);
  }

  corpusUris(): vscode.Uri[] {
    return [...this.uris.values()];
  }

  /** Where the house style lives: .wirecheck.json at the root of the first workspace folder. */
  houseStyleUri(): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/');
    return vscode.Uri.joinPath(folder, HOUSE_STYLE_FILE);
  }

  async compare(a: string, b: string): Promise<Comparison | undefined> {
    await this.result();
    return this.engine.request({ kind: 'compare', a, b });
  }

  async facts(path: string): Promise<string | undefined> {
    await this.result();
    return this.engine.request({ kind: 'facts', path });
  }

  async names(): Promise<NameGroup[]> {
    await this.result();
    return this.engine.request({ kind: 'names' });
  }

  async body(path: string): Promise<string | undefined> {
    await this.result();
    return this.engine.request({ kind: 'body', path });
  }

  /** Rereads every corpus file of the workspace and checks them all. */
  rescan(progress?: ScanProgress, token?: vscode.CancellationToken): Promise<Snapshot> {
    this.scanning ??= this.scan(progress, token).finally(() => { this.scanning = undefined; });
    return this.scanning;
  }

  /** A new full scan once the one under way (which the engine's restart spoilt) has ended. */
  private async rescanAfterCurrent(): Promise<Snapshot> {
    await this.scanning?.catch(() => undefined);
    return this.rescan();
  }

  private async scan(progress?: ScanProgress, token?: vscode.CancellationToken): Promise<Snapshot> {
    const restarts = this.engineRestarts;
    await this.loadStyle();
    const { files, unreadable } = await findCorpusFiles();
    const before = new Set(this.uris.keys());
    const skipped: SkippedFile[] = unreadable.map(({ uri, reason }) => ({ path: vscode.workspace.asRelativePath(uri, true), reason }));
    const read = await this.readAll(files, skipped, before, progress, token);
    // a new worker holds only what was sent after it started: publishing that would hide findings
    if (this.engineRestarts !== restarts) throw new Error('the engine restarted during the scan; the corpus is being checked again');
    if (read === files.length) {
      // only a finished scan knows which files are gone
      await this.removeAll([...before]);
    } else {
      // a cancelled one keeps what it did not read, and why it skipped that before
      const unread = new Set(files.slice(read).map((uri) => vscode.workspace.asRelativePath(uri, true)));
      for (const s of this.skipped) if (unread.has(s.path)) skipped.push(s);
    }
    this.reportSkipped(skipped);
    return this.checkAndPublish();
  }

  /** Reads and sends the files batch by batch until done or cancelled; returns how many were read. */
  private async readAll(files: vscode.Uri[], skipped: SkippedFile[], before: Set<string>, progress?: ScanProgress, token?: vscode.CancellationToken): Promise<number> {
    let streamed = Date.now();
    let read = 0;
    while (read < files.length && !token?.isCancellationRequested) {
      const batch = await this.readBatch(files.slice(read, read + BATCH), skipped);
      for (const doc of batch) before.delete(doc.path);
      await this.engine.request({ kind: 'update', set: batch, remove: [] });
      const step = Math.min(BATCH, files.length - read);
      read += step;
      progress?.report({ increment: (100 * step) / files.length, message: `${read} of ${files.length} files` });
      if (Date.now() - streamed > STREAM_MS) { streamed = Date.now(); await this.checkAndPublish(); }
    }
    return read;
  }

  private async readBatch(uris: vscode.Uri[], skipped: SkippedFile[]): Promise<SourceDocument[]> {
    const read = await Promise.all(uris.map(async (uri) => ({ uri, path: vscode.workspace.asRelativePath(uri, true), result: await readArticle(uri) })));
    const docs: SourceDocument[] = [];
    for (const { uri, path, result } of read) {
      if ('reason' in result) { skipped.push({ path, reason: result.reason }); continue; }
      this.uris.set(path, uri);
      docs.push({ path, text: result.text });
    }
    const gone = read.filter((r) => 'reason' in r.result && this.uris.has(r.path)).map((r) => r.path);
    if (gone.length) await this.removeAll(gone);
    return docs;
  }

  private async removeAll(paths: string[]): Promise<void> {
    if (!paths.length) return;
    for (const p of paths) this.uris.delete(p);
    await this.engine.request({ kind: 'update', set: [], remove: paths });
  }

  private reportSkipped(skipped: SkippedFile[]): void {
    const fresh = skipped.filter((s) => !this.skipped.some((o) => o.path === s.path && o.reason === s.reason));
    this.skipped = skipped;
    for (const s of fresh) this.output.appendLine(`Skipped ${printable(s.path)}: ${s.reason}`);
    if (fresh.length) {
      void vscode.window.showWarningMessage(`Wirecheck skipped ${fresh.length} file${fresh.length === 1 ? '' : 's'} it could not read as articles; the rest of the corpus was checked.`, 'Show Details')
        .then((choice) => { if (choice) this.output.show(true); });
    }
  }

  private async loadStyle(): Promise<void> {
    const reply = await this.engine.request({ kind: 'style', text: await readStyleText(this.houseStyleUri()), settings: styleSettings() });
    this.styleProblems = reply.problems;
    for (const p of reply.problems) this.output.appendLine(`${HOUSE_STYLE_FILE}:${p.line}:${p.column}: ${p.message}; the defaults are used`);
  }

  private async checkAndPublish(): Promise<Snapshot> {
    const generation = ++this.generation;
    const snapshot = await this.engine.request({ kind: 'check', generation });
    if (generation > this.published) {
      this.published = generation;
      this.latest = snapshot;
      this.summaries = new Map(snapshot.documents.map((d) => [d.path, d]));
      for (const f of snapshot.failures) this.output.appendLine(`Rule ${f.rule} failed, its findings are missing: ${f.error}`);
      for (const u of snapshot.unanalysed) this.output.appendLine(`${u.path} could not be analysed, so it was not checked: ${u.error}`);
      this.changed.fire(snapshot);
    }
    return this.latest!;
  }

  /** Starts following edits, saves, and files created or deleted on disk. */
  watch(): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(includeGlob(corpusSettings().extensions));
    const styleWatcher = vscode.workspace.createFileSystemWatcher(`**/${HOUSE_STYLE_FILE}`);
    const ifScanned = (f: () => Promise<unknown>) => { if (this.latest) inBackground(f(), this.output, 'a re-check'); };
    return vscode.Disposable.from(
      watcher,
      styleWatcher,
      vscode.workspace.onDidChangeTextDocument((e) => { if (corpusSettings(e.document.uri).run === 'onType') this.schedule(e.document); }),
      vscode.workspace.onDidSaveTextDocument((doc) => this.schedule(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => { if (doc.isDirty && isWorkspaceArticle(doc.uri)) ifScanned(() => this.reread(doc.uri)); }),
      watcher.onDidCreate((uri) => { if (isWorkspaceArticle(uri)) ifScanned(() => this.reread(uri)); }),
      watcher.onDidChange((uri) => { if (isWorkspaceArticle(uri) && !openDocument(uri)) ifScanned(() => this.reread(uri)); }),
      watcher.onDidDelete((uri) => ifScanned(() => this.forget(uri))),
      styleWatcher.onDidChange(() => ifScanned(() => this.restyle())),
      styleWatcher.onDidCreate(() => ifScanned(() => this.restyle())),
      styleWatcher.onDidDelete(() => ifScanned(() => this.restyle())),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('wirecheck')) ifScanned(() => this.rescan()); }),
    );
  }

  private schedule(doc: vscode.TextDocument): void {
    if (!this.latest) return;
    if (doc.uri.toString() === this.houseStyleUri().toString()) { inBackground(this.restyle(), this.output, `reading ${HOUSE_STYLE_FILE}`); return; }
    if (!isWorkspaceArticle(doc.uri)) return;
    this.pending.set(doc.uri.toString(), doc);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => inBackground(this.flushPending(), this.output, 'checking an edit'), DEBOUNCE_MS);
  }

  private async flushPending(): Promise<void> {
    const docs = [...this.pending.values()];
    this.pending.clear();
    const set = docs.map((doc) => {
      const path = vscode.workspace.asRelativePath(doc.uri, true);
      this.uris.set(path, doc.uri);
      return { path, text: doc.getText() };
    });
    await this.engine.request({ kind: 'update', set, remove: [] });
    await this.checkAndPublish();
  }

  private async reread(uri: vscode.Uri): Promise<void> {
    const skipped: SkippedFile[] = [];
    const docs = await this.readBatch([uri], skipped);
    if (docs.length) await this.engine.request({ kind: 'update', set: docs, remove: [] });
    if (skipped.length) this.reportSkipped([...this.skipped.filter((s) => s.path !== skipped[0].path), ...skipped]);
    await this.checkAndPublish();
  }

  private async restyle(): Promise<void> {
    await this.loadStyle();
    await this.checkAndPublish();
  }

  private async forget(uri: vscode.Uri): Promise<void> {
    const path = vscode.workspace.asRelativePath(uri, true);
    if (!this.uris.has(path)) return;
    await this.removeAll([path]);
    await this.checkAndPublish();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.changed.dispose();
  }
}
