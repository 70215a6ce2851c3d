#!/usr/bin/env node
// `npm test`: type-check, unit tests (plain Node), integration tests (a real VS Code). Every stage
// runs even when an earlier one failed; the output ends with one line "N passed, N failed" totalling
// the unit and integration tests (a failed type-check or build counts as one failure), and the exit
// code is non-zero when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const scratch = mkdtempSync(path.join(tmpdir(), 'wirecheck-test-'));

/** Runs a command with its output shown live; resolves with the exit code and the output. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const relay = (target) => (chunk) => { output += chunk; target.write(chunk); };
    child.stdout.on('data', relay(process.stdout));
    child.stderr.on('data', relay(process.stderr));
    child.on('error', (err) => { output += String(err); });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

function banner(title) {
  console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}`);
}

async function typeCheck() {
  banner('type-check: tsc --noEmit');
  const { code } = await run(bin('tsc'), ['--noEmit', '-p', '.']);
  return code === 0 ? { passed: 0, failed: 0, note: 'clean' } : { passed: 0, failed: 1, note: 'type errors' };
}

function unitTestSources(dir = path.join(root, 'test/unit')) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.test.ts'));
}

async function build() {
  banner('build: node scripts/build.mjs --tests');
  // stale bundles of deleted or renamed tests must not run
  rmSync(path.join(root, 'out/test'), { recursive: true, force: true });
  return (await run(process.execPath, ['scripts/build.mjs', '--tests'])).code === 0;
}

async function unitTests(built) {
  banner('unit tests: mocha out/test/unit/**/*.test.js');
  if (!unitTestSources().length) return { passed: 0, failed: 0, note: 'no unit tests yet' };
  if (!built) return { passed: 0, failed: 0, note: 'not run: the build failed' };
  const { code, output } = await run(bin('mocha'), ['--reporter', 'spec', '--no-color', 'out/test/unit/**/*.test.js']);
  const count = (word) => Number(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'm').exec(output)?.[1] ?? 0);
  const passed = count('passing');
  let failed = count('failing');
  if (code !== 0 && failed === 0) failed = 1; // mocha stopped before counting (e.g. a test file threw on load)
  return { passed, failed };
}

async function integrationTests(built) {
  banner('integration tests: a real VS Code (scripts/vscode/run-tests.mjs)');
  const resultFile = path.join(scratch, 'integration.json');
  const args = ['scripts/vscode/run-tests.mjs', '--result-file', resultFile];
  if (built) args.push('--no-build');
  const { code } = await run(process.execPath, args);
  const counts = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : { passed: 0, failed: 0 };
  if (code !== 0 && !counts.failed) counts.failed = 1;
  return { passed: counts.passed, failed: counts.failed, note: counts.seconds ? `${counts.seconds}s` : undefined };
}

function summaryOf({ passed, failed, note }, countsTests) {
  const verdict = failed ? 'FAILED' : 'ok';
  const counts = countsTests ? `${passed} passed, ${failed} failed` : verdict;
  return note ? `${counts} (${note})` : counts;
}

const results = {};
results['type-check'] = await typeCheck();
const built = await build();
results.build = built ? { passed: 0, failed: 0 } : { passed: 0, failed: 1, note: 'esbuild errors' };
results.unit = await unitTests(built);
results.integration = await integrationTests(built);
rmSync(scratch, { recursive: true, force: true });

banner('summary');
console.log(`type-check   ${summaryOf(results['type-check'], false)}`);
console.log(`build        ${summaryOf(results.build, false)}`);
console.log(`unit         ${summaryOf(results.unit, true)}`);
console.log(`integration  ${summaryOf(results.integration, true)}`);
const total = Object.values(results).reduce((sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed }), { passed: 0, failed: 0 });
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 ? 1 : 0;
