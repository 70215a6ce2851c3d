// A distinct way the corpus writes a name, with where it is written (gathered by nameBuckets.ts).
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { Span } from '../types';

export interface NameOccurrence {
  doc: AnalyzedDocument;
  /** Where the name is written, in document offsets. */
  mention: Span;
}

export interface NameForm {
  /** The name as written, words joined by single spaces. */
  form: string;
  words: string[];
  occurrences: NameOccurrence[];
}
