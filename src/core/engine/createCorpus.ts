// The one way CLI and extension build an engine: every rule, the given house style and word list.
import { defaultHouseStyle, type HouseStyle } from '../config/houseStyle';
import type { Lexicon } from '../lexicon/lexicon';
import { createRules } from '../rules';
import { Corpus } from './corpus';

export interface EngineOptions {
  style?: HouseStyle;
  /** English words; without it the rules that need a dictionary do less. */
  lexicon?: Lexicon;
}

export function createCorpus(options: EngineOptions = {}): Corpus {
  return new Corpus(createRules(options.lexicon), options.style ?? defaultHouseStyle());
}
