// The vocabulary of an article as a bag of terms: content words folded to a crude stem, and
// numbers, which survive paraphrase and translation better than wording does.
import { STOP_WORDS } from '../text/stopWords';

const TOKEN = /[\p{L}][\p{L}'’-]*|\d[\d,.]*/gu;

export type TermCounts = Map<string, number>;

export function termCounts(texts: readonly string[]): TermCounts {
  const counts: TermCounts = new Map();
  for (const text of texts) {
    for (const match of text.matchAll(TOKEN)) {
      const term = termOf(match[0]);
      if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  return counts;
}

function termOf(token: string): string | undefined {
  if (/^\d/.test(token)) {
    const digits = token.replace(/[,.]+$/, '');
    return digits.length >= 2 ? `#${digits}` : undefined;
  }
  const lower = foldAccents(token.toLowerCase()).replace(/['’]s$/, '');
  if (lower.length < 3 || STOP_WORDS.has(lower)) return undefined;
  return stem(lower.replace(/[-'’]/g, ''));
}

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;

function foldAccents(word: string): string {
  return NON_ASCII.test(word) ? word.normalize('NFKD').replace(MARKS, '') : word;
}

/** Strips the commonest English inflections so "cooperates" and "cooperation" stay apart but "talks" and "talk" meet. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && word.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
