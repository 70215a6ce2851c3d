// Which spelling of a word the corpus should use: the house style's preferred form, else its
// locale for British/American pairs, else the corpus majority (occurrences, then documents,
// then the alphabetically first).
import type { HouseStyle } from '../config/houseStyle';
import type { Lexicon } from '../lexicon/lexicon';
import { spellingChoice } from './spellingChoice';
import type { SpellingForm, VariantGroup } from './variantGroups';

export type PreferenceReason = 'house-style' | 'locale' | 'majority' | 'tie';

export interface Preference {
  form: SpellingForm;
  reason: PreferenceReason;
}

export function preferredForm(group: VariantGroup, style: HouseStyle, lexicon?: Lexicon): Preference {
  const listed = houseStyleForm(group, style.preferred, lexicon);
  if (listed) return { form: listed, reason: 'house-style' };
  const local = style.locale === 'none' ? [] : localeForms(group, style.locale);
  if (local.length && local.length < group.forms.length) return { form: byUse(local)[0], reason: 'locale' };
  const [first, second] = byUse(group.forms);
  return { form: first, reason: first.occurrences.length > second.occurrences.length ? 'majority' : 'tie' };
}

/** The form the house style lists ("Viet Nam", "programme"), matched by key and spelling choice. */
function houseStyleForm(group: VariantGroup, preferred: readonly string[], lexicon?: Lexicon): SpellingForm | undefined {
  const plainKey = group.key.slice(group.key.indexOf('|') + 1);
  for (const entry of preferred) {
    const parts = entry.toLowerCase().split(/[\s\-‐‑]+/u).filter(Boolean);
    if (!parts.length) continue;
    const choice = spellingChoice(parts, lexicon);
    if (choice.key !== plainKey) continue;
    const form = group.forms.find((f) => f.signature === choice.signature);
    if (form) return form;
  }
  return undefined;
}

/**
 * Forms spelled the locale's way: for British, those with the most British patterns; for
 * American, those with none. None when the forms differ only in where they are split.
 */
function localeForms(group: VariantGroup, locale: 'uk' | 'us'): SpellingForm[] {
  const britishOf = (f: SpellingForm) => f.occurrences[0].british.length;
  const most = Math.max(...group.forms.map(britishOf));
  if (most === 0 || group.forms.every((f) => britishOf(f) === most)) return [];
  return group.forms.filter((f) => britishOf(f) === (locale === 'uk' ? most : 0));
}

/** Most used first: occurrences, then documents, then alphabetical. */
function byUse(forms: readonly SpellingForm[]): SpellingForm[] {
  return [...forms].sort((a, b) =>
    b.occurrences.length - a.occurrences.length ||
    b.documentCount - a.documentCount ||
    a.display.localeCompare(b.display));
}
