// Which workspace files are articles, and their text: open editors win over disk; what cannot be
// read as text, or is no file at all (unlistedEntries.ts), comes back as a reason to show the user.
import * as vscode from 'vscode';
import { includeGlob, isCorpusFile, isInNeverScannedFolder } from '../core/corpusFiles';
import { decodeText } from '../core/document/decodeText';
import { corpusSettings } from './settings';
import { unlistedEntries } from './unlistedEntries';
import { NOT_A_REGULAR_FILE, unreadableReason } from '../node/unreadableReason';

export type ReadResult = { text: string } | { reason: string };

export interface CorpusListing {
  /** The article files, sorted by path. */
  files: vscode.Uri[];
  /** Entries named like articles that are no readable file (broken links, FIFOs…), and why. */
  unreadable: { uri: vscode.Uri; reason: string }[];
}

export async function findCorpusFiles(): Promise<CorpusListing> {
  const settings = corpusSettings();
  const { extensions, exclude, folders } = settings;
  const excludeGlob = exclude.length ? `{${exclude.join(',')}}` : undefined;
  const found = new Map<string, vscode.Uri>();
  for (const root of folders.length ? folders : ['']) {
    const pattern = root ? `${root.replace(/\/+$/, '')}/${includeGlob(extensions)}` : includeGlob(extensions);
    for (const uri of await vscode.workspace.findFiles(pattern, excludeGlob)) {
      if (!isInNeverScannedFolder(uri.path) && isCorpusFile(uri.path, extensions)) found.set(uri.toString(), uri);
    }
  }
  const unreadable: CorpusListing['unreadable'] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const unlisted = await unlistedEntries(folder.uri, settings);
    for (const phantom of unlisted.phantoms) found.delete(phantom);
    for (const uri of unlisted.files) found.set(uri.toString(), uri);
    for (const entry of unlisted.unreadable) unreadable.push(entry); // not push(...): 130,000 would overflow the stack
  }
  return { files: [...found.values()].sort((a, b) => a.path.localeCompare(b.path)), unreadable };
}

/** Is this a file of the corpus (never one of Wirecheck's own virtual documents)? */
export function isWorkspaceArticle(uri: vscode.Uri): boolean {
  const settings = corpusSettings(uri);
  if (vscode.workspace.getWorkspaceFolder(uri) === undefined || !isCorpusFile(uri.path, settings.extensions)) return false;
  const relative = vscode.workspace.asRelativePath(uri, false);
  return !settings.folders.length || settings.folders.some((f) => relative.startsWith(f.replace(/\/+$/, '') + '/'));
}

export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

export async function readArticle(uri: vscode.Uri): Promise<ReadResult> {
  const open = openDocument(uri);
  if (open) return { text: open.getText() };
  const maxBytes = corpusSettings(uri).maxFileSize;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    // a FIFO would block the read for ever
    if (!(stat.type & vscode.FileType.File)) return { reason: NOT_A_REGULAR_FILE };
    if (stat.size > maxBytes) return { reason: `larger than the ${formatBytes(maxBytes)} limit (${formatBytes(stat.size)}); raise wirecheck.maxFileSize to check it` };
    if (stat.size === 0) return { reason: 'empty file' };
    const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
    return decoded.ok ? { text: decoded.text.replace(/^\uFEFF/, '') } : { reason: decoded.reason };
  } catch (err) {
    return { reason: unreadableReason(err) };
  }
}

export async function readStyleText(uri: vscode.Uri): Promise<string | undefined> {
  const open = openDocument(uri);
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
