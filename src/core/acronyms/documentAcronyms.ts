// What acronym-mismatch reads from a document, once per analysis: its acronym definitions, and the
// capitalised words of its checked blocks, which tell where a name may be written. The words are
// read only when some long form does not fit: most corpora have none, and reading every capital
// of every document was most of the rule's time and memory.
import { isCheckedBlock, type AnalyzedDocument } from '../engine/analyzedDocument';
import { acronymDefinitionsOf, type AcronymDefinition } from './acronymDefinitions';
import { capitalisedWordsOf } from './phraseWords';

export interface DocumentAcronyms {
  definitions: AcronymDefinition[];
  /** Capitalised words other than function words, lower-cased, each once; read when first asked. */
  readonly capitalisedWords: string[];
}

const cache = new WeakMap<AnalyzedDocument, DocumentAcronyms>();

export function documentAcronyms(doc: AnalyzedDocument): DocumentAcronyms {
  let found = cache.get(doc);
  if (!found) cache.set(doc, (found = new LazyAcronyms(doc)));
  return found;
}

class LazyAcronyms implements DocumentAcronyms {
  readonly definitions: AcronymDefinition[];
  private words: string[] | undefined;

  constructor(private readonly doc: AnalyzedDocument) {
    this.definitions = acronymDefinitionsOf(doc);
  }

  get capitalisedWords(): string[] {
    return (this.words ??= capitalisedWordsIn(this.doc));
  }
}

function capitalisedWordsIn(doc: AnalyzedDocument): string[] {
  const words = new Set<string>();
  for (const block of doc.article.blocks) if (isCheckedBlock(block)) capitalisedWordsOf(block.text, words);
  return [...words];
}
