// The real English word list (node_modules/word-list), read once: the glue rule is only as good as
// its dictionary, so its tests use the one the CLI and the extension ship.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lexiconFromWordList, type Lexicon } from '../../../src/core/lexicon/lexicon';

const WORD_LIST = path.join('node_modules', 'word-list', 'words.txt');

let english: Lexicon | undefined;

export function englishWords(): Lexicon {
  english ??= lexiconFromWordList(readFileSync(findUp(__dirname) ?? path.resolve(WORD_LIST), 'utf8'));
  return english;
}

function findUp(from: string): string | undefined {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, WORD_LIST))) return path.join(dir, WORD_LIST);
  }
  return undefined;
}

/** A fixture of test/fixtures/gluedWords, found upwards from the bundled test. */
export function fixtureText(name: string): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'test', 'fixtures', 'gluedWords', name);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return readFileSync(path.resolve('test', 'fixtures', 'gluedWords', name), 'utf8');
}
