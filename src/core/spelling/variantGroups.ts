// Occurrences gathered by key across the corpus; a group whose occurrences make two or more
// spelling choices is a word spelled two ways.
import { startsWithCapital } from '../text/capitals';
import { takesBritishSide } from './spellingClasses';
import { PLAIN_SIGNATURE, type VariantOccurrence } from './variantOccurrences';

/** One spelling choice of a word, with every place it is used. */
export interface SpellingForm {
  signature: string;
  occurrences: VariantOccurrence[];
  /** How many documents use it. */
  documentCount: number;
  /** The most frequent way it is written ("defence", "Viet Nam"). */
  display: string;
}

export interface VariantGroup {
  key: string;
  forms: SpellingForm[];
}

/** Groups with two or more spelling choices, none of whose words the house style ignores. */
export function variantGroups(occurrences: readonly VariantOccurrence[], ignore: readonly string[]): VariantGroup[] {
  const ignored = new Set(ignore.map(foldText));
  const groups: VariantGroup[] = [];
  for (const [key, list] of groupBy(occurrences, (o) => o.key)) {
    const forms = sameWordForms(formsOf(withoutNeutralWords(capitalisedWithNames(list))));
    if (forms.length < 2 || onlyWordsDiffer(forms)) continue;
    if (ignored.size && list.some((o) => ignored.has(foldText(o.text)) || o.parts.some((p) => ignored.has(p)))) continue;
    groups.push({ key, forms });
  }
  return groups;
}

function formsOf(list: readonly VariantOccurrence[]): SpellingForm[] {
  return [...groupBy(list, (o) => o.signature)].map(([signature, occurrences]) => ({
    signature,
    occurrences,
    documentCount: new Set(occurrences.map((o) => o.doc.source.path)).size,
    display: mostFrequent(occurrences.map((o) => o.text)),
  }));
}

/** "Jon Schlinkert" is not the handle "jonschlinkert": beside a name pair only capitalised words count. */
function capitalisedWithNames(list: VariantOccurrence[]): VariantOccurrence[] {
  return list.some((o) => o.namePair) ? list.filter((o) => startsWithCapital(o.text)) : list;
}

/**
 * "travel" beside "travelled" and "traveled": a word that no British pattern of the group can
 * change is spelled alike on both sides, so it counts for neither spelling and is never reported.
 */
function withoutNeutralWords(list: VariantOccurrence[]): VariantOccurrence[] {
  const patterns = [...new Set(list.flatMap((o) => o.british))];
  if (!patterns.length) return list;
  return list.filter((o) => o.signature !== PLAIN_SIGNATURE || patterns.some((id) => takesBritishSide(o.parts.join(''), id)));
}

/**
 * Forms that are one word with the most used form: spelled with the same splits (they differ in
 * British patterns, whatever the inflection), or split differently in the same inflection
 * ("key-based" and "keybase" met only by cutting endings).
 */
function sameWordForms(forms: SpellingForm[]): SpellingForm[] {
  if (forms.length < 2) return forms;
  const main = forms.reduce((a, b) => (b.occurrences.length > a.occurrences.length ? b : a));
  const splitsOf = (f: SpellingForm) => f.signature.split('|')[0];
  const normals = new Set(main.occurrences.map((o) => o.normal));
  return forms.filter((f) => splitsOf(f) === splitsOf(main) || f.occurrences.some((o) => normals.has(o.normal)));
}

/** "Tropical Centre"/"Tropical Center": spaced pairs split alike differ in a word, which is compared on its own. */
function onlyWordsDiffer(forms: readonly SpellingForm[]): boolean {
  const splits = new Set(forms.map((f) => f.signature.split('|')[0]));
  return splits.size === 1 && forms.every((f) => f.occurrences.every((o) => o.spaced));
}

/** The most frequent string; the first seen wins a tie. */
export function mostFrequent(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best = texts[0];
  for (const [t, n] of counts) if (n > counts.get(best)!) best = t;
  return best;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function foldText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
