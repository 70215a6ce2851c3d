#!/usr/bin/env node
// Runs the integration tests inside a real VS Code, offline, through @vscode/test-electron's runTests
// pointed at code-shim (code-server + headless Chromium). Two launches:
//  - test/integration/*.test.ts on a fresh temporary copy of seeds/ (tests may edit and delete files);
//  - test/integration/hostile/*.test.ts on the hostile corpus of scripts/make-hostile-corpus.mjs,
//    made in test/fixtures/hostile with 250 tiny files and the pair of articles in
//    test/integration/hostile/fixtures/. Before VS Code starts, the CLI checks it (its report is
//    what the extension must show: RIG_HOSTILE_CLI_REPORT) and its every entry is recorded
//    (RIG_HOSTILE_SNAPSHOT): all must be the same after the run.
// Screenshots go to test-results/screenshots/ (or RIG_SCREENSHOT_DIR).
//
//   node scripts/vscode/run-tests.mjs [--no-build] [--result-file counts.json] [--only seeds|hostile]
//
// Ends with the line "N passed, N failed" and a non-zero exit code when anything failed. With
// --result-file the counts are written there as JSON instead, for scripts/test-all.mjs to total.
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { makeHostileCorpus } from '../make-hostile-corpus.mjs';
import { ensureRig, repoRoot } from './rig.mjs';

const { values: options } = parseArgs({
  options: { 'no-build': { type: 'boolean', default: false }, 'result-file': { type: 'string' }, only: { type: 'string' } },
});
const testsModule = path.join(repoRoot, 'out/test/integration/index.js');
const hostileTestsModule = path.join(repoRoot, 'out/test/integration/hostile/index.js');
const HOSTILE_DIR = path.join(repoRoot, 'test/fixtures/hostile');
const HOSTILE_PAIR = path.join(repoRoot, 'test/integration/hostile/fixtures');
/** More than one batch of the extension's scan (100 files), so a scan can be cancelled midway. */
const HOSTILE_MANY = 250;
/** Who is using test/fixtures/hostile: a second run at the same time takes a temporary folder. */
const IN_USE = '.in-use-by-pid';

function build() {
  const run = spawnSync(process.execPath, ['scripts/build.mjs', '--integration'], { cwd: repoRoot, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('building the extension and the integration tests failed');
}

/** A writable copy of seeds/ in a new temporary folder: tests may edit and delete files. */
function temporaryCorpus(scratch) {
  const corpus = path.join(scratch, 'seeds');
  cpSync(path.join(repoRoot, 'seeds'), corpus, { recursive: true });
  for (const name of readdirSync(corpus, { recursive: true })) {
    const file = path.join(corpus, name);
    chmodSync(file, statSync(file).isDirectory() ? 0o755 : 0o644);
  }
  return corpus;
}

/** The hostile corpus plus the webview's pair of articles, recorded entry by entry before VS Code starts. */
function hostileWorkspace(scratch) {
  const dir = hostileFolderInUse() ? path.join(scratch, 'hostile') : HOSTILE_DIR;
  const manifest = makeHostileCorpus(dir, { many: HOSTILE_MANY });
  for (const name of readdirSync(HOSTILE_PAIR)) copyFileSync(path.join(HOSTILE_PAIR, name), path.join(dir, name));
  writeFileSync(path.join(dir, IN_USE), String(process.pid));
  const manifestFile = path.join(scratch, 'hostile-manifest.json');
  writeFileSync(manifestFile, JSON.stringify({ ...manifest, pair: readdirSync(HOSTILE_PAIR).sort() }));
  const cliReport = path.join(scratch, 'hostile-cli-report.json');
  writeFileSync(cliReport, cliCheck(dir));
  const snapshotFile = path.join(scratch, 'hostile-snapshot.json');
  writeFileSync(snapshotFile, JSON.stringify(folderSnapshots().snapshotFolder(dir)));
  return { dir, env: { RIG_HOSTILE_MANIFEST: manifestFile, RIG_HOSTILE_SNAPSHOT: snapshotFile, RIG_HOSTILE_CLI_REPORT: cliReport } };
}

/** The CLI's JSON report on the folder, which the extension must agree with (exit 1: it has findings). */
function cliCheck(dir) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), 'check', '.', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`wirecheck check on the hostile corpus failed (exit ${run.status}): ${run.stderr}`);
  return run.stdout;
}

function hostileFolderInUse() {
  try {
    const pid = Number(readFileSync(path.join(HOSTILE_DIR, IN_USE), 'utf8'));
    process.kill(pid, 0);
    return pid !== process.pid;
  } catch {
    return false; // no marker, or its run is over
  }
}

/** test/integration/hostile/folderSnapshot.ts, bundled by the build: one implementation for both sides. */
function folderSnapshots() {
  return createRequire(import.meta.url)(path.join(repoRoot, 'out/test/integration/hostile/folderSnapshot.js'));
}

/** What changed in the hostile workspace since its snapshot, VS Code now closed: deactivation included. */
function hostileChanges({ dir, env }) {
  const { snapshotFolder, snapshotChanges } = folderSnapshots();
  return snapshotChanges(JSON.parse(readFileSync(env.RIG_HOSTILE_SNAPSHOT, 'utf8')), snapshotFolder(dir));
}

/** code-shim is what runTests launches, so it must be executable even where a checkout lost the bit. */
function executableShim() {
  const shim = path.join(repoRoot, 'scripts/vscode/code-shim');
  try { accessSync(shim, constants.X_OK); } catch { chmodSync(shim, 0o755); }
  return shim;
}

async function runSuite(tests, workspace, countsFile, env = {}) {
  const screenshots = process.env.RIG_SCREENSHOT_DIR || path.join(repoRoot, 'test-results/screenshots');
  mkdirSync(screenshots, { recursive: true });
  try {
    return await runTests({
      vscodeExecutablePath: executableShim(),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: tests,
      launchArgs: [workspace],
      extensionTestsEnv: { RIG_SCREENSHOT_DIR: path.resolve(screenshots), RIG_RESULT_FILE: countsFile, ...env },
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

async function seedsLaunch(scratch) {
  const countsFile = path.join(scratch, 'seeds-counts.json');
  return readCounts(countsFile, await runSuite(testsModule, temporaryCorpus(scratch), countsFile));
}

async function hostileLaunch(scratch) {
  const workspace = hostileWorkspace(scratch);
  const countsFile = path.join(scratch, 'hostile-counts.json');
  try {
    const counts = readCounts(countsFile, await runSuite(hostileTestsModule, workspace.dir, countsFile, workspace.env));
    const changes = hostileChanges(workspace);
    if (changes.length) console.error(`the extension run changed the hostile workspace ${workspace.dir}:\n  ${changes.join('\n  ')}`);
    return changes.length ? { ...counts, failed: counts.failed + 1 } : counts;
  } finally {
    rmSync(path.join(workspace.dir, IN_USE), { force: true });
  }
}

const LAUNCHES = { seeds: seedsLaunch, hostile: hostileLaunch };

async function main() {
  const started = Date.now();
  ensureRig();
  if (!options['no-build'] || !existsSync(testsModule) || !existsSync(hostileTestsModule)) build();
  const names = options.only ? [options.only] : Object.keys(LAUNCHES);
  if (!names.every((name) => name in LAUNCHES)) throw new Error(`--only takes one of: ${Object.keys(LAUNCHES).join(', ')}`);
  const scratch = mkdtempSync(path.join(tmpdir(), 'wirecheck-it-'));
  const counts = { passed: 0, failed: 0, pending: 0 };
  try {
    for (const name of names) {
      const launchStarted = Date.now();
      const result = await LAUNCHES[name](scratch);
      for (const key of Object.keys(counts)) counts[key] += result[key];
      console.log(`integration tests (${name}): ${result.passed} passed, ${result.failed} failed in ${((Date.now() - launchStarted) / 1000).toFixed(1)}s`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
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
