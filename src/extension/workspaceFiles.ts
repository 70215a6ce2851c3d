// Which workspace files are articles, and their text: open editors win over disk; what cannot be
// read as text comes back as a reason to show the user.
import * as vscode from 'vscode';
import { includeGlob, isCorpusFile, isInNeverScannedFolder } from '../core/corpusFiles';
import { decodeText } from '../core/document/decodeText';
import { corpusSettings } from './settings';

export type ReadResult = { text: string } | { reason: string };

export async function findCorpusFiles(): Promise<vscode.Uri[]> {
  const { extensions, exclude, folders } = corpusSettings();
  const excludeGlob = exclude.length ? `{${exclude.join(',')}}` : undefined;
  const found = new Map<string, vscode.Uri>();
  for (const root of folders.length ? folders : ['']) {
    const pattern = root ? `${root.replace(/\/+$/, '')}/${includeGlob(extensions)}` : includeGlob(extensions);
    for (const uri of await vscode.workspace.findFiles(pattern, excludeGlob)) {
      if (!isInNeverScannedFolder(uri.path) && isCorpusFile(uri.path, extensions)) found.set(uri.toString(), uri);
    }
  }
  return [...found.values()].sort((a, b) => a.path.localeCompare(b.path));
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
    if (stat.size > maxBytes) return { reason: `larger than the ${formatBytes(maxBytes)} limit (${formatBytes(stat.size)}); raise wirecheck.maxFileSize to check it` };
    if (stat.size === 0) return { reason: 'empty file' };
    const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
    return decoded.ok ? { text: decoded.text.replace(/^\uFEFF/, '') } : { reason: decoded.reason };
  } catch (err) {
    const code = (err as { code?: string }).code;
    return { reason: code === 'FileNotFound' || code === 'ENOENT' ? 'file vanished before it could be read' : err instanceof Error ? err.message : String(err) };
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
