// Helpers for integration tests: wait on events and conditions (never on fixed sleeps), and ask the
// runner (scripts/vscode/run-vscode.mjs, which drives the browser) for a screenshot of the workbench,
// the DOM of its frames (a webview's included) and the notifications it shows.
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
  mkdirSync(path.dirname(file), { recursive: true });
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  await askRunner('__RIG_SCREENSHOT__', file, undefined, timeoutMs);
  return file;
}

/** One frame of the workbench page as the browser sees it (scripts/vscode/run-vscode.mjs, describeDocument). */
export interface FrameReport {
  url: string;
  main: boolean;
  error?: string;
  title: string;
  csp: string | null;
  scripts: { id: string; src: string | null; nonce: string | null; hasNonceAttribute: boolean; inline: boolean }[];
  /** How many elements of each tag name the document holds. */
  tags: Record<string, number>;
  /** `tag[onerror]` for each event-handler attribute on any element. */
  handlerAttributes: string[];
  /** `tag[href]` for each attribute whose value is a javascript: URL. */
  javascriptUrls: string[];
  marker: { inWindow: boolean; value: string; dataset: Record<string, string> } | null;
  /** The rendered text (innerText of the body). */
  text: string;
  /** URLs of every resource the document loaded. */
  resources: string[];
}

/** The DOM of every frame of the workbench, looked at from the browser; `marker` is a global name to look for. */
export function probeFrames(marker: string): Promise<FrameReport[]> {
  return askRunnerFor<FrameReport[]>('__RIG_WEBVIEW_PROBE__', marker);
}

export interface NotificationReport {
  message: string;
  source: string;
  buttons: string[];
}

/** The notifications the notification center lists (open it first: notifications.showList). */
export function visibleNotifications(): Promise<NotificationReport[]> {
  return askRunnerFor<NotificationReport[]>('__RIG_NOTIFICATIONS__');
}

/** Clicks the first notification button labelled `label` in the browser, as a user would. */
export async function clickNotificationButton(label: string): Promise<void> {
  await askRunnerFor('__RIG_NOTIFICATION_ACTION__', label);
}

let probes = 0;

async function askRunnerFor<T>(marker: string, arg?: string): Promise<T> {
  const file = path.join(tmpdir(), `wirecheck-probe-${process.pid}-${++probes}.json`);
  await askRunner(marker, file, arg);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } finally {
    unlinkSync(file);
  }
}

/**
 * Asks the runner, which drives the browser, to act: logs `marker file [arg]` and waits for
 * `file.done`, which holds the runner's error message if it failed.
 */
async function askRunner(marker: string, file: string, arg: string | undefined, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
  const done = `${file}.done`;
  // messages leave the marker out: the runner reads every line the host logs, error messages included
  const request = `${marker.replace(/^__RIG_|__$/g, '').toLowerCase().replace(/_/g, ' ')} ${file}`;
  if (existsSync(done)) unlinkSync(done);
  console.log(`${marker} ${file}${arg === undefined ? '' : ` ${arg}`}`);
  await waitUntil(() => existsSync(done), { timeoutMs, what: `the runner's answer to ${request} (is the test run by run-vscode.mjs?)` });
  const problem = readFileSync(done, 'utf8');
  unlinkSync(done);
  if (problem) throw new Error(`${request} failed: ${problem}`);
}
