// The corpus's spelling keys, kept from one check to the next: the spelling choices (signatures)
// the corpus makes for each key, and which documents use it. A key with two or more choices is a
// word spelled two ways; only those are ever written out and reported. Nearly every word is used
// without a choice (signature "|") and never any other way, so the documents that use a word
// plainly are followed only for the words some document spells with a choice.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { Lexicon } from '../lexicon/lexicon';
import { DocumentIndex } from './documentIndex';
import { FocusedIndex } from './focusedIndex';
import { CHOICE_SEPARATOR, documentVariants, plainKeysOf } from './variantOccurrences';

export class VariantIndex {
  /** `key + separator + signature` of the uses that make a choice ("defence", "viet nam"). */
  private readonly chosen: DocumentIndex<string>;
  /** Keys used without a choice ("defense", "vietnam"), for the keys that have a choice somewhere. */
  private readonly plain: FocusedIndex<string>;
  /** The choices in use for each key that has one. */
  private readonly choicesOf = new Map<string, Set<string>>();

  constructor(lexicon?: Lexicon) {
    this.chosen = new DocumentIndex((doc) => documentVariants(doc, lexicon).choiceKeys);
    this.plain = new FocusedIndex((doc) => plainKeysOf(documentVariants(doc, lexicon)));
  }

  /** Brings the index to these documents; returns the keys whose uses changed, or 'all'. */
  update(documents: readonly AnalyzedDocument[]): ReadonlySet<string> | 'all' {
    const choicesChanged = this.chosen.update(documents);
    if (choicesChanged === 'all') {
      this.choicesOf.clear();
      for (const chosen of this.chosen.keys()) this.noteChoice(chosen);
      this.plain.clear();
      this.plain.follow(this.choicesOf.keys(), documents);
      return 'all';
    }
    const changed = new Set<string>();
    for (const chosen of choicesChanged) changed.add(this.noteChoice(chosen));
    this.plain.drop([...changed].filter((key) => !this.choicesOf.has(key)));
    this.plain.change(this.chosen.added, this.chosen.removed, changed);
    this.plain.follow([...changed].filter((key) => this.choicesOf.has(key)), documents);
    return changed;
  }

  /** Keys the corpus spells two ways or more. */
  *spelledTwoWays(): IterableIterator<string> {
    for (const key of this.choicesOf.keys()) if (this.isSpelledTwoWays(key)) yield key;
  }

  isSpelledTwoWays(key: string): boolean {
    return (this.plain.count(key) ? 1 : 0) + (this.choicesOf.get(key)?.size ?? 0) >= 2;
  }

  /** The documents the last update added. */
  get added(): readonly AnalyzedDocument[] {
    return this.chosen.added;
  }

  /** Whether a document uses the key (of a word spelled with a choice somewhere). */
  uses(key: string, doc: AnalyzedDocument): boolean {
    if (this.plain.has(key, doc)) return true;
    for (const signature of this.choicesOf.get(key) ?? []) if (this.chosen.has(key + CHOICE_SEPARATOR + signature, doc)) return true;
    return false;
  }

  /** The documents that use the key, in no particular order. */
  documentsUsing(key: string): Set<AnalyzedDocument> {
    const docs = new Set(this.plain.documentsWith(key));
    for (const signature of this.choicesOf.get(key) ?? []) {
      for (const doc of this.chosen.documentsWith(key + CHOICE_SEPARATOR + signature) ?? []) docs.add(doc);
    }
    return docs;
  }

  /** Records whether a choice of a key is still in use; returns the key. */
  private noteChoice(chosen: string): string {
    const at = chosen.indexOf(CHOICE_SEPARATOR);
    const key = chosen.slice(0, at);
    const signature = chosen.slice(at + 1);
    let signatures = this.choicesOf.get(key);
    if (this.chosen.documentsWith(chosen)) {
      if (!signatures) this.choicesOf.set(key, (signatures = new Set()));
      signatures.add(signature);
    } else if (signatures?.delete(signature) && !signatures.size) {
      this.choicesOf.delete(key);
    }
    return key;
  }
}
