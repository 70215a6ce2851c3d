// Spelling keys, one object per distinct key. A word's key is known from its text (outside a
// name), so the memo of a token text holds its key object, and reading a document needs no
// look-up per word: marks on the key ("last met in document n, as its i-th key") stand in for a
// map per document. The keys are few (the corpus's vocabulary and its names) and stay.
export interface SpellingKey {
  text: string;
  /** The reading that last met the key, and the key's index among that document's keys. */
  readingSeen: number;
  index: number;
  /** The reading that last met the key used without a spelling choice. */
  readingPlain: number;
}

const keys = new Map<string, SpellingKey>();
let readings = 0;

export function spellingKey(text: string): SpellingKey {
  let key = keys.get(text);
  if (!key) keys.set(text, (key = { text, readingSeen: 0, index: 0, readingPlain: 0 }));
  return key;
}

/** A number for one reading of one document, to mark the keys it meets. */
export function newReading(): number {
  return ++readings;
}
