// The replacement for an occurrence of a non-preferred spelling: the preferred form in the same
// inflection, with the occurrence's capitalisation ("Defense" → "Defence", "Viet Nam" → "Vietnam").
import { mostFrequent, type SpellingForm } from './variantGroups';
import { respell } from './spellingClasses';
import type { VariantOccurrence } from './variantOccurrences';

export function spellingSuggestion(occurrence: VariantOccurrence, preferred: SpellingForm): string | undefined {
  const sameInflection = preferred.occurrences.filter((o) => o.normal === occurrence.normal);
  if (sameInflection.length) {
    const written = mostFrequent(sameInflection.map((o) => o.text));
    const alwaysCapitalised = sameInflection.every((o) => startsUpper(o.text));
    return withCaseOf(occurrence.text, written, alwaysCapitalised);
  }
  const model = preferred.occurrences[0];
  if (model.signature.split('|')[0] !== occurrence.signature.split('|')[0]) return undefined;
  return respellPatterns(occurrence, model);
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
  if (startsUpper(model)) return startsUpper(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
  return keepCapitals ? text : text.toLowerCase();
}

function startsUpper(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}
