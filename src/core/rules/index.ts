// Every rule Wirecheck runs, in the order their findings are listed. Rules that need to know
// English words take the lexicon the front end loaded (the engine reads no files).
import type { Rule } from '../engine/rule';
import type { Lexicon } from '../lexicon/lexicon';
import { createAcronymMismatch } from './acronymMismatch';
import { dateConflict } from './dateConflict';
import { createGluedWordsRule } from './gluedWords';
import { UnknownWords } from './gluedWords/unknownWords';
import { createNameVariant } from './nameVariant';
import { numberConflict } from './numberConflict';
import { createTypoRule } from './typo';
import { createSecondReference } from './secondReference';
import { createSpellingVariant } from './spellingVariant';
import { weekdayMismatch } from './weekdayMismatch';

export function createRules(lexicon?: Lexicon): Rule[] {
  // glued-words and typo read the same words no dictionary knows
  const unknownWords = lexicon && new UnknownWords(lexicon);
  return [
    createNameVariant(), createSpellingVariant(lexicon), dateConflict, weekdayMismatch, numberConflict,
    createGluedWordsRule(lexicon, unknownWords), createAcronymMismatch(), createTypoRule(lexicon, unknownWords),
    createSecondReference(),
  ];
}
