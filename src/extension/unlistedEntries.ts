// What the workspace search (ripgrep, behind findFiles) never returns, found by reading the folders
// themselves: links named like articles that lead nowhere or round in a loop, and FIFOs or devices
// (skipped, with the CLI's reasons: a FIFO would block a read for ever), and names with a line
// break, which the search returns cut at the break: the real file is read under its own name and
// the pieces ("phantoms", paths that do not exist) are dropped. Only for folders on disk.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { isCorpusFile, NEVER_SCANNED } from '../core/corpusFiles';
import { globMatcher } from './globMatcher';
import { BROKEN_LINK, NOT_A_REGULAR_FILE, unreadableReason } from '../node/unreadableReason';

export interface UnlistedEntries {
  /** Article files the search cannot name: to be read like any other. */
  files: vscode.Uri[];
  /** Entries named like articles that are no readable file, and why. */
  unreadable: { uri: vscode.Uri; reason: string }[];
  /** What the search returns for names it cuts (uri.toString()). */
  phantoms: Set<string>;
}

export interface WalkSettings {
  extensions: string[];
  exclude: string[];
  /** Workspace-relative folders to walk; empty: the whole folder. */
  folders: string[];
}

export async function unlistedEntries(folder: vscode.Uri, settings: WalkSettings): Promise<UnlistedEntries> {
  const found: UnlistedEntries = { files: [], unreadable: [], phantoms: new Set() };
  if (folder.scheme !== 'file') return found;
  // what findFiles leaves out: wirecheck.exclude, or VS Code's files.exclude when that is empty
  const excluded = globMatcher(settings.exclude.length ? settings.exclude : filesExclude(folder));
  const visit = async (rel: string): Promise<void> => {
    for (const entry of await entriesOf(path.join(folder.fsPath, rel))) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!NEVER_SCANNED.includes(entry.name) && !excluded(child, true)) await visit(child);
      } else if (isCorpusFile(entry.name, settings.extensions) && !excluded(child, false)) {
        await classify(found, folder, child, entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'link' : 'other');
      }
    }
  };
  const roots = settings.folders.length ? settings.folders.map((f) => f.replace(/^\.?\/+|\/+$/g, '')) : [''];
  for (const root of roots.filter((r) => isInside(folder.fsPath, r))) await visit(root);
  await dropRealFiles(found.phantoms);
  return found;
}

/** The globs VS Code's files.exclude turns on for this folder. */
function filesExclude(folder: vscode.Uri): string[] {
  const globs = vscode.workspace.getConfiguration('files', folder).get<Record<string, unknown>>('exclude') ?? {};
  return Object.entries(globs).filter(([, on]) => on === true).map(([glob]) => glob);
}

/** A wirecheck.folders entry such as "../elsewhere" must not take the walk out of the workspace folder. */
function isInside(folder: string, rel: string): boolean {
  const relative = path.relative(folder, path.resolve(folder, rel));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

async function entriesOf(folder: string) {
  try {
    return await fs.readdir(folder, { withFileTypes: true });
  } catch {
    return []; // gone or unreadable: the search cannot list it either
  }
}

async function classify(found: UnlistedEntries, folder: vscode.Uri, rel: string, kind: 'file' | 'link' | 'other'): Promise<void> {
  const uri = vscode.Uri.joinPath(folder, rel);
  if (kind === 'other') { found.unreadable.push({ uri, reason: NOT_A_REGULAR_FILE }); return; }
  if (kind === 'link') {
    const reason = await linkProblem(uri.fsPath);
    if (reason) { found.unreadable.push({ uri, reason }); return; }
  }
  if (!rel.includes('\n')) return; // the search lists it
  found.files.push(uri);
  for (const piece of rel.split('\n').slice(1)) found.phantoms.add(vscode.Uri.joinPath(folder, piece).toString());
}

/** Why a link leads to no readable file; undefined when it leads to one (or to a folder). */
async function linkProblem(file: string): Promise<string | undefined> {
  try {
    const target = await fs.stat(file);
    return target.isFile() || target.isDirectory() ? undefined : NOT_A_REGULAR_FILE;
  } catch (err) {
    return (err as { code?: string }).code === 'ENOENT' ? BROKEN_LINK : unreadableReason(err);
  }
}

/** A piece of a cut name may also be the name of a real file: that one stays. */
async function dropRealFiles(phantoms: Set<string>): Promise<void> {
  for (const phantom of [...phantoms]) {
    const exists = await fs.lstat(vscode.Uri.parse(phantom).fsPath).then(() => true, () => false);
    if (exists) phantoms.delete(phantom);
  }
}
