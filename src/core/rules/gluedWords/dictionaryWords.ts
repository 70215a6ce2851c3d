// Whether a word of the text is a dictionary word, asked once per distinct word: every word of
// five letters or more of the corpus is asked, and the corpus vocabulary has already numbered
// them (the letter runs it counts are these words whenever a word is plain ASCII letters).
import type { CorpusVocabulary } from '../../lexicon/corpusVocabulary';
import type { Lexicon } from '../../lexicon/lexicon';
import { grown, HASH_START, hashStep } from '../../lexicon/wordTable';

const UNKNOWN = 0, KNOWN_WORD = 1, NO_WORD = 2;

export class DictionaryWords {
  /** By the vocabulary's word number: UNKNOWN until asked, then KNOWN_WORD or NO_WORD. */
  private answers = new Uint8Array(1024);

  constructor(private readonly lexicon: Lexicon, private readonly vocabulary: CorpusVocabulary) {}

  /** Whether the lexicon has text[from, to). */
  has(text: string, from: number, to: number): boolean {
    return this.hasNumbered(text, from, to, this.numberOf(text, from, to));
  }

  /** The same, given the vocabulary's number of text[from, to) (or -1: it has none). */
  hasNumbered(text: string, from: number, to: number, id: number): boolean {
    if (id < 0) return this.lexicon.has(text.slice(from, to));
    if (id >= this.answers.length) this.answers = grown(this.answers, Math.max(id + 1, this.answers.length * 2));
    if (this.answers[id] === UNKNOWN) this.answers[id] = this.lexicon.has(this.vocabulary.table.words[id]) ? KNOWN_WORD : NO_WORD;
    return this.answers[id] === KNOWN_WORD;
  }

  /** The vocabulary's number of a word of ASCII letters, or -1 (another word, or one it never counted). */
  private numberOf(text: string, from: number, to: number): number {
    let hash = HASH_START;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return -1;
      hash = hashStep(hash, c);
    }
    return this.vocabulary.table.find(text, from, to, hash);
  }
}
