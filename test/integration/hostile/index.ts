// The test module of the second launch (scripts/vscode/run-tests.mjs): the suites beside it, run on
// the hostile corpus, recording unhandled rejections from the start; untouched.test.js runs last, as
// it checks what all the others left behind.
import { runSuitesIn } from '../index';
import { recordUnhandledRejections } from './unhandledRejections';

export function run(): Promise<void> {
  recordUnhandledRejections();
  return runSuitesIn(__dirname, ['untouched.test.js']);
}
