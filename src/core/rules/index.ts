// Every rule Wirecheck runs, in the order their findings are listed. Rules that need to know
// English words take the lexicon the front end loaded (the engine reads no files).
import type { Rule } from '../engine/rule';
import type { Lexicon } from '../lexicon/lexicon';
import { createAcronymMismatch } from './acronymMismatch';
import { dateConflict } from './dateConflict';
import { createGluedWordsRule } from './gluedWords';
import { createNameVariant } from './nameVariant';
import { numberConflict } from './numberConflict';
import { createSpellingVariant } from './spellingVariant';
import { weekdayMismatch } from './weekdayMismatch';

export function createRules(lexicon?: Lexicon): Rule[] {
  return [createNameVariant(), createSpellingVariant(lexicon), dateConflict, weekdayMismatch, numberConflict, createGluedWordsRule(lexicon), createAcronymMismatch()];
}
