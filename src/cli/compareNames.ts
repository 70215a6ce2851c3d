// `wirecheck compare-names <file.csv>`: compares the two names on each row and prints one JSON
// line per row, {"name1","name2","same","score"}, so that benchmarks and scripts can consume it.
import { readFile } from 'node:fs/promises';
import { compareNames } from '../core/names/compareNames';
import { parseCsv } from './csv';

const EXIT_OK = 0;
const EXIT_UNREADABLE = 2;

const isHeader = (record: readonly string[]): boolean =>
  record[0]?.trim().toLowerCase() === 'name1' && record[1]?.trim().toLowerCase() === 'name2';

/** One output line for a pair of names. */
export function comparisonLine(name1: string, name2: string): string {
  const { same, score } = compareNames(name1, name2);
  return JSON.stringify({ name1, name2, same, score: Math.round(score * 100) / 100 });
}

const toStderr = (message: string): void => { process.stderr.write(`${message}\n`); };

/**
 * Compares the first two cells of each data row of a CSV file, writing one line per row; returns
 * the process exit code. Problems go to `warn` (standard error unless given).
 */
export async function compareNamesCommand(
  csvPath: string,
  write: (line: string) => void,
  warn: (message: string) => void = toStderr,
): Promise<number> {
  let text: string;
  try {
    text = await readFile(csvPath, 'utf8');
  } catch (error) {
    warn(`wirecheck compare-names: cannot read ${csvPath}: ${(error as Error).message}`);
    return EXIT_UNREADABLE;
  }
  const records = parseCsv(text);
  const rows = records.length > 0 && isHeader(records[0]) ? records.slice(1) : records;
  for (const row of rows) {
    if (row.length >= 2) write(comparisonLine(row[0], row[1]));
  }
  return EXIT_OK;
}
