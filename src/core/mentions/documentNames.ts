// A document's name mentions, packed: ten thousand articles hold some 70,000 of them, and an
// object with a span, a text and an array of words for each was the larger part of name-variant's
// memory. A mention is kept as its offsets and its words joined by spaces, and the corpus writes
// the same names over and over, so each distinct name is one string shared by every document.
import { SharedStrings } from '../lexicon/sharedStrings';
import type { Span } from '../types';

/** Names in any document, one string each (see SharedStrings for the bound). */
const sharedForms = new SharedStrings(100_000);

/** A mention as found: its document offsets and its words as written, possessive "'s" removed. */
export interface FoundName extends Span {
  words: string[];
}

/** Numbers per mention in DocumentNames: start, end, name. */
const FIELDS = 3;

export class DocumentNames {
  static readonly NONE = new DocumentNames([]);

  /**
   * `fields`: the start and end of each mention in document offsets, then its words joined by
   * single spaces (no word holds a space), one mention after the other: one array per document.
   */
  private constructor(private readonly fields: readonly (number | string)[]) {}

  /** The mentions of one document, in document order. */
  static of(found: readonly FoundName[]): DocumentNames {
    if (!found.length) return DocumentNames.NONE;
    const fields: (number | string)[] = new Array(FIELDS * found.length);
    found.forEach((name, i) => {
      fields[FIELDS * i] = name.start;
      fields[FIELDS * i + 1] = name.end;
      fields[FIELDS * i + 2] = sharedForms.of(name.words.join(' '));
    });
    return new DocumentNames(fields);
  }

  get size(): number {
    return this.fields.length / FIELDS;
  }

  /** The name of mention `i`, words joined by single spaces. */
  formOf(i: number): string {
    return this.fields[FIELDS * i + 2] as string;
  }

  spanOf(i: number): Span {
    return { start: this.fields[FIELDS * i] as number, end: this.fields[FIELDS * i + 1] as number };
  }
}
