// Every distinct way the corpus writes each name, with where it is written.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { nameMentions, type NameMention } from './nameMentions';

export interface NameOccurrence {
  doc: AnalyzedDocument;
  mention: NameMention;
}

export interface NameForm {
  /** The name as written, words joined by single spaces. */
  form: string;
  words: string[];
  occurrences: NameOccurrence[];
}

export function nameFormsOf(documents: readonly AnalyzedDocument[]): NameForm[] {
  const forms = new Map<string, NameForm>();
  for (const doc of documents) {
    for (const mention of nameMentions(doc)) {
      const form = mention.words.join(' ');
      let entry = forms.get(form);
      if (!entry) forms.set(form, entry = { form, words: mention.words, occurrences: [] });
      entry.occurrences.push({ doc, mention });
    }
  }
  return [...forms.values()];
}
