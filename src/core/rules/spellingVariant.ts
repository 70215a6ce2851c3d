// spelling-variant: one word spelled two ways across the corpus ("defence"/"defense",
// "Viet Nam"/"Vietnam", "cyber-security"/"cybersecurity"). Every occurrence of a non-preferred
// spelling is reported, with the preferred spelling's occurrences in other documents as related.
import type { HouseStyle } from '../config/houseStyle';
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { CorpusView, Rule } from '../engine/rule';
import type { Lexicon } from '../lexicon/lexicon';
import { preferredForm, type Preference } from '../spelling/preferredForm';
import { classLabel } from '../spelling/spellingClasses';
import { spellingSuggestion } from '../spelling/spellingSuggestion';
import { variantGroups, type SpellingForm, type VariantGroup } from '../spelling/variantGroups';
import { variantOccurrencesOf, type VariantOccurrence } from '../spelling/variantOccurrences';
import type { Finding, Related } from '../types';
import { finding, outletLabel, relatedAt } from './finding';

const MAX_RELATED = 5;
const MAX_OUTLETS = 4;

/** The rule; with a lexicon it also compares spaced words with closed ones and the -ll-, ae, oe patterns. */
export function createSpellingVariant(lexicon?: Lexicon): Rule {
  return {
    id: 'spelling-variant',
    defaultSeverity: 'warning',
    description: 'A word spelled two ways across the corpus: British and American spelling, spacing or hyphenation.',
    check: (corpus) => spellingVariantFindings(corpus, lexicon),
  };
}

export const spellingVariant: Rule = createSpellingVariant();

function spellingVariantFindings(corpus: CorpusView, lexicon?: Lexicon): Finding[] {
  const occurrences = corpus.documents.flatMap((doc) => variantOccurrencesOf(doc, lexicon));
  const findings: Finding[] = [];
  for (const group of variantGroups(occurrences, corpus.style.ignore)) {
    const preference = preferredForm(group, corpus.style, lexicon);
    for (const form of group.forms) {
      if (form === preference.form) continue;
      for (const occurrence of form.occurrences) findings.push(variantFinding(occurrence, group, preference, corpus.style));
    }
  }
  return findings;
}

function variantFinding(occurrence: VariantOccurrence, group: VariantGroup, preference: Preference, style: HouseStyle): Finding {
  const preferred = preference.form;
  return finding({
    rule: 'spelling-variant',
    severity: sameWordForm(occurrence, preferred) ? 'warning' : 'info',
    message: `"${occurrence.text}" here; ${preferenceText(preference, style)}${styleNote(preference, style)}`,
    doc: occurrence.doc,
    span: occurrence.span,
    suggestion: spellingSuggestion(occurrence, preferred),
    related: relatedOccurrences(preferred, occurrence.doc),
    data: {
      key: group.key,
      preferred: preferred.display,
      reason: preference.reason,
      forms: group.forms.map((f) => ({ text: f.display, count: f.occurrences.length, documents: f.documents.size })),
      patterns: patternsOf(group),
    },
  });
}

/**
 * "prioritised" against "prioritizing" is weaker evidence than "defence" against "defense": the
 * corpus never writes this very word form the other way, so it is a note, not a warning.
 */
function sameWordForm(occurrence: VariantOccurrence, preferred: SpellingForm): boolean {
  return preferred.occurrences.some((o) => o.normal === occurrence.normal);
}

/** `the corpus mostly writes "defence" (12 times in 3 documents: VNA, VnExpress)` and its variants. */
function preferenceText({ form, reason }: Preference, style: HouseStyle): string {
  const use = `(${plural(form.occurrences.length, 'time')} in ${plural(form.documents.size, 'document')}: ${outletsOf(form)})`;
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

/** Up to five uses of the preferred spelling, other documents first and one per document first. */
function relatedOccurrences(form: SpellingForm, here: AnalyzedDocument): Related[] {
  const firstPerDocument = new Map<string, VariantOccurrence>();
  for (const o of form.occurrences) if (!firstPerDocument.has(o.doc.source.path)) firstPerDocument.set(o.doc.source.path, o);
  const leads = [...firstPerDocument.values()];
  const ordered = [...leads, ...form.occurrences.filter((o) => !leads.includes(o))];
  const others = ordered.filter((o) => o.doc !== here);
  const chosen = (others.length ? others : ordered).slice(0, MAX_RELATED);
  return chosen.map((o) => relatedAt(o.doc, o.span, `"${o.text}" in ${outletLabel(o.doc)}`));
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
