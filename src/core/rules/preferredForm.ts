// Which of several spellings the corpus should use: the house style's, else the majority's.
import type { HouseStyle } from '../config/houseStyle';
import { foldName } from '../names/nameKey';

export interface CountedForm {
  form: string;
  occurrences: number;
  documents: number;
  /** Occurrences per outlet (the file name stands in for an unknown outlet). */
  outlets?: Record<string, number>;
}

export interface Preference {
  form: string;
  /** Why this form: "the house style" or "the corpus majority". */
  because: 'house style' | 'majority';
}

export function preferredForm(forms: readonly CountedForm[], style: HouseStyle): Preference {
  const house = forms.find((f) => style.preferred.some((p) => p === f.form))
    ?? forms.find((f) => style.preferred.some((p) => foldName(p) === foldName(f.form) && p.toLowerCase() === f.form.toLowerCase()));
  if (house) return { form: house.form, because: 'house style' };
  const best = [...forms].sort((a, b) => b.occurrences - a.occurrences || b.documents - a.documents || a.form.localeCompare(b.form))[0];
  return { form: best.form, because: 'majority' };
}

export function describePreference(p: Preference, count: CountedForm): string {
  const where = `${count.occurrences} time${count.occurrences === 1 ? '' : 's'} in ${count.documents} document${count.documents === 1 ? '' : 's'}`;
  return p.because === 'house style' ? `the house style prefers "${p.form}" (${where})` : `the corpus mostly writes "${p.form}" (${where}); no house style set`;
}
