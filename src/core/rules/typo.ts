// typo: a word no dictionary knows that is one typing slip away from a word its story writes
// ("counterrpart" where the versions write "counterpart"). The story is the evidence: a slip is
// reported only when the word it should be is written in the document or another version, and
// only one such word fits. Spelling variants ("multilateralisation") are spelling-variant's, and
// capitalised words (names) are never read as slips.
import { outletLabel, type AnalyzedDocument } from '../engine/analyzedDocument';
import type { Rule } from '../engine/rule';
import type { Lexicon } from '../lexicon/lexicon';
import { spellingChoice } from '../spelling/spellingChoice';
import { WordMemo } from '../text/wordMemo';
import { slipsOf, type Slip } from '../typos/oneSlip';
import { placesWritten } from '../typos/writtenWords';
import type { Finding, Related } from '../types';
import { finding, relatedAt } from './finding';
import { UnknownWords, type UnknownWord } from './gluedWords/unknownWords';
import { KeptStoryFindings } from './keptStoryFindings';

const MAX_RELATED = 5;

const SLIP_WORDS: Record<Slip['kind'], string> = {
  added: 'a letter too many',
  dropped: 'a letter missing',
  swapped: 'two letters swapped',
  replaced: 'one letter wrong',
};

/** Shorter words are left alone: one letter off a short word is too often another word. */
const MIN_TYPO_LENGTH = 6;
const LOWERCASE_WORD = /^[a-z]+$/;

/**
 * The rule, given the English word list the front end loaded and the unknown words glued-words
 * keeps (`words`); without a word list it reports nothing. A story's findings are kept until its
 * versions or their candidate slips (which glue judgements take out) change. Words the house style
 * ignores are left out by the engine, for every rule.
 */
export function createTypoRule(lexicon?: Lexicon, words = lexicon && new UnknownWords(lexicon)): Rule {
  const kept = new KeptStoryFindings();
  // a re-check reads every document's candidates: those of a text are cut once (most have none)
  const mayBeSlips = new WeakMap<AnalyzedDocument, readonly UnknownWord[]>();
  const dictionarySlips = lexicon && new WordMemo((word) => (readsAsTwoWords(word, lexicon) ? NO_SLIPS : slipsOf(word, (w) => lexicon.has(w))));
  return {
    id: 'typo',
    defaultSeverity: 'info',
    description: 'A word no dictionary knows, one typing slip away from a word its story writes ("counterrpart" where the versions write "counterpart").',
    check(corpus) {
      if (!lexicon || !words || !dictionarySlips) return [];
      words.update(corpus);
      const candidatesOf = (doc: AnalyzedDocument): readonly UnknownWord[] => {
        let found = mayBeSlips.get(doc);
        if (!found) mayBeSlips.set(doc, (found = words.of(doc).filter((u) => mayBeSlip(u.word))));
        return found.length ? found.filter((u) => !words.isGlue(u.word)) : found;
      };
      return kept.findings(corpus, (versions) => {
        const candidates = versions.map(candidatesOf);
        return {
          key: candidates.some((list) => list.length) ? JSON.stringify(candidates.map((list) => list.map((u) => [u.word, u.span.start]))) : '',
          make: () => storyTypos(versions, candidates, dictionarySlips.getter, lexicon),
        };
      });
    },
  };
}

const NO_FINDINGS: readonly Finding[] = [];
const NO_SLIPS: readonly Slip[] = [];

/** "planis", "meetingis": two words run together that glued-words let pass are still no slip. */
function readsAsTwoWords(word: string, lexicon: Lexicon): boolean {
  for (let i = 2; i <= word.length - 2; i++) if (lexicon.has(word.slice(0, i)) && lexicon.has(word.slice(i))) return true;
  return false;
}


type SlipReader = (word: string) => readonly Slip[];

function mayBeSlip(word: string): boolean {
  return word.length >= MIN_TYPO_LENGTH && LOWERCASE_WORD.test(word);
}

function storyTypos(versions: readonly AnalyzedDocument[], candidates: readonly (readonly UnknownWord[])[], slips: SlipReader, lexicon: Lexicon): readonly Finding[] {
  const counts = new Map<string, number[]>();
  const perVersion = (word: string) => {
    let n = counts.get(word);
    if (n === undefined) counts.set(word, (n = versions.map((doc) => placesWritten(doc, word).length)));
    return n;
  };
  const written: WrittenCount = (word, outside) => perVersion(word).reduce((sum, n, k) => sum + (k === outside ? 0 : n), 0);
  const writers: WriterCount = (word, outside) => perVersion(word).filter((n, k) => n > 0 && k !== outside).length;
  const findings: Finding[] = [];
  versions.forEach((doc, i) => {
    for (const unknown of candidates[i]) {
      if (SIC_AFTER.test(doc.source.text.slice(unknown.span.end, unknown.span.end + 8))) continue;
      const slip = storySlip(unknown.word, i, slips, lexicon, written, writers);
      if (slip) findings.push(typoFinding(doc, unknown, slip, versions));
    }
  });
  return findings.length ? findings : NO_FINDINGS;
}

/** How often the story's versions write a word, all but the version numbered `outside` if given. */
type WrittenCount = (word: string, outside?: number) => number;
/** How many of the story's versions write a word, all but the version numbered `outside` if given. */
type WriterCount = (word: string, outside?: number) => number;

/**
 * The one word of the story this word (in the version numbered `version`) is a slip of. A slip is
 * made once: a word the story writes twice is how somebody spells it ("vapers" against "vapors"),
 * and the word it should be is written twice or more. A slip one version repeats ("penatly" in two
 * of its paragraphs) is one when two other versions write the word it should be.
 */
function storySlip(word: string, version: number, slips: SlipReader, lexicon: Lexicon, written: WrittenCount, writers: WriterCount): Slip | undefined {
  // the word list first: most unknown words are one slip from no word at all, and counting reads every version
  const candidates = slips(word);
  if (!candidates.length) return undefined;
  const times = written(word);
  const repeated = times === 2 && written(word, version) === 0;
  if (times !== 1 && !repeated) return undefined;
  const inStory = candidates.filter((slip) => written(slip.intended) > 0);
  if (inStory.length !== 1 || written(inStory[0].intended) < 2) return undefined;
  if (repeated && writers(inStory[0].intended, version) < 2) return undefined;
  const [slip] = inStory;
  // "organisation" for "organization", "palaeontologist" for "paleontologist" are spellings, not slips
  if (spellingChoice([word], lexicon).key === spellingChoice([slip.intended], lexicon).key || britishLetter(word, slip.intended)) return undefined;
  return slip;
}

/**
 * Whether one word has a letter more than the other where British spelling writes one: the a or o
 * of "ae" and "oe" (palaeo-, foetus), the second l of "ll" (travelled). The word list knows few of
 * these British forms, so the spelling key does not always join them.
 */
function britishLetter(a: string, b: string): boolean {
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  if (longer.length !== shorter.length + 1) return false;
  let at = 0;
  while (at < shorter.length && longer[at] === shorter[at]) at++;
  const extra = longer[at];
  return ((extra === 'a' || extra === 'o') && longer[at + 1] === 'e') || (extra === 'l' && (longer[at - 1] === 'l' || longer[at + 1] === 'l'));
}

/** "goverment [sic]": the writer marked the word as quoted as it was written. */
const SIC_AFTER = /^\s*[[(]sic[\])]/i;

function typoFinding(doc: AnalyzedDocument, unknown: UnknownWord, slip: Slip, versions: readonly AnalyzedDocument[]): Finding {
  const related: Related[] = [];
  const outlets = new Set<string>();
  let times = 0;
  for (const version of versions) {
    const places = placesWritten(version, slip.intended);
    times += places.length;
    if (places.length) outlets.add(version === doc ? 'this version' : outletLabel(version));
    for (const span of places) {
      if (related.length < MAX_RELATED) related.push(relatedAt(version, span, `"${slip.intended}" in ${version === doc ? 'this version' : outletLabel(version)}`));
    }
  }
  return finding({
    rule: 'typo',
    severity: 'info',
    message: `"${unknown.word}" looks like "${slip.intended}" with ${SLIP_WORDS[slip.kind]}: it is not in the word list, and the story writes "${slip.intended}" ${times} times (${[...outlets].join(', ')}).`,
    doc,
    span: unknown.span,
    suggestion: slip.intended,
    related,
    data: { intended: slip.intended, slip: slip.kind },
  });
}
