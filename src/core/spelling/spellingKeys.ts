// Spelling keys, by number. A word's key is known from its text (outside a name), so the memo of
// a token text holds its key's number, and reading a document needs no look-up per word: marks
// kept by number ("last met in document n, as its i-th key") stand in for a map per document. The
// keys are few (the corpus's vocabulary and its names) and stay; a document keeps its keys as
// small numbers rather than as a pointer per string, and a key is a number, not an object (there
// are tens of thousands of names' words), numbered by a table of typed arrays (a Map of them took
// three times the memory).
import { grown, hashOf, WordTable } from '../lexicon/wordTable';

const keys = new WordTable();
/** By key number: the reading that last met the key, and the key's index among that document's keys. */
let readingSeen = new Int32Array(1 << 12);
let indexInReading = new Int32Array(1 << 12);
let readings = 0;

/** The number of the key with this text, made when new. */
export function spellingKey(text: string): number {
  const key = keys.intern(text, 0, text.length, hashOf(text));
  if (key >= readingSeen.length) {
    readingSeen = grown(readingSeen, readingSeen.length * 2);
    indexInReading = grown(indexInReading, indexInReading.length * 2);
  }
  return key;
}

/** The text of the key with this number. */
export function keyText(key: number): string {
  return keys.words[key];
}

/** The number of a key some document has used; undefined for a text no document uses. */
export function keyIdOf(text: string): number | undefined {
  const key = keys.idOf(text);
  return key < 0 ? undefined : key;
}

/** How many keys have been made: every key's number is below it. */
export function keysMade(): number {
  return keys.size;
}

/** A number for one reading of one document, to mark the keys it meets. */
export function newReading(): number {
  return ++readings;
}

/** The key's index among the keys of a reading; -1 when the reading has not met it yet. */
export function indexInReadingOf(key: number, reading: number): number {
  return readingSeen[key] === reading ? indexInReading[key] : -1;
}

/** Notes the key's index among the keys of a reading, when it first meets it. */
export function noteIndexInReading(key: number, reading: number, index: number): void {
  readingSeen[key] = reading;
  indexInReading[key] = index;
}

// A choice of a key (`key + CHOICE_SEPARATOR + signature`: "defens\u0000|ce") has a number too:
// documents list the choices they make, and the index counts the documents that make each.
const CHOICE_SEPARATOR = '\u0000';
const choices = new WordTable();
/** By choice number: the number of the key it is a choice of. */
let keyOfChoiceNumber = new Int32Array(1 << 10);

/**
 * By key number, the number of the choice of it asked for last, and by choice number its
 * signature. A word is written the same way again and again: asked again, a choice is found by
 * its key's number without joining and hashing its text. A map, not an array by key number: few
 * of the corpus's many keys are ever written with a choice.
 */
const lastChoiceOfKey = new Map<number, number>();
const signatureOfChoice: string[] = [];

/** The number of a choice of a key, made when new. */
export function choiceNumber(key: number, signature: string): number {
  const last = lastChoiceOfKey.get(key);
  if (last !== undefined && signatureOfChoice[last] === signature) return last;
  const text = [keyText(key), CHOICE_SEPARATOR, signature].join('');
  const choice = choices.intern(text, 0, text.length, hashOf(text));
  if (choice >= keyOfChoiceNumber.length) keyOfChoiceNumber = grown(keyOfChoiceNumber, keyOfChoiceNumber.length * 2);
  keyOfChoiceNumber[choice] = key;
  signatureOfChoice[choice] = signature;
  lastChoiceOfKey.set(key, choice);
  return choice;
}

/** The number of the key a choice is a choice of. */
export function keyOfChoice(choice: number): number {
  return keyOfChoiceNumber[choice];
}

/** How many choices have been numbered: every choice's number is below it. */
export function choicesMade(): number {
  return choices.size;
}
