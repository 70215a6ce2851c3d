// Runs one measured child process: wall time, peak RSS (via /usr/bin/time -v where it exists,
// else a preload that reports the child's own maxRSS), a time limit after which the child's whole
// process group is stopped, and stdout to memory or to a file.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const RSS_PRELOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'reportMaxRss.cjs');
const RSS_LINE = /^wirecheck-bench maxRSS (\d+)$/m;

/**
 * Runs `node <args>` (or another command) and resolves with {code, signal, timedOut, ms, peakRssMB,
 * cpuSeconds, mainThreadCpuSeconds, stdout, stderr}. Never rejects on a non-zero exit.
 */
export function runMeasured(command, args, { cwd, timeoutMs = Infinity, stdoutFile, measureRss = true } = {}) {
  const useTime = measureRss && existsSync(GNU_TIME);
  const isNode = command === process.execPath;
  const [file, argv] = useTime
    ? [GNU_TIME, ['-v', command, ...args]]
    : [command, measureRss && isNode ? ['--require', RSS_PRELOAD, ...args] : args];
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'pipe';
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd, stdio: ['ignore', out, 'pipe'], detached: true });
    const threads = new ThreadClock(child.pid, useTime);
    const chunks = [], errors = [];
    child.stdout?.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => errors.push(c));
    let timedOut = false;
    let hardStop;
    const timer = Number.isFinite(timeoutMs) ? setTimeout(() => {
      timedOut = true;
      // SIGINT first: GNU time ignores it while it waits, so it still reports the peak RSS so far
      signalGroup(child.pid, 'SIGINT');
      hardStop = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), 5000);
    }, Math.max(1, timeoutMs)) : undefined;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      threads.stop();
      clearTimeout(timer);
      clearTimeout(hardStop);
      if (typeof out === 'number') closeSync(out);
      const stderr = Buffer.concat(errors).toString('utf8');
      resolve({ code, signal, timedOut, ms, peakRssMB: peakRss(stderr, useTime), cpuSeconds: cpuSeconds(stderr), mainThreadCpuSeconds: threads.mainSeconds(), stdout: Buffer.concat(chunks).toString('utf8'), stderr });
    });
  });
}

/**
 * The CPU time of the measured process's main thread, read from /proc every 50 ms while it runs
 * (Linux; undefined elsewhere): the thread the other threads' work waits on, so a steadier sign of
 * what a change did than wall time on a machine whose speed drifts. Under /usr/bin/time the
 * measured process is the child of the child.
 */
class ThreadClock {
  constructor(pid, underTime) {
    this.pid = pid;
    this.underTime = underTime;
    this.last = undefined;
    // /proc counts in USER_HZ ticks, 100 a second on Linux
    this.tick = existsSync('/proc/self/task') ? 100 : undefined;
    this.timer = this.tick ? setInterval(() => this.read(), 50) : undefined;
  }

  read() {
    try {
      const pid = this.underTime ? Number(readFileSync(`/proc/${this.pid}/task/${this.pid}/children`, 'utf8').trim().split(/\s+/)[0]) : this.pid;
      if (!pid) return;
      const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
      // the name in brackets may hold ") " itself: the fields start after the last one
      const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      this.last = (Number(fields[11]) + Number(fields[12])) / this.tick;
    } catch {
      // not started yet, or gone: the last reading stands
    }
  }

  stop() {
    clearInterval(this.timer);
  }

  mainSeconds() {
    return this.last;
  }
}

/** Signals the child's process group (it was started detached, as its own group). */
function signalGroup(pid, signal) {
  try { process.kill(-pid, signal); } catch { /* already gone */ }
}

function peakRss(stderr, fromGnuTime) {
  if (fromGnuTime) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    return match ? Number(match[1]) / 1024 : undefined;
  }
  const match = RSS_LINE.exec(stderr);
  return match ? Number(match[1]) / 1024 : undefined;
}

/** User + system CPU seconds, where /usr/bin/time reported them: wall time on a busy machine overstates. */
function cpuSeconds(stderr) {
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr), system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  return user && system ? Number(user[1]) + Number(system[1]) : undefined;
}

/** The child's own stderr, without what /usr/bin/time appended. */
export function childStderr(result) {
  const at = result.stderr.indexOf('\tCommand being timed:');
  return (at >= 0 ? result.stderr.slice(0, at) : result.stderr).replace(RSS_LINE, '').trim();
}
