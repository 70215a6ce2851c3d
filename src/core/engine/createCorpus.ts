// The one way CLI and extension build an engine: all rules, the given house style.
import { defaultHouseStyle, type HouseStyle } from '../config/houseStyle';
import { ALL_RULES } from '../rules';
import { Corpus } from './corpus';

export function createCorpus(style: HouseStyle = defaultHouseStyle()): Corpus {
  return new Corpus(ALL_RULES, style);
}
