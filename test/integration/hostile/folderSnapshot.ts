// Everything a run could change in a folder, entry by entry: kind, mode, size, modification and
// change times, and the sha256 of each file's bytes (a link's target). Links are not followed and
// FIFOs never opened. Files past HASHED_BYTES are hashed in part: the sparse 60 MB dump is never
// read whole, and its ctime moves on any write or chmod anyway.
// run-tests.mjs loads the bundle of this file to take the snapshot before VS Code starts; the CLI's
// unit test (test/unit/hostile/cli.test.ts) takes the same snapshots.
import { createHash } from 'node:crypto';
import { closeSync, lstatSync, openSync, readdirSync, readlinkSync, readSync } from 'node:fs';
import path from 'node:path';

export interface EntrySnapshot {
  kind: 'file' | 'folder' | 'link' | 'other';
  mode: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  /** sha256 of a readable file's bytes (its first HASHED_BYTES), the target of a link. */
  content?: string;
}

/** Path relative to the root → what it was. */
export type FolderSnapshot = Record<string, EntrySnapshot>;

const HASHED_BYTES = 8 * 1024 * 1024;

export function snapshotFolder(root: string): FolderSnapshot {
  const entries: FolderSnapshot = {};
  const visit = (rel: string): void => {
    const full = path.join(root, rel);
    const stat = lstatSync(full);
    const common = { mode: stat.mode, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs };
    if (stat.isSymbolicLink()) entries[rel] = { kind: 'link', ...common, content: readlinkSync(full) };
    else if (stat.isFile()) entries[rel] = { kind: 'file', ...common, content: hashOf(full) };
    else if (stat.isDirectory()) {
      entries[rel] = { kind: 'folder', ...common };
      for (const name of readdirSync(full).sort()) visit(path.join(rel, name));
    } else entries[rel] = { kind: 'other', ...common };
  };
  visit('.');
  return entries;
}

/** "path: what changed" for each entry added, removed or changed between two snapshots. */
export function snapshotChanges(before: FolderSnapshot, after: FolderSnapshot): string[] {
  const changes: string[] = [];
  for (const [rel, was] of Object.entries(before)) {
    const now = after[rel];
    if (!now) { changes.push(`${rel}: removed`); continue; }
    const fields = (Object.keys(was) as (keyof EntrySnapshot)[]).filter((k) => was[k] !== now[k]);
    if (fields.length) changes.push(`${rel}: ${fields.map((k) => `${k} ${String(was[k])} → ${String(now[k])}`).join(', ')}`);
  }
  for (const rel of Object.keys(after)) if (!(rel in before)) changes.push(`${rel}: added`);
  return changes;
}

function hashOf(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined; // unreadable: mode, size and times still say whether it changed
  }
  try {
    const hash = createHash('sha256');
    const chunk = Buffer.alloc(1024 * 1024);
    for (let read = 0, n: number; read < HASHED_BYTES && (n = readSync(fd, chunk, 0, chunk.length, read)) > 0; read += n) hash.update(chunk.subarray(0, n));
    return hash.digest('hex');
  } finally {
    closeSync(fd);
  }
}
