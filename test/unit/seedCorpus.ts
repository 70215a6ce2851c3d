// The bundled sample corpus, read once for the tests that check behaviour on real scraped pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceDocument } from '../../src/core/types';

/** The repository's seeds/ folder, found upwards from the bundled test (or from the working directory). */
export const SEEDS_DIR = findUp(__dirname) ?? path.resolve('seeds');

function findUp(from: string): string | undefined {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'seeds')) && existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'seeds');
  }
  return undefined;
}

export function seedDocuments(): SourceDocument[] {
  return readdirSync(SEEDS_DIR).sort().map((name) => ({ path: name, text: readFileSync(path.join(SEEDS_DIR, name), 'utf8') }));
}

export function seed(prefix: string): SourceDocument {
  const doc = seedDocuments().find((d) => d.path.startsWith(prefix));
  if (!doc) throw new Error(`no seed ${prefix}`);
  return doc;
}
