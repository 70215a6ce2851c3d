// The most plausible reading of a word as several words, by word frequency: "arequest" reads
// "a request" rather than "are quest", "atBlackRock" "at BlackRock" when the corpus writes
// BlackRock. A word-segmentation search (lowest total cost), where a word costs more the rarer it
// is in the corpus (or in English, for the commonest words), a dictionary word the corpus never
// writes costs more, and a name the corpus never writes alone ("Vasilyevich") costs most and must
// stand between case changes.
import { commonWordRank } from '../../lexicon/commonWords';
import { isWrittenAlone, type GlueEvidence } from './glue';
import { FUNCTION_WORDS } from './glueWords';

const PIECE_COST = 1;
const UNSEEN_WORD_COST = 2;
const SHORT_UNSEEN_WORD_COST = 3;
const UNKNOWN_NAME_COST = 8;
/** Function words are frequent in any text, however small the corpus. */
const FUNCTION_WORD_COST = 4;
/** The cost of the commonest English words grows with their rank (Zipf). */
const COMMON_WORD_COST = 1;
/** Costs as in a corpus of at least e^10 words: in a small one a rare word would look common. */
const MIN_LOG_CORPUS_SIZE = 10;
/**
 * The size is read in quarters of its logarithm (steps of a quarter more words or so): an edit
 * seldom moves it, so the readings judged before the edit still stand after it.
 */
const SIZE_STEPS_PER_LOG = 4;

/** What every piece of a reading costs in a corpus of so many words: the log of its size, coarsely. */
export function corpusSizeCost(words: number): number {
  const steps = Math.round(Math.log(words + 1) * SIZE_STEPS_PER_LOG);
  return Math.max(steps / SIZE_STEPS_PER_LOG, MIN_LOG_CORPUS_SIZE);
}

/** The pieces of the cheapest reading of two pieces or more, or undefined when none reads. */
export function readingOf(word: string, ev: GlueEvidence): string[] | undefined {
  const caseChanges = caseChangesOf(word);
  if (caseChanges.size === 0 && !endsInWord(word, ev)) return undefined;
  const total = corpusSizeCost(ev.vocabulary.total);
  const cost = new Float64Array(word.length + 1).fill(Infinity);
  const from = new Int32Array(word.length + 1).fill(-1);
  cost[0] = 0;
  for (let end = 1; end <= word.length; end++) {
    for (let start = 0; start < end; start++) {
      if (cost[start] === Infinity || (start === 0 && end === word.length)) continue;
      const endsAtCaseChange = end === word.length || caseChanges.has(end);
      const piece = pieceCost(word.slice(start, end), endsAtCaseChange, hasCaseChange(caseChanges, start, end), total, ev);
      if (cost[start] + piece < cost[end]) {
        cost[end] = cost[start] + piece;
        from[end] = start;
      }
    }
  }
  if (cost[word.length] === Infinity) return undefined;
  const pieces: string[] = [];
  for (let end = word.length; end > 0; end = from[end]) pieces.unshift(word.slice(from[end], end));
  return pieces;
}

// Most unknown words are names of one piece (Shoigu, Nguyen): without a word at its end, a word
// without a case change has no reading, and this costs far less than the search.
function endsInWord(word: string, ev: GlueEvidence): boolean {
  for (let start = 1; start < word.length; start++) {
    const tail = word.slice(start);
    if (tail === 'a' || FUNCTION_WORDS.has(tail) || (tail.length >= 3 && (ev.lexicon.has(tail) || isWrittenAlone(tail, ev)))) return true;
  }
  return false;
}

/** Positions where a lowercase letter meets a capital: "the|Communist". */
export function caseChangesOf(word: string): Set<number> {
  const changes = new Set<number>();
  for (const m of word.matchAll(/(?<=\p{Ll}\p{M}*)\p{Lu}/gu)) changes.add(m.index ?? 0);
  return changes;
}

function hasCaseChange(changes: ReadonlySet<number>, start: number, end: number): boolean {
  for (const c of changes) if (c > start && c < end) return true;
  return false;
}

// Validity first, frequencies only for pieces that can be words: this runs for every substring.
function pieceCost(piece: string, endsAtCaseChange: boolean, spansCaseChange: boolean, total: number, ev: GlueEvidence): number {
  // a brand the corpus writes ("BlackRock") is one word, not two
  if (spansCaseChange) return isWrittenAlone(piece, ev) ? rarity(piece, total, ev) : Infinity;
  // "a" too ("arequest", "withadinner"): the joins around it decide whether it is one (not Sing|a|pore)
  if (piece === 'a' || FUNCTION_WORDS.has(piece.toLowerCase())) return cappedRarity(piece, Math.min(PIECE_COST + FUNCTION_WORD_COST, commonCost(piece)), total, ev);
  if (piece.length < 3) return Infinity;
  // without a case change inside, a piece is lowercase or capitalised by its first letter
  const capitalised = piece[0] !== piece[0].toLowerCase();
  if (ev.lexicon.has(piece) || isWrittenAlone(piece, ev)) return cappedRarity(piece, commonCost(piece), total, ev, unseenCost);
  // a name the corpus never writes alone ("Vasilyevich") must end where the capitals say
  return capitalised && endsAtCaseChange ? rarity(piece, total, ev) + UNKNOWN_NAME_COST : Infinity;
}

function commonCost(piece: string): number {
  const rank = commonWordRank(piece);
  return rank === undefined ? Infinity : PIECE_COST + COMMON_WORD_COST + Math.log(rank);
}

function rarity(piece: string, total: number, ev: GlueEvidence): number {
  return rarityAt(ev.vocabulary.frequency(piece), total);
}

function rarityAt(frequency: number, total: number): number {
  return PIECE_COST + total - Math.log(frequency + 1);
}

/**
 * The rarity (and surcharge) of a piece, or the cap when that is less. Frequencies too low to bring
 * the rarity under the cap all cost the cap, so they are not read exactly: the judgements of words
 * made of common pieces stand when an edit writes "a" or "in" once more.
 */
function cappedRarity(piece: string, cap: number, total: number, ev: GlueEvidence, surcharge?: (piece: string, frequency: number) => number): number {
  const frequency = ev.vocabulary.frequencyAtLeast(piece, rarestUnderCap(cap, total));
  if (frequency === undefined) return cap;
  return Math.min(rarityAt(frequency, total) + (surcharge?.(piece, frequency) ?? 0), cap);
}

/** A frequency below which the rarity is surely above the cap (one less than the exact bound, for rounding). */
function rarestUnderCap(cap: number, total: number): number {
  return Math.floor(Math.exp(PIECE_COST + total - cap)) - 1;
}

function unseenCost(piece: string, frequency: number): number {
  if (frequency > 0) return 0;
  return piece.length <= 3 ? SHORT_UNSEEN_WORD_COST : UNSEEN_WORD_COST;
}
