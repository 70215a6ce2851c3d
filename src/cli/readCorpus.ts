// Walks the paths given on the command line the way the extension searches a workspace (same
// extensions, same never-scanned folders) and reads each file, skipping with a reason what cannot
// be read as text.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isCorpusFile, isInNeverScannedFolder } from '../core/corpusFiles';
import { decodeText } from '../core/document/decodeText';
import type { SkippedFile } from '../core/report/jsonReport';
import type { SourceDocument } from '../core/types';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface ReadCorpus {
  documents: SourceDocument[];
  skipped: SkippedFile[];
  /** The folder paths are reported relative to. */
  root: string;
}

export async function readCorpus(inputs: string[], maxBytes = DEFAULT_MAX_BYTES): Promise<ReadCorpus> {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  for (const input of inputs) await collect(path.resolve(input), true, files, skipped, seen);
  const root = commonRoot(inputs.map((i) => path.resolve(i)));
  const documents: SourceDocument[] = [];
  for (const file of files.sort()) {
    const rel = displayPath(root, file);
    const read = await readOne(file, maxBytes);
    if (typeof read === 'string') documents.push({ path: rel, text: read });
    else skipped.push({ path: rel, reason: read.reason });
  }
  return { documents, skipped, root };
}

async function collect(file: string, explicit: boolean, files: string[], skipped: SkippedFile[], seen: Set<string>): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(file);
    const real = await fs.realpath(file);
    if (seen.has(real)) return;
    seen.add(real);
  } catch (err) {
    skipped.push({ path: file, reason: describeError(err) });
    return;
  }
  if (stat.isDirectory()) {
    if (!explicit && isInNeverScannedFolder(path.basename(file))) return;
    let names: string[] = [];
    try { names = await fs.readdir(file); } catch (err) { skipped.push({ path: file, reason: describeError(err) }); return; }
    for (const name of names.sort()) await collect(path.join(file, name), false, files, skipped, seen);
  } else if (stat.isFile() && (explicit || isCorpusFile(file))) {
    files.push(file);
  }
}

async function readOne(file: string, maxBytes: number): Promise<string | { reason: string }> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > maxBytes) return { reason: `larger than the ${formatBytes(maxBytes)} limit (${formatBytes(stat.size)})` };
    if (stat.size === 0) return { reason: 'empty file' };
    const decoded = decodeText(await fs.readFile(file));
    return decoded.ok ? decoded.text.replace(/^\uFEFF/, '') : { reason: decoded.reason };
  } catch (err) {
    return { reason: describeError(err) };
  }
}

function describeError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'file vanished before it could be read';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  return err instanceof Error ? err.message : String(err);
}

function commonRoot(paths: string[]): string {
  if (paths.length === 1) return paths[0];
  const parts = paths.map((p) => p.split(path.sep));
  const shared: string[] = [];
  for (let i = 0; parts.every((p) => i < p.length && p[i] === parts[0][i]); i++) shared.push(parts[0][i]);
  return shared.join(path.sep) || path.sep;
}

/** Paths as the user typed them when they name files inside the cwd; else relative to the cwd. */
function displayPath(root: string, file: string): string {
  const rel = path.relative(process.cwd(), file);
  return (rel && !rel.startsWith('..') ? rel : file).split(path.sep).join('/');
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
