// Spelling keys, one object per distinct key. A word's key is known from its text (outside a
// name), so the memo of a token text holds its key object, and reading a document needs no
// look-up per word: marks on the key ("last met in document n, as its i-th key") stand in for a
// map per document. The keys are few (the corpus's vocabulary and its names) and stay. Each has a
// number, so that a document keeps its keys as 4 bytes each rather than as a pointer per string.
export interface SpellingKey {
  text: string;
  /** The key's number, its place among all keys made so far (see keyText). */
  id: number;
  /** The reading that last met the key, and the key's index among that document's keys. */
  readingSeen: number;
  index: number;
}

const keys = new Map<string, SpellingKey>();
const texts: string[] = [];
let readings = 0;

export function spellingKey(text: string): SpellingKey {
  let key = keys.get(text);
  if (!key) {
    keys.set(text, (key = { text, id: texts.length, readingSeen: 0, index: 0 }));
    texts.push(text);
  }
  return key;
}

/** The text of the key with this number. */
export function keyText(id: number): string {
  return texts[id];
}

/** The number of a key some document has used; undefined for a text no document uses. */
export function keyIdOf(text: string): number | undefined {
  return keys.get(text)?.id;
}

/** How many keys have been made: every key's number is below it. */
export function keysMade(): number {
  return texts.length;
}

/** A number for one reading of one document, to mark the keys it meets. */
export function newReading(): number {
  return ++readings;
}
