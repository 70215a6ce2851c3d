// The English word list that ships beside the bundles (dist/words.txt, from the word-list
// package), shared by the CLI and the extension. It is read on the first look-up, not at start-up,
// so activating the extension stays cheap.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lexiconFromWordList, type Lexicon } from '../core/lexicon/lexicon';

let loaded: Lexicon | undefined;

function load(): Lexicon {
  loaded ??= lexiconFromWordList(readFileSync(path.join(__dirname, 'words.txt'), 'utf8'));
  return loaded;
}

export const englishLexicon: Lexicon = {
  has: (word) => load().has(word),
  get size() { return load().size; },
};
