// name-variant: one person or place written differently across the corpus — transliteration,
// dropped diacritics, a hyphen — found without a list of names. Forms are grouped by the
// phonetic key of every word, then confirmed word by word, so "Sergey Lavrov" never meets
// "Sergey Shoigu" and "Nguyen Phu Trong" never meets "Nguyen Xuan Phuc".
import { outletLabel, type AnalyzedDocument } from '../engine/analyzedDocument';
import type { CorpusView, Rule } from '../engine/rule';
import type { HouseStyle } from '../config/houseStyle';
import { NameBuckets } from '../mentions/nameBuckets';
import type { NameForm, NameOccurrence } from '../mentions/nameForms';
import { nameMentions } from '../mentions/nameMentions';
import { sameNameWord } from '../mentions/sameNameWord';
import { SharedStrings } from '../lexicon/sharedStrings';
import { compareParsedNames } from '../names/compareNames';
import { parseName, type ParsedName } from '../names/parseName';
import type { Finding, Related } from '../types';
import { finding, relatedAt } from './finding';
import { describePreference, preferredForm, type CountedForm } from './preferredForm';

const MAX_RELATED = 5;

/**
 * The rule, with its own index of the corpus's names: a check regroups only the buckets of names
 * that the documents changed since the last check write into (all of them after a house-style change).
 */
export function createNameVariant(): Rule {
  let buckets = new NameBuckets();
  const findingsOf = new Map<string, Finding[]>();
  let lastStyle: HouseStyle | undefined;
  return {
    id: 'name-variant',
    defaultSeverity: 'warning',
    description: 'A person or place is written in different ways across the corpus.',
    prepare: (doc) => { nameMentions(doc); },
    check(corpus: CorpusView): Finding[] {
      try {
        const restyled = corpus.style !== lastStyle;
        lastStyle = corpus.style;
        return regroup(corpus, buckets, findingsOf, restyled);
      } catch (err) {
        // the buckets already count this check's documents: start afresh rather than keep findings nobody regroups
        buckets = new NameBuckets();
        findingsOf.clear();
        lastStyle = undefined;
        throw err;
      }
    },
  };
}

/** Regroups the buckets the changed documents write into (every bucket after a house-style change). */
function regroup(corpus: CorpusView, buckets: NameBuckets, findingsOf: Map<string, Finding[]>, restyled: boolean): Finding[] {
  const stale = buckets.sync(corpus.documents);
  if (restyled) {
    findingsOf.clear();
    for (const key of buckets.keys) stale.add(key);
  }
  const order = new Map(corpus.documents.map((doc, i) => [doc, i]));
  const ignored = new Set(corpus.style.ignore.map((w) => w.toLowerCase()));
  for (const key of stale) {
    const findings = clusters(buckets.formsOf(key, order, ignored)).filter(hasVariants).flatMap((group) => report(group, corpus));
    if (findings.length) findingsOf.set(key, findings);
    else findingsOf.delete(key);
  }
  return [...findingsOf.values()].flat();
}

function hasVariants(group: readonly NameForm[]): boolean {
  return new Set(group.map(typographic)).size > 1;
}

/** A form without what only typography tells apart: case, curly and straight apostrophes, hyphen characters. */
function typographic(form: NameForm): string {
  return form.form.toLowerCase().replace(/[’‘ʼ]/g, "'").replace(/[‐‑]/g, '-');
}

/** Every name of the corpus with the forms it is written in (most names have one): the rule's grouping, made afresh. */
export function groupNameForms(documents: readonly AnalyzedDocument[], ignore: readonly string[] = []): NameForm[][] {
  const buckets = new NameBuckets();
  buckets.sync(documents);
  const order = new Map(documents.map((doc, i) => [doc, i]));
  const ignored = new Set(ignore.map((w) => w.toLowerCase()));
  return [...buckets.keys].flatMap((key) => clusters(buckets.formsOf(key, order, ignored)));
}

/** Forms of one name, word for word; a hyphen parts words as a space does ("Kim Sang-sik", "Kim Sang Sik"). */
function variantsOf(a: NameForm, b: NameForm, parsed: (form: NameForm) => ParsedName): boolean {
  // "People’s" and "People's" are one form: grouped, and never reported for that alone (hasVariants)
  if (typographic(a) === typographic(b)) return true;
  const [wordsA, wordsB] = [nameParts(a), nameParts(b)];
  if (wordsA.length !== wordsB.length) return false;
  for (let i = 0; i < wordsA.length; i++) if (!sameNameWord(wordsA[i], wordsB[i])) return false;
  return compareParsedNames(parsed(a), parsed(b)).same;
}

function nameParts(form: NameForm): readonly string[] {
  return form.form.includes('-') ? form.form.split(/[ -]/) : form.words;
}

/**
 * Forms of one bucket linked by variantsOf. A form is in one bucket only, so each is parsed once
 * here, and nothing parsed is kept between checks (a cache of every name was megabytes).
 */
function clusters(bucket: NameForm[]): NameForm[][] {
  const parses = new Map<NameForm, ParsedName>();
  const parsed = (form: NameForm): ParsedName => {
    let name = parses.get(form);
    if (!name) parses.set(form, name = parseName(form.form));
    return name;
  };
  const groups: NameForm[][] = [];
  for (const form of bucket) {
    const home = groups.find((g) => g.some((other) => variantsOf(form, other, parsed)));
    if (home) home.push(form); else groups.push([form]);
  }
  return groups;
}

export function countOf(form: NameForm): CountedForm {
  const outlets: Record<string, number> = {};
  for (const o of form.occurrences) outlets[outletLabel(o.doc)] = (outlets[outletLabel(o.doc)] ?? 0) + 1;
  return { form: form.form, occurrences: form.occurrences.length, documents: new Set(form.occurrences.map((o) => o.doc)).size, outlets };
}

/**
 * A finding for each occurrence of a form that is not the preferred one. Findings of one group
 * share what they show alike (the counted forms, a related place's entry, the message of one
 * document, equal messages and labels): a common name misspelled in many documents made
 * thousands of copies of each.
 */
function report(variants: NameForm[], corpus: CorpusView): Finding[] {
  const counted = variants.map(countOf);
  const preference = preferredForm(counted, corpus.style);
  const preferredAt = variants.findIndex((v) => v.form === preference.form);
  const preferred = variants[preferredAt];
  const why = capitalise(describePreference(preference, counted[preferredAt]));
  const data = { preferred: preferred.form, because: preference.because, variants: counted };
  // an equal text is kept once, and flat: a joined string keeps the pieces it was joined from
  const texts = new SharedStrings(Number.POSITIVE_INFINITY);
  const relatedOf = new Map<NameOccurrence, Related>();
  const related = (o: NameOccurrence): Related => {
    let entry = relatedOf.get(o);
    if (!entry) relatedOf.set(o, entry = relatedAt(o.doc, o.mention, texts.of(`"${preferred.form}" in ${outletLabel(o.doc)}`)));
    return entry;
  };
  const findings: Finding[] = [];
  for (const variant of variants) {
    if (variant === preferred) continue;
    const inDocument = new Map<AnalyzedDocument, { message: string; related: Related[] }>();
    for (const { doc, mention } of variant.occurrences) {
      let shown = inDocument.get(doc);
      if (!shown) {
        shown = shownIn(doc, variant, preferred, why, related);
        shown.message = texts.of(shown.message);
        inDocument.set(doc, shown);
      }
      findings.push(finding({ rule: 'name-variant', severity: 'warning', message: shown.message, doc, span: mention, suggestion: preferred.form, related: shown.related, data }));
    }
  }
  return findings;
}

/** The message and related places of a variant's findings in one document: the preferred form's other documents. */
function shownIn(doc: AnalyzedDocument, variant: NameForm, preferred: NameForm, why: string, related: (o: NameOccurrence) => Related): { message: string; related: Related[] } {
  const elsewhere = preferred.occurrences.filter((o) => o.doc !== doc);
  const others = [...new Set(elsewhere.map((o) => o.doc))];
  return {
    message: `"${variant.form}" here; "${preferred.form}" in ${others.length || 'no'} other document${others.length === 1 ? '' : 's'}${others.length ? ` (${outlets(others)})` : ''}. ${why}.`,
    related: spreadOverDocuments(elsewhere.length ? elsewhere : preferred.occurrences).slice(0, MAX_RELATED).map(related),
  };
}

/** One occurrence from each document before a second from any: the related list shows every version. */
export function spreadOverDocuments<T extends { doc: AnalyzedDocument }>(items: readonly T[]): T[] {
  const queues = new Map<AnalyzedDocument, T[]>();
  for (const item of items) {
    if (!queues.has(item.doc)) queues.set(item.doc, []);
    queues.get(item.doc)!.push(item);
  }
  const out: T[] = [];
  for (let round = 0; out.length < items.length; round++) {
    for (const queue of queues.values()) if (round < queue.length) out.push(queue[round]);
  }
  return out;
}

function outlets(docs: AnalyzedDocument[]): string {
  return [...new Set(docs.map(outletLabel))].join(', ');
}

function capitalise(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
