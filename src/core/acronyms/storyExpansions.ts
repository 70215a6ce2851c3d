// Acronyms that the versions of one story spell out two ways, each way fitting the letters:
// "Riverside Energy Authority (REA)" in one version, "Riverside Energy Association (REA)" in the
// others. One organisation has one name, so at most one of them is right. Only within a story:
// across a corpus one acronym stands for many names. Long forms that differ only in spelling
// (defence/defense), case, accents, hyphens and spaces ("South East"/"Southeast") or function words
// ("of the"), apostrophes or a plural s ("Guards"/"Guard") are one name. Two names count as one
// body's only when they share two content words and differ in one at most ("Authority"/"Association"):
// names further apart are two bodies behind one acronym, or versions of different stories grouped
// together, and not the slip an editor wants pointed at.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { analyzeSpelling } from '../spelling/spellingClasses';
import type { AcronymDefinition } from './acronymDefinitions';
import { documentAcronyms } from './documentAcronyms';
import { STOP_WORDS } from '../text/stopWords';
import { isFunctionWord, phraseText } from './phraseWords';

const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’]/g;
/** Content words two names of one body share at least: one alone ("Party", "Council") may be chance. */
const MIN_SHARED = 2;

export interface ExpansionConflict {
  /** A definition whose long form other versions of its story write otherwise. */
  definition: AcronymDefinition;
  /** The other versions' definitions, the name most of them write first. */
  others: AcronymDefinition[];
  /** Those of them that write the name the finding gives: the most written one. */
  named: AcronymDefinition[];
  /** Whether more versions of the story write that name than any other: it is then the fix. */
  majority: boolean;
}

/** One name a story gives an acronym: its definitions and the documents they are in. */
interface Expansion {
  words: Set<string>;
  definitions: AcronymDefinition[];
  documents: Set<AnalyzedDocument>;
}

/** The conflicts of one story's versions, in their order. */
export function storyExpansionConflicts(versions: readonly AnalyzedDocument[]): ExpansionConflict[] {
  if (versions.length < 2) return [];
  const byAcronym = new Map<string, Map<string, Expansion>>();
  for (const doc of versions) {
    for (const definition of documentAcronyms(doc).definitions) if (definition.fits) add(byAcronym, definition);
  }
  const out: ExpansionConflict[] = [];
  for (const expansions of byAcronym.values()) if (expansions.size > 1) out.push(...conflictsOf([...expansions.values()]));
  const rank = new Map(versions.map((doc, i) => [doc, i]));
  return out.sort((a, b) => rank.get(a.definition.doc)! - rank.get(b.definition.doc)! || a.definition.span.start - b.definition.span.start);
}

function add(byAcronym: Map<string, Map<string, Expansion>>, definition: AcronymDefinition): void {
  let expansions = byAcronym.get(definition.acronym);
  if (!expansions) byAcronym.set(definition.acronym, (expansions = new Map()));
  const words = contentWords(definition);
  const key = words.join('');
  let expansion = expansions.get(key);
  if (!expansion) expansions.set(key, (expansion = { words: new Set(words), definitions: [], documents: new Set() }));
  expansion.definitions.push(definition);
  expansion.documents.add(definition.doc);
}

/** The content words of a long form as names are compared; run together they tell one name from another. */
function contentWords(definition: AcronymDefinition): string[] {
  return definition.longForm.filter((w) => !isFunctionWord(w)).map((w) => plainWord(w.text));
}

/**
 * Whether a long form and a name are one name written two ways ("Viet Nam Football Federation",
 * "Vietnam Football Federation"): the same content words run together, as storyExpansionConflicts
 * compares them; or the name's own acronym spelled out in the long form ("European Union-Viet Nam
 * Free Trade Agreement" for "EU-Vietnam Free Trade Agreement"); or the long form adding where the
 * body is ("General Statistics Office of Vietnam" for "General Statistics Office").
 */
export function sameNameWritten(definition: AcronymDefinition, name: string): boolean {
  const words = name.split(/[\s\-‐‑]+/).filter((w) => w && !STOP_WORDS.has(w.toLowerCase()));
  const mine = contentWords(definition);
  if (mine.join('') === words.map(plainWord).join('')) return true;
  let at = 0;
  for (const word of words) {
    const plain = plainWord(word);
    if (NESTED_ACRONYM.test(word) && mine.slice(at, at + word.length).map((w) => w[0]).join('') === plain) {
      at += word.length;
      continue;
    }
    let joined = '';
    while (at < mine.length && joined.length < plain.length) joined += mine[at++];
    if (joined !== plain) return false;
  }
  return at === mine.length || placeAfter(definition, at);
}

/** An acronym inside a name ("EU" of "EU-Vietnam Free Trade Agreement"). */
const NESTED_ACRONYM = /^\p{Lu}{2,4}$/u;
/** Words a name may add to say where the body is: "of Vietnam", "of Viet Nam". */
const MAX_PLACE_WORDS = 2;

/** Whether the long form's content words from the `from`-th on are "of <Place>" closing it. */
function placeAfter(definition: AcronymDefinition, from: number): boolean {
  const content = definition.longForm.filter((w) => !isFunctionWord(w));
  const rest = content.slice(from);
  if (!rest.length || rest.length > MAX_PLACE_WORDS || !rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text))) return false;
  const at = definition.longForm.indexOf(rest[0]);
  return at > 0 && definition.longForm[at - 1].text.toLowerCase() === 'of';
}

/**
 * `definition` as written, with the one content word that tells its name from `preferred`'s
 * replaced by that name's word ("Regional Defence Authority" for "Regional Defense Association",
 * the version keeping its own spelling); the whole preferred name where they differ otherwise.
 */
export function changedToName(definition: AcronymDefinition, preferred: AcronymDefinition): string {
  const { block, from, to, longFrom, longTo } = definition;
  const mine = definition.longForm.filter((w) => !isFunctionWord(w));
  const theirs = preferred.longForm.filter((w) => !isFunctionWord(w));
  const differing = mine.map((w, i) => i).filter((i) => plainWord(mine[i].text) !== plainWord(theirs[i]?.text ?? ''));
  if (mine.length !== theirs.length || differing.length !== 1) {
    return block.text.slice(from, longFrom) + phraseText(preferred.longForm) + block.text.slice(longTo, to);
  }
  const word = mine[differing[0]];
  return block.text.slice(from, word.from) + theirs[differing[0]].text + block.text.slice(word.to, to);
}

/**
 * A word as a name is compared: lower case, without accents or apostrophes, in American spelling,
 * singular ("People’s" and "Peoples" are "people"; "Guards Corps" is "Guard Corps").
 */
function plainWord(word: string): string {
  const plain = analyzeSpelling(word.normalize('NFD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, '')).us;
  return plain.length > 3 && plain.endsWith('s') && !plain.endsWith('ss') ? plain.slice(0, -1) : plain;
}

function conflictsOf(expansions: Expansion[]): ExpansionConflict[] {
  expansions.sort((a, b) => b.documents.size - a.documents.size);
  const [first, second] = expansions;
  const preferred = first.documents.size > second.documents.size ? first : undefined;
  const out: ExpansionConflict[] = [];
  for (const expansion of expansions) {
    if (expansion === preferred) continue;
    const others = expansions.filter((e) => e !== expansion && oneBody(e, expansion));
    if (!others.length) continue;
    const elsewhere = (d: AcronymDefinition) => !expansion.documents.has(d.doc);
    const written = others.map((e) => e.definitions.filter(elsewhere));
    const named = written.find((definitions) => definitions.length);
    if (!named) continue;
    const majority = preferred !== undefined && others.indexOf(preferred) === written.indexOf(named);
    for (const definition of expansion.definitions) out.push({ definition, others: written.flat(), named, majority });
  }
  return out;
}

/**
 * Whether two names differ in one content word at most, sharing two at least; or, in names of two
 * words, one, when the other two begin alike ("Intergovernmental Committee", "Intergovernmental
 * Commission"): one word of a name slipping into its neighbour in the dictionary.
 */
function oneBody(a: Expansion, b: Expansion): boolean {
  // a version that spells the acronym out both ways names two bodies ("European Commission (EC)", "European Community (EC)")
  for (const doc of a.documents) if (b.documents.has(doc)) return false;
  let shared = 0;
  for (const word of a.words) if (b.words.has(word)) shared++;
  if (shared >= MIN_SHARED) return shared >= Math.max(a.words.size, b.words.size) - 1;
  return a.words.size === 2 && b.words.size === 2 && shared === 1 && slippedWord(a.words, b.words);
}

/** Letters two words of one name slipping into each other begin with alike. */
const SLIP_PREFIX = 4;

function slippedWord(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const x = [...a].find((w) => !b.has(w)), y = [...b].find((w) => !a.has(w));
  return !!x && !!y && x.length > SLIP_PREFIX && y.length > SLIP_PREFIX && x.slice(0, SLIP_PREFIX) === y.slice(0, SLIP_PREFIX);
}
