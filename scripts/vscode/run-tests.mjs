#!/usr/bin/env node
// Runs the integration tests (test/integration/*.test.ts) inside a real VS Code, offline, through
// @vscode/test-electron's runTests pointed at code-shim (code-server + headless Chromium).
// The tests get a fresh temporary copy of seeds/, never the repository's own files; screenshots go
// to test-results/screenshots/ (or RIG_SCREENSHOT_DIR).
//
//   node scripts/vscode/run-tests.mjs [--no-build] [--result-file counts.json]
//
// Ends with the line "N passed, N failed" and a non-zero exit code when anything failed. With
// --result-file the counts are written there as JSON instead, for scripts/test-all.mjs to total.
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { ensureRig, repoRoot } from './rig.mjs';

const { values: options } = parseArgs({
  options: { 'no-build': { type: 'boolean', default: false }, 'result-file': { type: 'string' } },
});
const testsModule = path.join(repoRoot, 'out/test/integration/index.js');

function build() {
  const run = spawnSync(process.execPath, ['scripts/build.mjs', '--integration'], { cwd: repoRoot, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('building the extension and the integration tests failed');
}

/** A writable copy of seeds/ in a new temporary folder: tests may edit and delete files. */
function temporaryCorpus() {
  const corpus = path.join(mkdtempSync(path.join(tmpdir(), 'wirecheck-it-')), 'seeds');
  cpSync(path.join(repoRoot, 'seeds'), corpus, { recursive: true });
  for (const name of readdirSync(corpus, { recursive: true })) {
    const file = path.join(corpus, name);
    chmodSync(file, statSync(file).isDirectory() ? 0o755 : 0o644);
  }
  return corpus;
}

/** code-shim is what runTests launches, so it must be executable even where a checkout lost the bit. */
function executableShim() {
  const shim = path.join(repoRoot, 'scripts/vscode/code-shim');
  try { accessSync(shim, constants.X_OK); } catch { chmodSync(shim, 0o755); }
  return shim;
}

async function runSuite(workspace, countsFile) {
  const screenshots = process.env.RIG_SCREENSHOT_DIR || path.join(repoRoot, 'test-results/screenshots');
  mkdirSync(screenshots, { recursive: true });
  try {
    return await runTests({
      vscodeExecutablePath: executableShim(),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsModule,
      launchArgs: [workspace],
      extensionTestsEnv: { RIG_SCREENSHOT_DIR: path.resolve(screenshots), RIG_RESULT_FILE: countsFile },
    });
  } catch (err) {
    return typeof err?.code === 'number' ? err.code : 1;
  }
}

/** Counts from the runner; a run that broke before reporting any counts as one failure. */
function readCounts(countsFile, exitCode) {
  const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : {};
  const passed = counts.passed ?? 0;
  let failed = counts.failed ?? 0;
  if (exitCode !== 0 && failed === 0) failed = 1;
  return { passed, failed, pending: counts.pending ?? 0, exitCode };
}

async function main() {
  const started = Date.now();
  ensureRig();
  if (!options['no-build'] || !existsSync(testsModule)) build();
  const workspace = temporaryCorpus();
  const countsFile = path.join(path.dirname(workspace), 'counts.json');
  let counts;
  try {
    counts = readCounts(countsFile, await runSuite(workspace, countsFile));
  } finally {
    rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (options['result-file']) {
    writeFileSync(options['result-file'], JSON.stringify({ ...counts, seconds: Number(seconds) }));
    console.log(`integration tests: ${counts.passed} passed, ${counts.failed} failed in ${seconds}s`);
  } else {
    console.log(`integration tests took ${seconds}s`);
    console.log(`${counts.passed} passed, ${counts.failed} failed`);
  }
  return counts.failed > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(err?.message ?? err);
  if (options['result-file']) writeFileSync(options['result-file'], JSON.stringify({ passed: 0, failed: 1 }));
  else console.log('0 passed, 1 failed');
  process.exitCode = 1;
}
