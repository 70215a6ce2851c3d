// The hostile corpus of scripts/make-hostile-corpus.mjs, built in a temporary folder, and the built
// CLI (dist/cli.js) run over a folder the way a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Report } from '../../../src/core/report/jsonReport';
import { SEEDS_DIR } from '../seedCorpus';

export const REPO_ROOT = path.dirname(SEEDS_DIR);
const GENERATOR = path.join(REPO_ROOT, 'scripts/make-hostile-corpus.mjs');
const CLI = path.join(REPO_ROOT, 'dist/cli.js');

/** What the generator made (its --manifest output). */
export interface HostileManifest {
  dir: string;
  seeds: string[];
  /** Role → path relative to `dir`. */
  files: Record<
    'binary' | 'tooLarge' | 'invalidUtf8' | 'utf16' | 'empty' | 'furnitureOnly' | 'longLine' | 'loopA' | 'loopB' | 'dangling' |
    'selfFolder' | 'selfFolderFile' | 'selfLink' | 'unreadable' | 'html' | 'fifo' | 'controlName' | 'neverScanned' | 'style' |
    'styleWrongTypes' | 'many',
    string
  >;
  many: number;
  /** Whether a FIFO could be made (mkfifo exists). */
  fifo: boolean;
  /** True when the chmod 000 file can be read anyway: running as root. */
  unreadableIsReadable: boolean;
}

export function temporaryFolder(label: string): string {
  return mkdtempSync(path.join(tmpdir(), `wirecheck-${label}-`));
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function makeHostileCorpus(dir: string, many = 0): HostileManifest {
  const args = [GENERATOR, dir, '--manifest', ...(many ? [`--many=${many}`] : [])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`make-hostile-corpus failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as HostileManifest;
}

export interface CliRun {
  status: number | null;
  report: Report;
  stderr: string;
  ms: number;
}

/** `wirecheck check <args> --format json` run in `cwd`, so paths in the report are relative to it. */
export function checkJson(cwd: string, args: string[] = ['.']): CliRun {
  const started = performance.now();
  const run = spawnSync(process.execPath, [CLI, 'check', ...args, '--format', 'json'], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (run.error) throw run.error;
  if (!run.stdout.trim()) throw new Error(`wirecheck printed no report (exit ${run.status}): ${run.stderr}`);
  return { status: run.status, report: JSON.parse(run.stdout) as Report, stderr: run.stderr, ms };
}
