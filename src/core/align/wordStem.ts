// A deliberately light stemmer: it folds case, diacritics, possessives and English plurals, so that
// "years" meets "year" and "Việt" meets "Viet". It is idempotent (stemming a stem changes nothing),
// which the number normaliser relies on.

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Stems by word: the figures' nouns and the aligner's new words ask for the same few thousand words
 * again and again. Started over past a bound, so that a long session's vocabulary cannot grow it.
 */
const stems = new Map<string, string>();
const MAX_STEMS = 100_000;

/** The comparison form of a word: lower case, no diacritics, no possessive, plural folded. */
export function stemWord(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, stem = stemOf(word));
  }
  return stem;
}

function stemOf(word: string): string {
  let plain = (ASCII.test(word) ? word : word.normalize('NFKD').replace(/\p{M}+/gu, '')).toLowerCase();
  if (plain.includes("'") || plain.includes('’')) plain = plain.replace(/['’]s$/, '').replace(/['’]/g, '');
  return foldPlural(plain);
}

function foldPlural(word: string): string {
  if (word.length < 4 || !word.endsWith('s')) return word;
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && /(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  return word.slice(0, -1);
}
