// A deliberately light stemmer: it folds case, diacritics, possessives and English plurals, so that
// "years" meets "year" and "Việt" meets "Viet". It is idempotent (stemming a stem changes nothing),
// which the number normaliser relies on.
import { WordMemo } from '../text/wordMemo';

const ASCII = /^[\x00-\x7f]*$/;

/**
 * The comparison form of a word: lower case, no diacritics, no possessive, plural folded. By word:
 * the figures' nouns and the aligner's new words ask for the same few thousand words again and again.
 */
export const stemWord: (word: string) => string = new WordMemo(stemOf, 100_000).getter;

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
