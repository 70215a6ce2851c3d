// Walks the paths given on the command line the way the extension searches a workspace (same
// extensions, same never-scanned folders) and reads each file, skipping with a reason what cannot
// be read as text. Scraped folders are hostile: symbolic-link loops, links back to a parent, FIFOs
// named .txt, files that vanish or grow between the walk and the read, 100,000 files.
import * as nodeFs from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import path from 'node:path';
import { isCorpusFile, NEVER_SCANNED } from '../core/corpusFiles';
import type { SkippedFile } from '../core/report/jsonReport';
import type { SourceDocument } from '../core/types';
import { readCorpusFile, type FileReader } from '../node/readCorpusFile';
import { BROKEN_LINK, NOT_A_REGULAR_FILE, unreadableReason } from '../node/unreadableReason';
import { UsageError } from './usageError';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * The file-system calls the reader makes (node:fs by default); tests wrap it to stage races. They are
 * synchronous: nothing else runs meanwhile, and on 100,000 small files a promise per call costs
 * ten times the reading.
 */
export interface CorpusFileSystem extends FileReader {
  lstatSync(file: string): Stats;
  realpathSync(file: string): string;
  readdirSync(folder: string, options: { withFileTypes: true }): Dirent[];
}

export interface ReadCorpus {
  documents: SourceDocument[];
  skipped: SkippedFile[];
  /** The folder paths are reported relative to. */
  root: string;
}

/** The corpus files under the inputs, in the order they are checked, and what the walk had to skip. */
export interface WalkedCorpus {
  /** Absolute paths, sorted. */
  files: string[];
  /** With absolute paths; `finishedSkips` makes them what the report shows. */
  skipped: SkippedFile[];
  root: string;
}

export async function readCorpus(inputs: string[], maxBytes = DEFAULT_MAX_BYTES, fs: CorpusFileSystem = nodeFs): Promise<ReadCorpus> {
  const { files, skipped, root } = walkCorpus(inputs, fs);
  const documents: SourceDocument[] = [];
  for (const file of files) {
    const read = readCorpusFile(file, maxBytes, fs);
    if ('text' in read) documents.push({ path: displayPath(file), text: read.text });
    else skipped.push({ path: file, reason: read.reason });
  }
  return { documents, skipped: finishedSkips(skipped), root };
}

/** Walks the inputs without reading a file: reading can then be done elsewhere (analysisThreads.ts). */
export function walkCorpus(inputs: string[], fs: CorpusFileSystem = nodeFs): WalkedCorpus {
  const walk = new CorpusWalk(fs);
  for (const input of inputs) walk.input(input);
  return { files: walk.files.sort(), skipped: walk.skipped, root: commonRoot(inputs.map((i) => path.resolve(i))) };
}

/** Skipped files as the report lists them: paths as the user typed them, in path order. */
export function finishedSkips(skipped: readonly SkippedFile[]): SkippedFile[] {
  return skipped.map((s) => ({ path: displayPath(s.path), reason: s.reason })).sort(byPath);
}

/** The corpus files under the inputs, each real file once however many links lead to it. */
class CorpusWalk {
  readonly files: string[] = [];
  readonly skipped: SkippedFile[] = [];
  /** Real paths of the folders and files already taken: a link back to a parent is not followed twice. */
  private readonly seen = new Set<string>();

  constructor(private readonly fs: CorpusFileSystem) {}

  input(given: string): void {
    const file = path.resolve(given);
    // a mistyped path must fail the run, not pass it with nothing checked
    if (!this.exists(file)) throw new UsageError(`no such file or folder: ${given}`);
    const target = this.follow(file, true);
    if (!target) return;
    if (target.stat.isDirectory()) return this.folder(file, target.real);
    if (!this.firstVisit(target.real)) return;
    if (target.stat.isFile()) this.files.push(file);
    else this.skip(file, NOT_A_REGULAR_FILE);
  }

  private folder(folder: string, real: string): void {
    if (!this.firstVisit(real)) return;
    let entries: Dirent[];
    try {
      entries = this.fs.readdirSync(folder, { withFileTypes: true });
    } catch (err) {
      return this.skip(folder, unreadableReason(err));
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) this.entry(path.join(folder, entry.name), path.join(real, entry.name), entry);
  }

  private entry(file: string, real: string, entry: Dirent): void {
    const wanted = isCorpusFile(entry.name);
    if (entry.isDirectory()) {
      if (!NEVER_SCANNED.includes(entry.name)) this.folder(file, real);
    } else if (entry.isFile()) {
      if (wanted && this.firstVisit(real)) this.files.push(file);
    } else if (entry.isSymbolicLink()) {
      this.link(file, entry.name);
    } else if (wanted) {
      this.skip(file, NOT_A_REGULAR_FILE); // a FIFO or a device would block or never end
    }
  }

  private link(file: string, name: string): void {
    const wanted = isCorpusFile(name);
    // a broken link that could not have been an article is none of the user's business here
    const target = this.follow(file, wanted);
    if (!target) return;
    if (target.stat.isDirectory()) {
      if (!NEVER_SCANNED.includes(name)) this.folder(file, target.real);
    } else if (wanted && this.firstVisit(target.real)) {
      if (target.stat.isFile()) this.files.push(file);
      else this.skip(file, NOT_A_REGULAR_FILE);
    }
  }

  /** What a path leads to, links followed; undefined (and skipped when `report`) when nothing readable. */
  private follow(file: string, report: boolean): { stat: Stats; real: string } | undefined {
    try {
      return { stat: this.fs.statSync(file), real: this.fs.realpathSync(file) };
    } catch (err) {
      const reason = this.whyUnreachable(file, err);
      if (report) this.skip(file, reason);
      return undefined;
    }
  }

  private whyUnreachable(file: string, err: unknown): string {
    if ((err as NodeJS.ErrnoException)?.code !== 'ENOENT' || !this.exists(file)) return unreadableReason(err);
    return BROKEN_LINK;
  }

  /** Whether the path itself is there (a link counts even when its target is not). */
  private exists(file: string): boolean {
    try {
      this.fs.lstatSync(file);
      return true;
    } catch {
      return false;
    }
  }

  private firstVisit(real: string): boolean {
    if (this.seen.has(real)) return false;
    this.seen.add(real);
    return true;
  }

  private skip(file: string, reason: string): void {
    this.skipped.push({ path: file, reason });
  }
}

function byPath(a: SkippedFile, b: SkippedFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function commonRoot(paths: string[]): string {
  if (paths.length === 1) return paths[0];
  const parts = paths.map((p) => p.split(path.sep));
  const shared: string[] = [];
  for (let i = 0; parts.every((p) => i < p.length && p[i] === parts[0][i]); i++) shared.push(parts[0][i]);
  return shared.join(path.sep) || path.sep;
}

/** Paths as the user typed them when they name files inside the cwd; else absolute. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  const inside = rel && !path.isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${path.sep}`);
  return (inside ? rel : file).split(path.sep).join('/');
}
