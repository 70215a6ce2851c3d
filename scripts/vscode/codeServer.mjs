// Starts code-server (VS Code's server and web workbench) on 127.0.0.1 for the test runner and for
// `npm start`, and builds the workbench URL that loads Wirecheck as a development extension.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

// A quiet workbench that never waits for the network (these machines have none).
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'window.commandCenter': false,
  // the test corpus sits in a temporary folder or inside this repository: no Git prompt about it
  'git.openRepositoryInParentFolders': 'never',
};

/** A TCP port on 127.0.0.1 nobody listens on: `preferred` when it is free, else one the OS picks. */
export async function freePort(preferred = 0) {
  try {
    return await listenOnce(preferred);
  } catch {
    return listenOnce(0);
  }
}

function listenOnce(port) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      server.close(() => resolve(bound));
    });
  });
}

/**
 * Starts code-server with its state under `stateDir`. Resolves once it answers /healthz.
 * `onOutput` receives code-server's own log; `onExit` fires if it stops by itself.
 */
export async function startCodeServer({ rig, stateDir, port, onOutput = () => {}, onExit = () => {} }) {
  const userDataDir = path.join(stateDir, 'user-data');
  const extensionsDir = path.join(stateDir, 'extensions');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const authority = `127.0.0.1:${port}`;
  const args = [
    path.join(rig.dir, 'out/node/entry.js'),
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--bind-addr', authority, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    // the built workbench honours ?payload= (development extension, test module) only with this
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const child = spawn(rig.node, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VSCODE_PROXY_URI: '' } });
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  let stopping = false;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  exited.then((code) => { if (!stopping) onExit(code); });
  const base = `http://${authority}`;
  await untilHealthy(base, exited);
  const stop = async () => {
    stopping = true;
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const forced = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(forced);
  };
  return { authority, base, stop };
}

async function untilHealthy(base, exited) {
  let gone = false;
  exited.then(() => { gone = true; });
  while (!gone) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('code-server stopped before it answered');
}

/**
 * The workbench URL opening `folder` with the given development extensions and, for a test run,
 * the test module run by the extension host (paths on this machine, seen through the remote).
 */
export function workbenchUrl({ base, authority, folder, extensions = [], testsModule }) {
  const remote = (file) => `vscode-remote://${authority}${path.resolve(file)}`;
  const payload = extensions.map((dir) => ['extensionDevelopmentPath', remote(dir)]);
  if (testsModule) payload.push(['extensionTestsPath', remote(testsModule)]);
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  const query = new URLSearchParams();
  if (folder) query.set('folder', path.resolve(folder));
  else query.set('ew', 'true');
  query.set('payload', JSON.stringify(payload));
  return `${base}/?${query}`;
}
