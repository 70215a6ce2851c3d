// second-reference: a Vietnamese person named in full, then by the family name alone ("Bui Thanh
// Son … Bui said"), where Vietnamese usage, and the style of the agencies that write about
// Vietnam, shorten the name to the given name ("Son"). A family name two people of the document
// share, or one that is also someone's given name, is left alone: which person it means, and so
// what it should read, is not known.
import { isCheckedBlock, outletLabel, type AnalyzedDocument } from '../engine/analyzedDocument';
import type { Rule } from '../engine/rule';
import { nameMentions } from '../mentions/nameMentions';
import { TITLES } from '../mentions/roleWords';
import { vietnameseName } from '../names/vietnameseNames';
import { blockSpan } from '../text/blockSpan';
import type { Finding, Related, Span } from '../types';
import { finding, relatedAt } from './finding';
import { KeptStoryFindings } from './keptStoryFindings';

const MAX_RELATED = 5;

/** A person of the document named in full: their given name and where the full name is written. */
interface FullName {
  name: string;
  given: string;
  spans: Span[];
}

/** The rule; a story's findings are kept until its versions change (the engine leaves out the words the house style ignores). */
export function createSecondReference(): Rule {
  const kept = new KeptStoryFindings();
  return {
    id: 'second-reference',
    defaultSeverity: 'info',
    description: 'A Vietnamese person named in full and then by the family name ("Bui" for Bui Thanh Son), where Vietnamese names are shortened to the given name ("Son").',
    check(corpus) {
      return kept.findings(corpus, (versions) => ({ key: '', make: () => versions.flatMap((doc) => familyNamesAlone(doc, versions)) }));
    },
  };
}

const peopleOf = new WeakMap<AnalyzedDocument, ReadonlyMap<string, FullName | undefined>>();
/** Most documents name no Vietnamese person in full: they share one empty map. */
const NO_PEOPLE: ReadonlyMap<string, FullName | undefined> = new Map();

/** The document's Vietnamese people by family name, read once per analysis of its text. */
function peopleByFamily(doc: AnalyzedDocument): ReadonlyMap<string, FullName | undefined> {
  let people = peopleOf.get(doc);
  if (!people) peopleOf.set(doc, (people = readPeople(doc)));
  return people;
}

/** A family name two people of the document share, or someone's given name, maps to undefined. */
function readPeople(doc: AnalyzedDocument): ReadonlyMap<string, FullName | undefined> {
  const people = new Map<string, FullName | undefined>();
  const names = nameMentions(doc);
  for (let i = 0; i < names.size; i++) {
    const form = names.formOf(i);
    const name = vietnameseName(form);
    if (!name) continue;
    const known = people.get(name.family);
    if (known === undefined && people.has(name.family)) continue;
    if (known && known.name !== form) people.set(name.family, undefined);
    else if (known) known.spans.push(names.spanOf(i));
    else people.set(name.family, { name: form, given: name.given, spans: [names.spanOf(i)] });
  }
  if (!people.size) return NO_PEOPLE;
  for (let i = 0; i < names.size; i++) {
    const form = names.formOf(i);
    const given = form.slice(form.lastIndexOf(' ') + 1);
    if (people.has(given)) people.set(given, undefined);
  }
  return people;
}

function familyNamesAlone(doc: AnalyzedDocument, versions: readonly AnalyzedDocument[]): Finding[] {
  const findings: Finding[] = [];
  for (const [family, person] of peopleByFamily(doc)) {
    if (!person || agreedFamilyName(doc, family, person, versions)) continue;
    for (const span of placesAlone(doc, family)) findings.push(secondReferenceFinding(doc, span, family, person, versions));
  }
  return findings.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Whether the other versions that name the person shorten the name to the family name too, and none
 * to the given name: a person who lives by Western usage (a Vietnamese-American salon owner,
 * "Nguyen said" in every version), not one version's slip.
 */
function agreedFamilyName(doc: AnalyzedDocument, family: string, person: FullName, versions: readonly AnalyzedDocument[]): boolean {
  const naming = versions.filter((v) => v !== doc && peopleByFamily(v).get(family)?.given === person.given);
  return naming.some((v) => placesAlone(v, family).length > 0) && ![doc, ...naming].some((v) => placesAlone(v, person.given).length > 0);
}

const CAPITALISED_WORD_AFTER = /^\s+\p{Lu}/u;
/** "the Nguyen dynasty", "the Tran", "Nguyen lords": a family or a dynasty, not a person. */
const THE_BEFORE = /\b[Tt]he\s+$/;
const LINEAGE_AFTER = /^\s+(?:dynast|famil|clan|lords?\b|emperors?\b|kings?\b|kingdom|era\b|period\b|times\b|rule\b|court\b|house\b|rulers?\b|royal|tombs?\b|lineage)/;
/** The word before a place, with the spaces after it; a title may end in a period ("Mr.", "Gen."). */
const WORD_BEFORE = /(\p{L}[\p{L}\p{M}]*\.?)\s+$/u;
const SENTENCE_END = /[.!?:"“]\s*$/;

/** Where the word is written alone: not part of a longer name ("Bui Thanh Son", "Thanh Bui"), a title before it allowed ("Minister Bui"). */
function placesAlone(doc: AnalyzedDocument, word: string): Span[] {
  const alone = wordAlone(word);
  const places: Span[] = [];
  for (const block of doc.article.blocks) {
    if (!isCheckedBlock(block)) continue;
    const { text } = block;
    for (const match of text.matchAll(alone)) {
      const from = match.index, to = from + word.length;
      if (CAPITALISED_WORD_AFTER.test(text.slice(to, to + 3)) || LINEAGE_AFTER.test(text.slice(to, to + 12))) continue;
      if (!partOfName(text, from) && !THE_BEFORE.test(text.slice(Math.max(0, from - 5), from))) places.push(blockSpan(block, from, to));
    }
  }
  return places;
}

const expressions = new Map<string, RegExp>();

/** The expression of a name word written alone, made once: a few hundred family and given names come back in every story. */
function wordAlone(word: string): RegExp {
  let expression = expressions.get(word);
  if (!expression) {
    if (expressions.size >= 10_000) expressions.clear();
    expressions.set(word, (expression = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}-])${word}(?![\\p{L}\\p{M}\\p{N}-])`, 'gu')));
  }
  return expression;
}

/** A capitalised word before the place that is no title and does not open the sentence makes it part of a name. */
function partOfName(text: string, from: number): boolean {
  const window = text.slice(Math.max(0, from - 40), from);
  const before = WORD_BEFORE.exec(window);
  // a word with a period after it is a title ("Gen.") or ends the sentence before ("met Lavrov. Bui said")
  if (!before || !/^\p{Lu}/u.test(before[1]) || before[1].endsWith('.') || TITLES.has(before[1].toLowerCase())) return false;
  const opening = window.slice(0, before.index);
  return !(opening.trim() === '' ? from - window.length === 0 : SENTENCE_END.test(opening));
}

function secondReferenceFinding(doc: AnalyzedDocument, span: Span, family: string, person: FullName, versions: readonly AnalyzedDocument[]): Finding {
  const related: Related[] = person.spans.slice(0, 2).map((s) => relatedAt(doc, s, `${person.name}, named in full`));
  for (const version of versions) {
    if (version === doc || peopleByFamily(version).get(family)?.given !== person.given) continue;
    for (const s of placesAlone(version, person.given)) {
      if (related.length < MAX_RELATED) related.push(relatedAt(version, s, `"${person.given}" in ${outletLabel(version)}`));
    }
  }
  return finding({
    rule: 'second-reference',
    severity: 'info',
    message: `"${family}" is the family name of ${person.name}: Vietnamese names are shortened to the given name, "${person.given}".`,
    doc,
    span,
    suggestion: person.given,
    related,
    data: { name: person.name, given: person.given },
  });
}
