// The one way CLI and extension build an engine: every rule, the given house style and word list.
import { defaultHouseStyle, type HouseStyle } from '../config/houseStyle';
import type { Lexicon } from '../lexicon/lexicon';
import { createRules } from '../rules';
import type { SourceDocument } from '../types';
import type { AnalyzedDocument } from './analyzedDocument';
import { Corpus } from './corpus';

export interface EngineOptions {
  style?: HouseStyle;
  /** English words; without it the rules that need a dictionary do less. */
  lexicon?: Lexicon;
  /** How a document is analysed, when not here and now (the CLI's analysis threads). */
  analyze?: (doc: SourceDocument) => AnalyzedDocument;
}

export function createCorpus(options: EngineOptions = {}): Corpus {
  return new Corpus(createRules(options.lexicon), options.style ?? defaultHouseStyle(), options.analyze);
}
