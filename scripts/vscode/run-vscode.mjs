#!/usr/bin/env node
// Runs extension tests inside a real VS Code with no internet: code-server serves VS Code's
// workbench, headless Chromium (driven by playwright-core) opens it, and the workbench URL's payload
// loads the development extension and the mocha test module into code-server's Node extension host.
//
//   node scripts/vscode/run-vscode.mjs --ext . --tests out/test/integration/index.js --workspace DIR
//     [--result-file counts.json] [--screenshot after.png] [--timeout 300] [--verbose] [--keep]
//
// The extension host's output is relayed here; the exit code is the test run's (0 = passed),
// 2 = the rig itself failed, 124 = timeout. Tests ask for a screenshot of the workbench by logging
// `__RIG_SCREENSHOT__ /abs/file.png` and waiting for /abs/file.png.done (test/integration/rig.ts);
// the test module reports its counts by logging `__RIG_RESULT__ {"passed":…,"failed":…}`. Tests look
// at the browser side the same way (JSON written to the file, then file.done):
// `__RIG_WEBVIEW_PROBE__ /abs/file.json <marker>` (the DOM of every frame: CSP, scripts, elements,
// text, whether `marker` was set), `__RIG_NOTIFICATIONS__ /abs/file.json` (the notifications shown),
// `__RIG_NOTIFICATION_ACTION__ /abs/file.json <button>` (clicks that button of a notification).
// Env: CODE_SERVER_DIR, CODE_SERVER_NODE (else setup.sh is run), CHROMIUM (default /usr/bin/chromium).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import playwright from 'playwright-core';
import { freePort, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { ensureRig } from './rig.mjs';

const { values: options } = parseArgs({
  options: {
    ext: { type: 'string', multiple: true, default: [] },
    tests: { type: 'string' },
    workspace: { type: 'string' },
    'result-file': { type: 'string' },
    screenshot: { type: 'string' },
    timeout: { type: 'string', default: '300' },
    verbose: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const started = Date.now();
const log = (...parts) => console.log(`[rig +${((Date.now() - started) / 1000).toFixed(1)}s]`, ...parts);
// The offline workbench keeps trying to reach the extension gallery; that noise hides real output.
const OFFLINE_NOISE = /ENOTFOUND|EAI_AGAIN|queryGalleryExtensions|getExtensionsUsing|checkForUpdates|autoUpdateBuiltin|onDidChangeRunningExtensions|authentication provider 'github'/;
const stateDir = mkdtempSync(path.join(tmpdir(), 'wirecheck-vscode-'));
let codeServer;
let browser;
let codeServerLog = '';
let counts;
let finishing = false;

async function finish(code) {
  if (finishing) return;
  finishing = true;
  clearTimeout(deadline);
  try { await browser?.close(); } catch { /* already gone */ }
  await codeServer?.stop();
  if (!options.keep) rmSync(stateDir, { recursive: true, force: true });
  if (options['result-file']) writeFileSync(options['result-file'], JSON.stringify({ exitCode: code, ...counts }));
  log(`exit ${code}`);
  process.exit(code);
}

const deadline = setTimeout(() => {
  console.error(`[rig] TIMEOUT after ${options.timeout}s\n--- code-server output ---\n${codeServerLog}`);
  finish(124);
}, Number(options.timeout) * 1000);
process.on('SIGINT', () => finish(130));
process.on('SIGTERM', () => finish(143));
// (once finishing, closing the browser under a pending page call is expected, not news)
const fail = (err) => { if (!finishing) console.error('[rig] failed:', err?.stack ?? err); finish(2); };
process.on('unhandledRejection', fail);
process.on('uncaughtException', fail);

/** Relays one line of extension-host output, acting on the rig's own markers. */
function onHostOutput(page, type, args) {
  const text = format(...args);
  const shot = /^__RIG_SCREENSHOT__ (.+?)\s*$/m.exec(text);
  if (shot) return takeScreenshot(page, shot[1]);
  const probe = /^__RIG_(WEBVIEW_PROBE|NOTIFICATIONS|NOTIFICATION_ACTION)__ (\S+)(?: (.+?))?\s*$/m.exec(text);
  if (probe) return answerProbe(probe[2], () => PROBES[probe[1]](page, probe[3]));
  const result = /__RIG_RESULT__ (\{.*\})/.exec(text);
  if (result) { counts = JSON.parse(result[1]); return; }
  if (!options.verbose && OFFLINE_NOISE.test(text)) return;
  (type === 'error' ? console.error : console.log)(text);
}

/** Screenshots for the tests: `file.done` appears afterwards, holding the error if there was one. */
async function takeScreenshot(page, file) {
  let problem = '';
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    log('screenshot written to', file);
  } catch (err) {
    problem = err.message;
    log('screenshot failed:', problem);
  }
  writeFileSync(`${file}.done`, problem);
}

/** Runs a probe for a test: its JSON goes to `file`, then `file.done` holds the error if there was one. */
async function answerProbe(file, probe) {
  let problem = '';
  try {
    writeFileSync(file, JSON.stringify(await probe()));
  } catch (err) {
    problem = err.message || String(err);
    log('probe failed:', problem);
  }
  writeFileSync(`${file}.done`, problem);
}

const PROBES = {
  /** What every frame's document holds; the test picks the webview's content frame by its DOM. */
  WEBVIEW_PROBE: async (page, marker) => {
    const reports = [];
    for (const frame of page.frames()) {
      if (frame.isDetached()) continue;
      const report = await frame.evaluate(describeDocument, marker ?? '').catch((err) => ({ error: err.message }));
      reports.push({ url: frame.url(), main: frame === page.mainFrame(), ...report });
    }
    return reports;
  },
  /** The notifications in the notification center (the test opens it: toasts come and go). */
  NOTIFICATIONS: (page) => page.evaluate(() => [...document.querySelectorAll('.notifications-center .notification-list-item')].map((item) => ({
    message: item.querySelector('.notification-list-item-message')?.textContent ?? '',
    source: item.querySelector('.notification-list-item-source')?.textContent ?? '',
    buttons: [...item.querySelectorAll('.notification-list-item-buttons-container .monaco-button')].map((b) => b.textContent ?? ''),
  }))),
  /** Clicks the first notification button labelled `label`, as a user would. */
  NOTIFICATION_ACTION: async (page, label) => {
    const button = page.locator('.notification-list-item-buttons-container .monaco-button', { hasText: label }).first();
    await button.click({ timeout: 10_000 });
    return { clicked: label };
  },
};

/** Runs inside a frame: its CSP, scripts, elements, text, and whether `marker` was set by anything. */
function describeDocument(marker) {
  const elements = [...document.querySelectorAll('*')];
  const tags = {};
  for (const el of elements) tags[el.localName] = (tags[el.localName] ?? 0) + 1;
  return {
    title: document.title,
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? null,
    scripts: [...document.scripts].map((s) => ({ id: s.id, src: s.getAttribute('src'), nonce: s.nonce || null, hasNonceAttribute: s.hasAttribute('nonce'), inline: !s.src })),
    tags,
    handlerAttributes: elements.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName}[${a.name}]`)),
    javascriptUrls: elements.flatMap((el) => [...el.attributes].filter((a) => /^\s*javascript:/i.test(a.value)).map((a) => `${el.localName}[${a.name}]`)),
    marker: marker ? { inWindow: marker in window, value: String(window[marker] ?? ''), dataset: { ...(document.body?.dataset ?? {}) } } : null,
    text: document.body?.innerText ?? '',
    resources: performance.getEntriesByType('resource').map((e) => e.name),
  };
}

async function openWorkbench(url) {
  browser = await playwright.chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-quic',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.on('pageerror', (err) => console.error('[page error]', err.message));
  if (options.verbose) page.on('console', (m) => console.log(`[browser ${m.type()}]`, m.text()));
  let testsEnded;
  const testsDone = new Promise((resolve) => { testsEnded = resolve; });
  // the workbench calls these when it runs in automation (VS Code's smoke-test driver)
  await page.exposeFunction('codeAutomationExit', (code) => testsEnded(code));
  await page.exposeFunction('codeAutomationLog', (type, args) => onHostOutput(page, type, args));
  log('opening', url);
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
  log('workbench rendered');
  return { page, testsDone };
}

async function main() {
  if (!options.tests && !options.screenshot) throw new Error('nothing to do: give --tests and/or --screenshot');
  const rig = ensureRig();
  codeServer = await startCodeServer({
    rig, stateDir, port: await freePort(),
    onOutput: (chunk) => { codeServerLog += chunk; if (options.verbose) process.stderr.write(`[code-server] ${chunk}`); },
    onExit: (code) => { console.error(`[rig] code-server exited early (${code})\n${codeServerLog}`); finish(2); },
  });
  log('code-server is up at', codeServer.base);
  const url = workbenchUrl({ ...codeServer, folder: options.workspace, extensions: options.ext, testsModule: options.tests });
  const { page, testsDone } = await openWorkbench(url);
  let exitCode = 0;
  if (options.tests) {
    exitCode = await testsDone;
    log(`extension tests finished with exit code ${exitCode}` + (counts ? `: ${counts.passed} passed, ${counts.failed} failed` : ''));
  } else {
    await page.waitForSelector('.statusbar', { timeout: 60_000 });
    await page.waitForTimeout(3000); // let the views settle before the picture
  }
  if (options.screenshot) await takeScreenshot(page, path.resolve(options.screenshot));
  await finish(exitCode);
}

await main();
