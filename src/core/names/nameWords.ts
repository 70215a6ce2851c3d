// Words that occur inside written person names without being part of the person's name, and the
// particles that link name parts. All entries are in folded form (see foldName).

/**
 * Titles, honorifics and company suffixes: dropped before matching. Titles that are also common
 * family names (King, Prince, Sen as in Hun Sen) are not listed.
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame',
  'gen', 'general', 'colonel', 'maj', 'capt', 'captain', 'lt', 'sgt', 'adm', 'admiral',
  'president', 'prasident', 'presidente', 'emir',
  'sheikh', 'shaikh', 'sheik', 'shaykh', 'haji', 'hajji', 'mullah', 'mulla', 'maulana', 'maulvi',
  'qari', 'monsieur', 'mme', 'madame', 'mlle', 'herr', 'frau', 'senor', 'senora',
  'phd', 'esq',
  'sa', 'llc', 'ltd', 'inc', 'gmbh', 'plc', 'corp',
]);

/** Generational suffixes, mapped to one spelling: they tell father and son apart. */
export const GENERATIONS: ReadonlyMap<string, string> = new Map([
  ['jr', 'jr'], ['junior', 'jr'], ['sr', 'sr'], ['senior', 'sr'], ['ii', 'ii'], ['iii', 'iii'], ['iv', 'iv'],
]);

/**
 * Linking particles, each mapped to one spelling so that transliterations agree (bin/ben/ibn,
 * al/el/ul). A particle is never evidence that two names are the same person.
 */
export const PARTICLES: ReadonlyMap<string, string> = new Map([
  ['al', 'al'], ['el', 'al'], ['ul', 'al'], ['ud', 'al'], ['ur', 'al'], ['ad', 'al'], ['as', 'al'],
  ['bin', 'bin'], ['ben', 'bin'], ['ibn', 'bin'], ['ibnu', 'bin'], ['bint', 'bint'], ['binti', 'bint'],
  ['de', 'de'], ['da', 'da'], ['di', 'di'], ['do', 'do'], ['dos', 'dos'], ['das', 'das'],
  ['del', 'del'], ['della', 'della'], ['der', 'der'], ['den', 'den'], ['van', 'van'], ['von', 'von'],
  ['le', 'le'], ['la', 'la'], ['du', 'du'], ['des', 'des'], ['zu', 'zu'], ['ter', 'ter'],
  ['na', 'na'],
]);

/** The particle spelling that marks the next token as a parent's name ("X bin Y": Y is X's father). */
export const PARENT_PARTICLE = 'bin';

/** Particles that are also given names when they open a short name (Al Gore, Ben Stiller). */
export const PARTICLES_USED_AS_GIVEN_NAMES: ReadonlySet<string> = new Set(['al', 'ben', 'van']);
