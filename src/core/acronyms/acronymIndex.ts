// The corpus's acronym definitions and capitalised words, kept from one check to the next (a
// re-check reads only the documents that changed): which documents define each acronym, which
// define one with a long form that does not fit, and which write each capitalised word of
// interest (the words of those long forms).
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import { DocumentIndex } from '../spelling/documentIndex';
import { FocusedIndex } from '../spelling/focusedIndex';
import type { AcronymDefinition } from './acronymDefinitions';
import { documentAcronyms } from './documentAcronyms';

// Index keys for definitions start with a bracket, which no word holds.
const NOT_FITTING = '(';
const definesKey = (acronym: string) => `(${acronym.toLowerCase()}`;

export class AcronymIndex {
  private readonly definitions = new DocumentIndex<string>(definitionKeys);
  private readonly words = new FocusedIndex<string>((doc) => documentAcronyms(doc).capitalisedWords);
  private position: ReadonlyMap<AnalyzedDocument, number> = new Map();
  private documents: readonly AnalyzedDocument[] = [];
  /** Worked out once per update. */
  private readonly fittingByAcronym = new Map<string, AcronymDefinition[]>();

  /** Brings the index to these documents; false when it was built anew. */
  update(documents: readonly AnalyzedDocument[]): boolean {
    const changed = this.definitions.update(documents);
    this.documents = documents;
    this.position = new Map(documents.map((doc, i) => [doc, i]));
    this.fittingByAcronym.clear();
    if (changed === 'all') {
      this.words.clear();
      return false;
    }
    this.words.change(this.definitions.added, this.definitions.removed, new Set());
    return true;
  }

  /** The documents the last update added or removed. */
  get changedDocuments(): readonly AnalyzedDocument[] {
    return [...this.definitions.added, ...this.definitions.removed];
  }

  /** Follows which documents write these words capitalised (and no others). */
  focus(words: ReadonlySet<string>): void {
    this.words.drop([...this.words.keys()].filter((w) => !words.has(w)));
    this.words.follow(words, this.documents);
  }

  /** The documents that write a word in focus (lower case) capitalised. */
  documentsWriting(word: string): readonly AnalyzedDocument[] | undefined {
    return this.words.documentsWith(word);
  }

  /** The definitions whose long form does not fit, in corpus order. */
  notFitting(): AcronymDefinition[] {
    return this.inOrder(this.definitions.documentsWith(NOT_FITTING)).flatMap((doc) => documentAcronyms(doc).definitions.filter((d) => !d.fits));
  }

  /** The definitions of an acronym (in any case) that fit, in corpus order. */
  fitting(acronym: string): AcronymDefinition[] {
    const lower = acronym.toLowerCase();
    let found = this.fittingByAcronym.get(lower);
    if (!found) {
      found = this.inOrder(this.definitions.documentsWith(definesKey(acronym)))
        .flatMap((doc) => documentAcronyms(doc).definitions.filter((d) => d.fits && d.acronym.toLowerCase() === lower));
      this.fittingByAcronym.set(lower, found);
    }
    return found;
  }

  inOrder(documents: Iterable<AnalyzedDocument> = []): AnalyzedDocument[] {
    return [...documents].sort((a, b) => this.position.get(a)! - this.position.get(b)!);
  }
}

function definitionKeys(doc: AnalyzedDocument): string[] {
  const { definitions } = documentAcronyms(doc);
  const keys = new Set(definitions.map((d) => definesKey(d.acronym)));
  if (definitions.some((d) => !d.fits)) keys.add(NOT_FITTING);
  return [...keys];
}
