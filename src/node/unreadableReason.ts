// Why a file could not be read, in the words the CLI and the extension both show, from an error of
// node:fs (ENOENT, ELOOP…) or of vscode.workspace.fs (FileNotFound, NoPermissions…), and the
// reasons both give for entries that are no readable file.

export function unreadableReason(err: unknown): string {
  const code = (err as { code?: string } | undefined)?.code;
  if (code === 'ENOENT' || code === 'FileNotFound' || code === 'EntryNotFound') return 'file vanished before it could be read';
  if (code === 'EACCES' || code === 'EPERM' || code === 'NoPermissions') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EISDIR' || code === 'FileIsADirectory') return 'became a folder before it could be read';
  if (code === 'ENAMETOOLONG') return 'path too long';
  return err instanceof Error ? err.message : String(err);
}

/** A FIFO, socket or device named like an article: reading it would block or never end. */
export const NOT_A_REGULAR_FILE = 'not a regular file';
export const BROKEN_LINK = 'broken symbolic link (its target does not exist)';
