// Where the corpus writes a name that an acronym's letters fit while a definition's long form
// does not: another definition of the same acronym that fits, or the long form's own words in
// another order, capitalised, with or without the acronym ("Moscow Conference on International
// Security" for "Moscow International Security Conference (MCIS-11)").
// Such a name holds every content word of the long form, so only the documents that write the
// rarest of them capitalised are read, and the names found for a long form stand until a document
// that writes all its words changes.
import { isCheckedBlock, type AnalyzedDocument } from '../engine/analyzedDocument';
import { blockSpan } from '../text/blockSpan';
import type { Span } from '../types';
import { fitsAcronym } from './acronymFit';
import type { AcronymDefinition } from './acronymDefinitions';
import type { AcronymIndex } from './acronymIndex';
import { documentAcronyms } from './documentAcronyms';
import { areAdjacent, isCapitalised, isFunctionWord, phraseText, phraseWordsOf, type PhraseWord } from './phraseWords';

export interface FittingName {
  doc: AnalyzedDocument;
  span: Span;
  /** The name with glued joints opened. */
  text: string;
}

/** Names in the long form's words found anywhere, with the words they were looked up by. */
interface Reordered {
  wanted: readonly string[];
  names: FittingName[];
}

export class FittingNames {
  /** By acronym and long form words. */
  private readonly reordered = new Map<string, Reordered>();

  constructor(private readonly index: AcronymIndex) {}

  /**
   * Follows the index's last update: a long form's names are looked for again when a document that
   * writes all its words came or went, and the index follows the words of every long form that
   * does not fit.
   */
  update(incremental: boolean, notFitting: readonly AcronymDefinition[]): void {
    this.index.focus(new Set(notFitting.flatMap((d) => contentWords(d.longForm))));
    if (!incremental) return this.reordered.clear();
    if (!this.reordered.size) return;
    const changedWords = this.index.changedDocuments.map((doc) => new Set(documentAcronyms(doc).capitalisedWords));
    for (const [key, { wanted }] of this.reordered) {
      if (changedWords.some((words) => wanted.every((w) => words.has(w)))) this.reordered.delete(key);
    }
  }

  /** Fitting names for a definition that does not fit, from every document but the definition's own place. */
  for(definition: AcronymDefinition): FittingName[] {
    const defined = this.index.fitting(definition.acronym)
      .filter((d) => d.doc !== definition.doc)
      .map((d) => ({ doc: d.doc, span: blockSpan(d.block, d.longFrom, d.longTo), text: phraseText(d.longForm) }));
    const definedAt = new Set(defined.map((d) => startOf(d.doc, d.span)));
    const reordered = this.reorderedNames(definition).filter((r) =>
      !(r.doc === definition.doc && r.span.start < definition.span.end && r.span.end > definition.span.start) &&
      !definedAt.has(startOf(r.doc, r.span)));
    return [...defined, ...reordered];
  }

  private reorderedNames(definition: AcronymDefinition): FittingName[] {
    const wanted = contentWords(definition.longForm);
    const key = `${definition.acronym.toLowerCase()} ${wanted.join(' ')}`;
    let found = this.reordered.get(key);
    if (!found) this.reordered.set(key, (found = { wanted, names: this.namesWith(wanted, definition) }));
    return found.names;
  }

  /** Capitalised names anywhere in exactly the wanted words, in another order, that the acronym fits. */
  private namesWith(wanted: readonly string[], definition: AcronymDefinition): FittingName[] {
    const postings = wanted.map((w) => this.index.documentsWriting(w));
    if (!wanted.length || postings.some((docs) => !docs)) return [];
    const rarest = postings.reduce((a, b) => (b!.length < a!.length ? b : a));
    return this.index.inOrder(rarest).flatMap((doc) => reorderedNamesIn(doc, wanted, definition));
  }
}

function reorderedNamesIn(doc: AnalyzedDocument, wanted: readonly string[], definition: AcronymDefinition): FittingName[] {
  const out: FittingName[] = [];
  for (const block of doc.article.blocks) {
    if (!isCheckedBlock(block)) continue;
    const words = phraseWordsOf(block.text);
    for (let i = 0; i < words.length; i++) {
      const name = nameFrom(block.text, words, i, wanted);
      if (!name || sameOrder(name, definition.longForm) || !fitsAcronym(definition.acronym, name)) continue;
      out.push({ doc, span: blockSpan(block, name[0].from, name[name.length - 1].to), text: phraseText(name) });
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

/** A place as a string, to look up. */
function startOf(doc: AnalyzedDocument, span: Span): string {
  return `${doc.source.path}\u0000${span.start}`;
}
