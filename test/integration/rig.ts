// Helpers for integration tests: wait on events and conditions (never on fixed sleeps), and ask the
// runner (scripts/vscode/run-vscode.mjs, which drives the browser) for a screenshot of the workbench.
import { existsSync, mkdirSync, readFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as vscode from 'vscode';

const DEFAULT_TIMEOUT_MS = 15_000;

/** Resolves with the first event that satisfies `accept`; rejects after `timeoutMs`. */
export function waitForEvent<T>(
  event: vscode.Event<T>,
  accept: (value: T) => boolean = () => true,
  { timeoutMs = DEFAULT_TIMEOUT_MS, what = 'event' } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => { listener.dispose(); reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)); }, timeoutMs);
    const listener = event((value) => {
      if (!accept(value)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    });
  });
}

/** Re-evaluates `condition` until it returns a truthy value, which it resolves with. */
export async function waitUntil<T>(
  condition: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { timeoutMs = DEFAULT_TIMEOUT_MS, what = 'condition', pollMs = 50 } = {},
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** Where screenshots go: RIG_SCREENSHOT_DIR (set by scripts/vscode/run-tests.mjs), else the temp dir. */
export function screenshotPath(name: string): string {
  return path.resolve(process.env.RIG_SCREENSHOT_DIR || tmpdir(), name);
}

/**
 * Writes a PNG of the whole workbench to `file`, after `settleMs` for the UI to paint what the test
 * just asked for (the only fixed wait the tests use: the extension host cannot see the rendering).
 */
export async function screenshot(file: string, { settleMs = 1500, timeoutMs = DEFAULT_TIMEOUT_MS } = {}): Promise<string> {
  const done = `${file}.done`;
  mkdirSync(path.dirname(file), { recursive: true });
  if (existsSync(done)) unlinkSync(done);
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  console.log(`__RIG_SCREENSHOT__ ${file}`);
  await waitUntil(() => existsSync(done), { timeoutMs, what: `the screenshot ${file} (is the test run by run-vscode.mjs?)` });
  const problem = readFileSync(done, 'utf8');
  unlinkSync(done);
  if (problem) throw new Error(`screenshot ${file} failed: ${problem}`);
  return file;
}
