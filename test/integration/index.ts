// The test module VS Code's extension host loads (extensionTestsPath): runs every *.test.js bundle
// beside it with mocha (BDD), so a new suite is just a new test/integration/<name>.test.ts.
// (hostile/index.ts runs the suites of the second launch, on the hostile corpus, the same way.)
import { readdirSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  return runSuitesIn(__dirname);
}

/** Runs every *.test.js in `folder`, in name order except `last` (run at the end, in that order). */
export async function runSuitesIn(folder: string, last: readonly string[] = []): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  const found = readdirSync(folder).filter((name) => name.endsWith('.test.js')).sort();
  const suites = [...found.filter((name) => !last.includes(name)), ...last.filter((name) => found.includes(name))];
  for (const name of suites) mocha.addFile(path.join(folder, name));
  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats ?? emptyStats()));
  });
  const counts = { passed: stats.passes, failed: stats.failures, pending: stats.pending, suites: suites.length };
  // run-vscode.mjs reads this line for the closing "N passed, N failed" count
  console.log(`__RIG_RESULT__ ${JSON.stringify(counts)}`);
  if (!suites.length) throw new Error(`no *.test.js files found in ${folder}`);
  if (stats.failures > 0) throw new Error(`${stats.failures} integration test(s) failed`);
}

function emptyStats(): Mocha.Stats {
  return { suites: 0, tests: 0, passes: 0, pending: 0, failures: 0 };
}
