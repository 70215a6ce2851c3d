// Reads one corpus file as the CLI checks it: its text, or why it is skipped (too large, empty,
// binary, not UTF-8, not a regular file, gone). The main thread and the analysis threads
// (analysisThreads.ts) read files the same way.
import * as nodeFs from 'node:fs';
import type { Stats } from 'node:fs';
import { decodeText } from '../core/document/decodeText';
import { NOT_A_REGULAR_FILE, unreadableReason } from './unreadableReason';

/** The calls a read makes (node:fs by default; tests wrap them to stage races). */
export interface FileReader {
  statSync(file: string): Stats;
  readFileSync(file: string): Buffer;
}

export type ReadResult = { text: string } | { reason: string };

/**
 * A corpus file's text, or why it cannot be checked (too large, empty, binary, not UTF-8, gone).
 * `measured`: the file's stat when the caller has just taken it (it is not taken again).
 */
export function readCorpusFile(file: string, maxBytes: number, fs: FileReader = nodeFs, measured?: Stats): ReadResult {
  try {
    const stat = measured ?? fs.statSync(file);
    if (!stat.isFile()) return { reason: NOT_A_REGULAR_FILE };
    if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
    if (stat.size === 0) return { reason: 'empty file' };
    const bytes = fs.readFileSync(file);
    // the file may have grown or been emptied since it was measured
    if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
    if (bytes.length === 0) return { reason: 'empty file' };
    const decoded = decodeText(bytes);
    return decoded.ok ? { text: decoded.text.replace(/^\uFEFF/, '') } : { reason: decoded.reason };
  } catch (err) {
    return { reason: unreadableReason(err) };
  }
}

function tooLarge(size: number, maxBytes: number): ReadResult {
  return { reason: `larger than the ${formatBytes(maxBytes)} limit (${formatBytes(size)})` };
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
