// Makes sure the offline VS Code (code-server on Node 24, see setup.sh) is installed and tells the
// caller where it is. setup.sh is idempotent and cached, so after the first install this takes ~1 s.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The repository's root folder. */
export const repoRoot = path.resolve(here, '..', '..');

/**
 * Runs setup.sh unless CODE_SERVER_DIR/CODE_SERVER_NODE already point at an installation, exports
 * both into process.env (children inherit them) and returns them.
 */
export function ensureRig() {
  const known = rigFromEnv();
  if (known) return known;
  const setup = spawnSync('bash', [path.join(here, 'setup.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (setup.status !== 0) throw new Error(`scripts/vscode/setup.sh failed (exit ${setup.status ?? setup.signal})`);
  for (const [, name, value] of setup.stdout.matchAll(/^export (CODE_SERVER_\w+)=(.*)$/gm)) process.env[name] = value.trim();
  const installed = rigFromEnv();
  if (!installed) throw new Error(`scripts/vscode/setup.sh did not print a usable CODE_SERVER_DIR/CODE_SERVER_NODE:\n${setup.stdout}`);
  return installed;
}

function rigFromEnv() {
  const { CODE_SERVER_DIR: dir, CODE_SERVER_NODE: node } = process.env;
  if (!dir || !node || !existsSync(node) || !existsSync(path.join(dir, 'out/node/entry.js'))) return undefined;
  return { dir, node };
}
