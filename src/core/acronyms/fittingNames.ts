// Where the corpus writes a name that an acronym's letters fit while a definition's long form
// does not: another definition of the same acronym that fits, or the long form's own words in
// another order, capitalised, with or without the acronym ("Moscow Conference on International
// Security" for "Moscow International Security Conference (MCIS-11)").
import { isCheckedBlock, type AnalyzedDocument } from '../engine/analyzedDocument';
import { blockSpan } from '../text/blockSpan';
import type { Span } from '../types';
import { fitsAcronym } from './acronymFit';
import type { AcronymDefinition } from './acronymDefinitions';
import { areAdjacent, isCapitalised, isFunctionWord, phraseText, phraseWordsOf, type PhraseWord } from './phraseWords';

export interface FittingName {
  doc: AnalyzedDocument;
  span: Span;
  /** The name with glued joints opened. */
  text: string;
}

/** Fitting names for a definition that does not fit, from every document but the definition's own place. */
export function fittingNames(definition: AcronymDefinition, definitions: readonly AcronymDefinition[], documents: readonly AnalyzedDocument[]): FittingName[] {
  const defined = definitions
    .filter((d) => d.fits && d.acronym.toLowerCase() === definition.acronym.toLowerCase() && d.doc !== definition.doc)
    .map((d) => ({ doc: d.doc, span: blockSpan(d.block, d.longFrom, d.longTo), text: phraseText(d.longForm) }));
  const reordered = documents.flatMap((doc) => reorderedNamesIn(doc, definition));
  return [...defined, ...reordered.filter((r) => !defined.some((d) => d.doc === r.doc && d.span.start === r.span.start))];
}

function reorderedNamesIn(doc: AnalyzedDocument, definition: AcronymDefinition): FittingName[] {
  const wanted = contentWords(definition.longForm);
  const out: FittingName[] = [];
  for (const block of doc.article.blocks) {
    if (!isCheckedBlock(block)) continue;
    const words = phraseWordsOf(block.text);
    for (let i = 0; i < words.length; i++) {
      const name = nameFrom(block.text, words, i, wanted);
      if (!name || sameOrder(name, definition.longForm) || !fitsAcronym(definition.acronym, name)) continue;
      const span = blockSpan(block, name[0].from, name[name.length - 1].to);
      if (doc === definition.doc && span.start < definition.span.end && span.end > definition.span.start) continue;
      out.push({ doc, span, text: phraseText(name) });
    }
  }
  return out;
}

/** The capitalised run from word i that uses exactly the wanted content words, or undefined. */
function nameFrom(text: string, words: readonly PhraseWord[], i: number, wanted: readonly string[]): PhraseWord[] | undefined {
  const left = [...wanted];
  let j = i;
  for (; j < words.length && left.length; j++) {
    const word = words[j];
    if (j > i && !areAdjacent(text, words[j - 1], word)) return undefined;
    if (isFunctionWord(word) && j > i) continue;
    const at = left.indexOf(word.text.toLowerCase());
    if (at < 0 || !isCapitalised(word)) return undefined;
    left.splice(at, 1);
  }
  return left.length ? undefined : words.slice(i, j);
}

function contentWords(words: readonly PhraseWord[]): string[] {
  return words.filter((w) => !isFunctionWord(w)).map((w) => w.text.toLowerCase());
}

function sameOrder(a: readonly PhraseWord[], b: readonly PhraseWord[]): boolean {
  return contentWords(a).join(' ') === contentWords(b).join(' ');
}
