// Whether one written word reads as several words run together: the most plausible reading,
// then the evidence at each join. One sure join makes the word a glue; the suggestion puts a
// space at every join that is not a brand or compound written on purpose.
import { boundaryEvidence, type BoundaryEvidence } from './boundaryEvidence';
import { isKnownWord, isWrittenAlone, STRENGTH_RANK, type Glue, type GlueEvidence } from './glue';
import { BEFORE_FIGURE, FUNCTION_WORDS, isSmallWordThenName } from './glueWords';
import { readingOf } from './readingOf';

/** Shorter words are left alone: the shortest glue worth a warning is "inthe". */
export const MIN_GLUE_LENGTH = 5;

/** A small word run into a figure: "in2030", "by20". */
const WORD_THEN_FIGURE = /^([a-z]+)(\d[\d,.]*\d)$/;

export function judgeGlue(word: string, ev: GlueEvidence): Glue | undefined {
  const figure = WORD_THEN_FIGURE.exec(word);
  if (figure) return BEFORE_FIGURE.has(figure[1]) ? { parts: [figure[1], figure[2]], strength: 'certain', kind: 'function-word' } : undefined;
  // all capitals and codes are acronyms (ASEAN, JPMorgan's "JPM"); dictionary words are words
  if (isSmallWordThenName(word)) return smallWordThenName(word, ev);
  if (word.length < MIN_GLUE_LENGTH || /\p{Lu}{2}/u.test(word) || ev.lexicon.has(word)) return undefined;
  const pieces = readingOf(word, ev);
  if (!pieces) return undefined;
  const joins = pieces.slice(1).map((right, i) => credibleJoin(word, pieces[i], right, boundaryEvidence(pieces[i], right, i === 0, ev), ev));
  // a reading of three words or more stands only if every join has a reason ("Secretary|of|the"),
  // not "multilateral|is|at|ion"
  if (joins.length > 1 && joins.some((j) => j === 'plain' || (typeof j !== 'string' && j.strength === 'unproven'))) return undefined;
  // one name the corpus has never seen may be glued to a known word (AlexanderVasilyevich); two are a brand
  if (pieces.filter((p) => !isKnownWord(p, ev)).length > 1) return undefined;
  let best: Glue | undefined;
  for (const join of joins) {
    if (typeof join === 'string') continue;
    if (!best || STRENGTH_RANK[join.strength] > STRENGTH_RANK[best.strength]) best = { parts: [], ...join };
  }
  if (best) best.parts = partsAtJoins(pieces, joins);
  return best;
}

/**
 * "inHa", "atMy", "inTra": sure when the corpus writes the name as a word of its own ("Ha Noi"),
 * likely when it is a dictionary word; a name the corpus never writes is left alone.
 */
function smallWordThenName(word: string, ev: GlueEvidence): Glue | undefined {
  const parts = [word.slice(0, 2), word.slice(2)];
  if (ev.vocabulary.documentsWith(word) > 1) return undefined;
  if (isWrittenAlone(parts[1], ev)) return { parts, strength: 'certain', kind: 'function-word' };
  return ev.lexicon.has(parts[1]) ? { parts, strength: 'likely', kind: 'function-word' } : undefined;
}

// A joined form written in other documents too is a house form, unless it joins two function words;
// a name join written twice is a brand or a name, not an accident.
function credibleJoin(word: string, left: string, right: string, join: BoundaryEvidence, ev: GlueEvidence): BoundaryEvidence {
  if (typeof join === 'string') return join;
  const functionPair = FUNCTION_WORDS.has(left.toLowerCase()) && FUNCTION_WORDS.has(right.toLowerCase());
  if (!functionPair && ev.vocabulary.documentsWith(word) > 1) return 'plain';
  if (join.kind === 'name' && ev.vocabulary.count(word) > 1) return 'plain';
  return join;
}

function partsAtJoins(pieces: readonly string[], joins: readonly BoundaryEvidence[]): string[] {
  const parts = [pieces[0]];
  joins.forEach((join, i) => {
    if (join === 'deliberate') parts[parts.length - 1] += pieces[i + 1];
    else parts.push(pieces[i + 1]);
  });
  return parts;
}
