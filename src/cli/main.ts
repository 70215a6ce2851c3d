#!/usr/bin/env node
// wirecheck: the editor extension's checks on the command line, for CI.
// Exit codes: 0 clean, 1 findings (or more warnings than --max-warnings), 2 usage or fatal error.
import { parseArgs } from 'node:util';
import { checkCommand } from './checkCommand';
import { compareNamesCommand } from './compareNames';
import { storiesCommand } from './storiesCommand';
import { HELP, VERSION } from './help';
import { limitHeapGrowth } from './heapGrowth';
import { UsageError } from './usageError';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') { process.stdout.write(HELP); return command ? 0 : 2; }
  if (command === '--version' || command === '-v') { process.stdout.write(`${VERSION}\n`); return 0; }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      config: { type: 'string' },
      'max-warnings': { type: 'string' },
      'max-file-size': { type: 'string' },
      threads: { type: 'string' },
      timings: { type: 'boolean' },
    },
  });
  // options another command would silently ignore are refused, so a CI script does not trust them
  if (values.timings && command !== 'check') throw new UsageError('--timings is an option of check');
  if (values['max-warnings'] !== undefined && command !== 'check') throw new UsageError('--max-warnings is an option of check');
  const write = (s: string) => process.stdout.write(s);
  switch (command) {
    case 'check': return checkCommand(positionals, values, write);
    case 'stories': return storiesCommand(positionals, values, write);
    case 'compare-names':
      if (positionals.length !== 1) throw new UsageError('compare-names takes one CSV file');
      return compareNamesCommand(positionals[0], (line) => write(line + '\n'));
    default: throw new UsageError(`unknown command "${command}"`);
  }
}

/**
 * Output that cannot be written (a full disk, a closed pipe) is a fatal error, exit 2, told in one
 * line instead of Node's stack trace and exit 1, which CI reads as "findings". A reader that stops
 * early (`| head`, quitting `less`) closed the pipe on purpose, and hears nothing.
 */
function failOnOutputError(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') process.stderr.write(`wirecheck: could not write the output: ${err.message}\n`);
    process.exit(2);
  });
}

limitHeapGrowth();
failOnOutputError();
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    const usage = err instanceof UsageError || (err as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`wirecheck: ${err instanceof Error ? err.message : String(err)}\n${usage ? 'Run "wirecheck --help" for usage.\n' : ''}`);
    process.exitCode = 2;
  },
);
