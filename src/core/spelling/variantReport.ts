// What every finding of one word spelled two ways shares: the message after the occurrence's own
// words, the preferred spelling's uses to show as related, the facts for hovers, and a summary
// that changes whenever any of these would.
import type { HouseStyle } from '../config/houseStyle';
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { outletLabel } from '../engine/analyzedDocument';
import type { Preference } from './preferredForm';
import { classLabel } from './spellingClasses';
import { suggestionBasis } from './spellingSuggestion';
import type { SpellingForm, VariantGroup } from './variantGroups';
import type { VariantOccurrence } from './variantOccurrences';

const MAX_RELATED = 5;
const MAX_OUTLETS = 4;

export interface VariantReport {
  group: VariantGroup;
  preference: Preference;
  /** The message after the occurrence's own words. */
  tail: string;
  /** The preferred form's occurrences, the first of each document first. */
  related: VariantOccurrence[];
  preferredNormals: ReadonlySet<string>;
  forms: { text: string; count: number; documents: number }[];
  patterns: string[];
  /** Equal for two reports whose findings of one occurrence are equal (related uses aside). */
  summary: string;
}

export function variantReport(group: VariantGroup, preference: Preference, style: HouseStyle): VariantReport {
  const preferred = preference.form;
  const tail = `${preferenceText(preference, style)}${styleNote(preference, style)}`;
  const forms = group.forms.map((f) => ({ text: f.display, count: f.occurrences.length, documents: f.documentCount }));
  const patterns = patternsOf(group);
  return {
    group,
    preference,
    tail,
    related: oneUsePerDocumentFirst(preferred),
    preferredNormals: new Set(preferred.occurrences.map((o) => o.normal)),
    forms,
    patterns,
    summary: JSON.stringify([group.key, preferred.display, preference.reason, tail, forms, patterns, suggestionBasis(preferred)]),
  };
}

/** Up to five uses of the preferred spelling, other documents first and one per document first. */
export function relatedOccurrences(report: VariantReport, here: AnalyzedDocument): VariantOccurrence[] {
  const others: VariantOccurrence[] = [];
  for (const o of report.related) {
    if (o.doc !== here) others.push(o);
    if (others.length === MAX_RELATED) break;
  }
  return others.length ? others : report.related.slice(0, MAX_RELATED);
}

/** `the corpus mostly writes "defence" (12 times in 3 documents: VNA, VnExpress)` and its variants. */
function preferenceText({ form, reason }: Preference, style: HouseStyle): string {
  const use = `(${plural(form.occurrences.length, 'time')} in ${plural(form.documentCount, 'document')}: ${outletsOf(form)})`;
  switch (reason) {
    case 'house-style': return `the house style prefers "${form.display}" ${use}.`;
    case 'locale': return `the house style is ${style.locale === 'uk' ? 'British' : 'American'} spelling: "${form.display}" ${use}.`;
    case 'majority': return `the corpus mostly writes "${form.display}" ${use}.`;
    case 'tie': return `the corpus writes "${form.display}" as often ${use}.`;
  }
}

function styleNote({ reason }: Preference, style: HouseStyle): string {
  if (reason === 'house-style' || reason === 'locale') return '';
  return style.preferred.length === 0 && style.locale === 'none' ? ' No house style set.' : ' The house style does not settle it.';
}

function outletsOf(form: SpellingForm): string {
  const labels = [...new Set(form.occurrences.map((o) => outletLabel(o.doc)))];
  const shown = labels.slice(0, MAX_OUTLETS).join(', ');
  return labels.length > MAX_OUTLETS ? `${shown} and ${labels.length - MAX_OUTLETS} more` : shown;
}

/** The form's occurrences, the first of each document first, then the rest in order. */
function oneUsePerDocumentFirst(form: SpellingForm): VariantOccurrence[] {
  const firstPerDocument = new Map<string, VariantOccurrence>();
  for (const o of form.occurrences) if (!firstPerDocument.has(o.doc.source.path)) firstPerDocument.set(o.doc.source.path, o);
  const leads = new Set(firstPerDocument.values());
  return [...leads, ...form.occurrences.filter((o) => !leads.has(o))];
}

/** What the spellings differ in, for hovers: "-ce/-se", "hyphen or space". */
function patternsOf(group: VariantGroup): string[] {
  const british = new Set(group.forms.flatMap((f) => f.occurrences[0].british));
  const splits = new Set(group.forms.map((f) => f.signature.split('|')[0]));
  return [...[...british].map(classLabel), ...(splits.size > 1 ? ['hyphen or space'] : [])];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
