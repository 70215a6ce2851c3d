// What a spelling of a word chooses, and the key its other spellings share. The key removes
// every choice: pieces joined (no hyphen, no space), British patterns made American, one
// inflection cut. The signature keeps them: where the word is split and which patterns it spells
// the British way. "programmes" and "program" share the key; "programs" has another signature.
import type { Lexicon } from '../lexicon/lexicon';
import { analyzeSpelling } from './spellingClasses';

export interface SpellingChoice {
  /** Group key; occurrences inside a longer name prefix the key of that name. */
  key: string;
  /** American spelling with its inflection, pieces joined ("vietnam", "prioritized"). */
  normal: string;
  /** Patterns spelled the British way ("ise"); none for the American spelling. */
  british: string[];
  /** Split points (in the American spelling) and British patterns, e.g. "5|" or "|ise". */
  signature: string;
}

/** The choice made by a word written as these lower-case pieces (["cyber", "security"]). */
export function spellingChoice(parts: readonly string[], lexicon?: Lexicon): SpellingChoice {
  const spelled = parts.map((p) => analyzeSpelling(p, lexicon));
  const british = [...new Set(spelled.flatMap((s) => s.british))].sort();
  let length = 0;
  const splits = spelled.slice(0, -1).map((s) => (length += s.us.length));
  const normal = spelled.map((s) => s.us).join('');
  return { key: stem(normal), normal, british, signature: `${splits.join(',')}|${british.join(',')}` };
}

/** Cuts one inflection, so "programmes" and "program", "prioritised" and "prioritizing" meet. */
export function stem(word: string): string {
  const cut = word.replace(/(?:ing|ed|es|e|s)$/, '');
  return cut.length >= 4 ? cut : word;
}
