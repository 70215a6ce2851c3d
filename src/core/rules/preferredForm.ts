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
  /** Why this form: the house style, the corpus majority, or a tie of occurrences (then the form in more documents, else the first in alphabetical order). */
  because: 'house style' | 'majority' | 'tie';
}

export function preferredForm(forms: readonly CountedForm[], style: HouseStyle): Preference {
  const house = forms.find((f) => style.preferred.some((p) => p === f.form))
    ?? forms.find((f) => style.preferred.some((p) => foldName(p) === foldName(f.form) && p.toLowerCase() === f.form.toLowerCase()));
  if (house) return { form: house.form, because: 'house style' };
  const [best, next] = [...forms].sort((a, b) => b.occurrences - a.occurrences || b.documents - a.documents || a.form.localeCompare(b.form));
  return { form: best.form, because: next && next.occurrences === best.occurrences ? 'tie' : 'majority' };
}

export function describePreference(p: Preference, count: CountedForm): string {
  const where = `${count.occurrences} time${count.occurrences === 1 ? '' : 's'} in ${count.documents} document${count.documents === 1 ? '' : 's'}`;
  if (p.because === 'house style') return `the house style prefers "${p.form}" (${where})`;
  return `the corpus ${p.because === 'tie' ? `writes "${p.form}" as often` : `mostly writes "${p.form}"`} (${where}); no house style set`;
}
