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

export class DocumentNames {
  static readonly NONE = new DocumentNames([], []);

  /**
   * `spans`: start and end of each mention in document offsets, one pair after the other;
   * `forms`: the words of each mention joined by single spaces (no word holds a space).
   */
  private constructor(
    private readonly spans: readonly number[],
    private readonly forms: readonly string[],
  ) {}

  /** The mentions of one document, in document order. */
  static of(found: readonly FoundName[]): DocumentNames {
    if (!found.length) return DocumentNames.NONE;
    const spans: number[] = new Array(2 * found.length);
    const forms: string[] = new Array(found.length);
    found.forEach((name, i) => {
      spans[2 * i] = name.start;
      spans[2 * i + 1] = name.end;
      forms[i] = sharedForms.of(name.words.join(' '));
    });
    return new DocumentNames(spans, forms);
  }

  get size(): number {
    return this.forms.length;
  }

  /** The name of mention `i`, words joined by single spaces. */
  formOf(i: number): string {
    return this.forms[i];
  }

  spanOf(i: number): Span {
    return { start: this.spans[2 * i], end: this.spans[2 * i + 1] };
  }
}
