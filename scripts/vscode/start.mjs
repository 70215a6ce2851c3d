#!/usr/bin/env node
// `npm start`: builds Wirecheck, starts VS Code (code-server, offline) on 127.0.0.1 with Wirecheck
// loaded as a development extension on the repository's seeds/, and prints the URL to open in a
// browser. Runs until Ctrl-C. After changing the code: `npm run build`, then reload the browser tab.
//
//   node scripts/vscode/start.mjs [--port 8080] [--folder seeds] [--verbose]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { ensureRig, repoRoot } from './rig.mjs';

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.WIRECHECK_PORT ?? '8080' },
    folder: { type: 'string', default: path.join(repoRoot, 'seeds') },
    verbose: { type: 'boolean', default: false },
  },
});

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const rig = ensureRig();
const stateDir = mkdtempSync(path.join(tmpdir(), 'wirecheck-start-'));
let codeServerLog = '';
let codeServer;
codeServer = await startCodeServer({
  rig, stateDir, port: await freePort(Number(options.port)),
  onOutput: (chunk) => { codeServerLog += chunk; if (options.verbose) process.stderr.write(chunk); },
  onExit: (code) => { console.error(`code-server stopped (${code})\n${codeServerLog}`); cleanUpAndExit(1); },
});

async function cleanUpAndExit(code) {
  await codeServer?.stop();
  rmSync(stateDir, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => cleanUpAndExit(0));
process.on('SIGTERM', () => cleanUpAndExit(0));

const url = workbenchUrl({ ...codeServer, folder: options.folder, extensions: [repoRoot] });
console.log(`\nVS Code with Wirecheck (development build) on ${path.resolve(options.folder)}:\n\n  ${url}\n`);
console.log('Open it in a browser on this machine (the Wirecheck icon is in the activity bar). Ctrl-C stops it.');
