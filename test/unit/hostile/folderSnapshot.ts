// Everything a run could change in a folder, entry by entry, without following links and without
// opening what must not be opened (a FIFO blocks, a chmod 000 file fails for a normal user).
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

export interface EntrySnapshot {
  kind: 'file' | 'folder' | 'link' | 'other';
  mode: number;
  size: number;
  mtimeMs: number;
  /** sha256 of a readable file, the target of a link. */
  content?: string;
}

export function snapshotFolder(root: string): Map<string, EntrySnapshot> {
  const entries = new Map<string, EntrySnapshot>();
  const visit = (rel: string): void => {
    const full = path.join(root, rel);
    const stat = lstatSync(full);
    const common = { mode: stat.mode, size: stat.size, mtimeMs: stat.mtimeMs };
    if (stat.isSymbolicLink()) entries.set(rel, { kind: 'link', ...common, content: readlinkSync(full) });
    else if (stat.isFile()) entries.set(rel, { kind: 'file', ...common, content: hashOf(full) });
    else if (stat.isDirectory()) {
      entries.set(rel, { kind: 'folder', ...common });
      for (const name of readdirSync(full).sort()) visit(path.join(rel, name));
    } else entries.set(rel, { kind: 'other', ...common });
  };
  visit('.');
  return entries;
}

function hashOf(file: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return undefined; // unreadable: mode, size and mtime still say whether it changed
  }
}
