// Which files belong to a corpus: one predicate shared by the CLI's directory walk and the
// extension's workspace search, so both see the same documents.
import type { DocumentFormat } from './types';

export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm'];

/** Folders never scanned, whatever the settings say. */
export const NEVER_SCANNED: readonly string[] = ['node_modules', '.git'];

export const DEFAULT_EXCLUDES: readonly string[] = ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**'];

export function formatOf(path: string): DocumentFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.txt')) return 'txt';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'md';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  return undefined;
}

export function isCorpusFile(path: string, extensions: readonly string[] = DEFAULT_EXTENSIONS): boolean {
  const lower = path.toLowerCase();
  return extensions.some((ext) => lower.endsWith(ext)) && !isInNeverScannedFolder(path);
}

export function isInNeverScannedFolder(path: string): boolean {
  return path.split(/[\\/]/).some((part) => NEVER_SCANNED.includes(part));
}

/** The glob the extension hands to `workspace.findFiles` for these extensions. */
export function includeGlob(extensions: readonly string[] = DEFAULT_EXTENSIONS): string {
  return `**/*{${extensions.join(',')}}`;
}
