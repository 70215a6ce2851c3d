// What acronym-mismatch reads from a document, once per analysis: its acronym definitions, and the
// capitalised words of its checked blocks, which tell where a name may be written.
import { isCheckedBlock, type AnalyzedDocument } from '../engine/analyzedDocument';
import { acronymDefinitionsOf, type AcronymDefinition } from './acronymDefinitions';
import { capitalisedWordsOf } from './phraseWords';

export interface DocumentAcronyms {
  definitions: AcronymDefinition[];
  /** Capitalised words other than function words, lower-cased, each once. */
  capitalisedWords: string[];
}

const cache = new WeakMap<AnalyzedDocument, DocumentAcronyms>();

export function documentAcronyms(doc: AnalyzedDocument): DocumentAcronyms {
  let found = cache.get(doc);
  if (!found) cache.set(doc, (found = { definitions: acronymDefinitionsOf(doc), capitalisedWords: capitalisedWordsIn(doc) }));
  return found;
}

function capitalisedWordsIn(doc: AnalyzedDocument): string[] {
  const words = new Set<string>();
  for (const block of doc.article.blocks) if (isCheckedBlock(block)) capitalisedWordsOf(block.text, words);
  return [...words];
}
