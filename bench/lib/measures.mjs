// The benchmark's measurements, each in its own child process: the CLI check, the in-process
// stage runs (bench/stages.mjs), textlint with textlint-rule-terminology, and the activation time
// the integration rig logs.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { childStderr, runMeasured } from './child.mjs';

const node = process.execPath;

/** Five term pairs a house style might hold, as textlint-rule-terminology takes them. */
export const TEXTLINT_TERMS = [['Vietnam', 'Viet Nam'], ['defense', 'defence'], ['cyber-security', 'cybersecurity'],
  ['programs', 'programmes'], ['Sergei Shoigu', 'Sergey Shoigu']];

/** Bundles bench/engineEntry.ts into out/bench/engine.js, with the word list the engine reads beside it. */
export async function bundleEngine(repoRoot) {
  const outdir = path.join(repoRoot, 'out/bench');
  mkdirSync(outdir, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'bench/engineEntry.ts')], outfile: path.join(outdir, 'engine.js'),
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, mainFields: ['module', 'main'],
    sourcemap: true, logLevel: 'warning', external: ['vscode'],
  });
  cpSync(path.join(repoRoot, 'dist/words.txt'), path.join(outdir, 'words.txt'));
  return outdir;
}

const failure = (result) => (result.timedOut ? 'timed out' : `exit ${result.code ?? result.signal}: ${childStderr(result).split('\n').slice(-3).join(' ')}`);

/**
 * `node dist/cli.js check <dir> --format json --timings`, the report written to a file as a user
 * would; `stages` are the CLI's own timings of the run (src/cli/stageTimes.ts), [label, ms] each.
 */
export async function cliCheck(repoRoot, dir, timeoutMs) {
  const reportFile = path.join(repoRoot, 'out/bench/cli-report.json');
  const result = await runMeasured(node, ['dist/cli.js', 'check', dir, '--format', 'json', '--timings'], { cwd: repoRoot, timeoutMs, stdoutFile: reportFile });
  const ok = !result.timedOut && (result.code === 0 || result.code === 1);
  const reportBytes = ok ? statSync(reportFile).size : 0;
  rmSync(reportFile, { force: true });
  return { ok, error: ok ? undefined : failure(result), timedOut: result.timedOut, seconds: result.ms / 1000, cpuSeconds: result.cpuSeconds, mainThreadCpuSeconds: result.mainThreadCpuSeconds, peakRssMB: result.peakRssMB, reportBytes, stages: ok ? cliStages(childStderr(result)) : undefined };
}

/** The stage lines the CLI printed after "wirecheck: timings" ("  rule glued-words  1,234 ms  7.9%"), total left out. */
function cliStages(stderr) {
  const at = stderr.lastIndexOf('wirecheck: timings\n');
  if (at < 0) return undefined;
  const stages = [];
  for (const line of stderr.slice(at).split('\n').slice(1)) {
    const match = /^ {2}(.+?) +([\d,]+) ms/.exec(line);
    if (match && match[1] !== 'total') stages.push([match[1], Number(match[2].replace(/,/g, ''))]);
  }
  return stages;
}

/** One bench/stages.mjs run; resolves with its JSON, or {error}. */
export async function inProcess(repoRoot, args, timeoutMs, extraNodeArgs = []) {
  const result = await runMeasured(node, [...extraNodeArgs, '--expose-gc', 'bench/stages.mjs', ...args], { cwd: repoRoot, timeoutMs, measureRss: false });
  if (result.timedOut || result.code !== 0) return { error: failure(result), timedOut: result.timedOut, seconds: result.ms / 1000 };
  return { ...JSON.parse(result.stdout.trim().split('\n').at(-1)), seconds: result.ms / 1000 };
}

function lintedBytes(dir) {
  let bytes = 0, files = 0;
  for (const name of readdirSync(dir)) {
    if (!/\.(txt|md)$/.test(name)) continue;
    bytes += statSync(path.join(dir, name)).size;
    files++;
  }
  return { bytes, files };
}

/** textlint's CLI over the folder (it reads the .txt and .md files), terminology rule with five pairs. */
export async function textlintCheck(repoRoot, dir, timeoutMs) {
  const work = mkdtempSync(path.join(tmpdir(), 'wirecheck-textlint-'));
  try {
    const config = path.join(work, '.textlintrc.json');
    writeFileSync(config, JSON.stringify({ rules: { terminology: { defaultTerms: false, terms: TEXTLINT_TERMS } } }, null, 1));
    const output = path.join(work, 'result.json');
    const bin = path.join(repoRoot, 'node_modules/textlint/bin/textlint.js');
    const result = await runMeasured(node, [bin, '--no-color', '-c', config, '--format', 'json', '-o', output, dir], { cwd: repoRoot, timeoutMs });
    if (result.timedOut || (result.code !== 0 && result.code !== 1)) return { ok: false, error: failure(result) };
    const files = JSON.parse(readFileSync(output, 'utf8'));
    const messages = files.reduce((n, f) => n + f.messages.length, 0);
    const version = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules/textlint/package.json'), 'utf8')).version;
    return { ok: true, version, seconds: result.ms / 1000, cpuSeconds: result.cpuSeconds, peakRssMB: result.peakRssMB, filesLinted: files.length, messages, ...lintedBytes(dir) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * activate() as a real VS Code runs it: the integration rig (code-server + headless Chromium, on a
 * copy of seeds/) logs the extension's own activationMs from test/integration/corpusView.test.ts.
 */
export async function activationFromRig(repoRoot, timeoutMs) {
  const result = await runMeasured(node, ['scripts/vscode/run-tests.mjs'], { cwd: repoRoot, timeoutMs, measureRss: false });
  const match = /activate\(\) took ([\d.]+) ms/.exec(result.stdout + result.stderr);
  const counts = /(\d+) passed, (\d+) failed/.exec(result.stdout);
  if (!match) return { ok: false, error: result.timedOut ? 'timed out' : 'the rig did not log an activation time', seconds: result.ms / 1000 };
  return { ok: true, ms: Number(match[1]), seconds: result.ms / 1000, tests: counts ? `${counts[1]} passed, ${counts[2]} failed` : undefined };
}
