// The replacement for an occurrence of a non-preferred spelling: the preferred form in the same
// inflection, with the occurrence's capitalisation ("Defense" → "Defence", "Viet Nam" → "Vietnam").
import { mostFrequent, type SpellingForm } from './variantGroups';
import { startsWithCapital } from '../text/capitals';
import { respell } from './spellingClasses';
import type { VariantOccurrence } from './variantOccurrences';

/** How the preferred form writes one inflection: most often, and whether always capitalised. */
interface Inflection {
  written: string;
  alwaysCapitalised: boolean;
}

// A form has hundreds of occurrences to suggest for; each inflection is summed up once.
const inflectionsOf = new WeakMap<SpellingForm, Map<string, Inflection>>();

export function spellingSuggestion(occurrence: VariantOccurrence, preferred: SpellingForm): string | undefined {
  const inflection = inflections(preferred).get(occurrence.normal);
  if (inflection) return withCaseOf(occurrence.text, inflection.written, inflection.alwaysCapitalised);
  const model = preferred.occurrences[0];
  if (model.signature.split('|')[0] !== occurrence.signature.split('|')[0]) return undefined;
  return respellPatterns(occurrence, model);
}

/** What the suggestions for a form depend on, as text: its inflections and its first use's choices. */
export function suggestionBasis(form: SpellingForm): string {
  const model = form.occurrences[0];
  return JSON.stringify([[...inflections(form)], model.signature, model.british]);
}

function inflections(form: SpellingForm): Map<string, Inflection> {
  let found = inflectionsOf.get(form);
  if (found) return found;
  const byNormal = new Map<string, VariantOccurrence[]>();
  for (const o of form.occurrences) {
    const list = byNormal.get(o.normal);
    if (list) list.push(o);
    else byNormal.set(o.normal, [o]);
  }
  found = new Map([...byNormal].map(([normal, list]) => [normal, {
    written: mostFrequent(list.map((o) => o.text)),
    alwaysCapitalised: list.every((o) => startsWithCapital(o.text)),
  }]));
  inflectionsOf.set(form, found);
  return found;
}

/** The occurrence with each pattern turned to the preferred side ("prioritised" → "prioritized"). */
function respellPatterns(occurrence: VariantOccurrence, model: VariantOccurrence): string {
  const pieces = occurrence.text.split(/([\s\-‐‑]+)/u);
  return pieces.map((piece, i) => {
    if (i % 2) return piece;
    let lower = piece.toLowerCase();
    for (const id of occurrence.british) if (!model.british.includes(id)) lower = respell(lower, id, 'us');
    for (const id of model.british) if (!occurrence.british.includes(id)) lower = respell(lower, id, 'uk');
    return withCaseOf(piece, lower, false);
  }).join('');
}

/** `text` written with the capitalisation of `model`: all capitals, capitalised or lower case. */
function withCaseOf(model: string, text: string, keepCapitals: boolean): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return text.toUpperCase();
  if (startsWithCapital(model)) return startsWithCapital(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
  return keepCapitals ? text : text.toLowerCase();
}
