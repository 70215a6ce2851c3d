// Where the words around a letter run start and end, told from the characters next to it, so
// that the candidate search (glueCandidates.ts) cuts words only around the runs it suspects.
// The words are those of text/tokens.ts forEachWord: letters, digits and marks joined by
// apostrophes, hyphens and abbreviation periods.

const APOSTROPHE = 39, HYPHEN = 45, PERIOD = 46;
const MARK = /\p{M}/u;
const LETTER = /\p{L}/u;

/** Whether a letter run is a whole word: no word character or joiner next to it on either side. */
export function isWholeWord(text: string, from: number, to: number): boolean {
  return text.charCodeAt(from) < 128 && (from === 0 || isOutsideWords(text.charCodeAt(from - 1))) && (to === text.length || isOutsideWords(text.charCodeAt(to)));
}

/**
 * Where the words around text[at] can be cut as from the start of the text: after the last
 * character before it that no word holds (a space, a comma), or where the words were read to.
 */
export function wordsResumeAt(text: string, at: number, readTo: number): number {
  for (let i = at - 1; i >= readTo; i--) if (isOutsideWords(text.charCodeAt(i))) return i + 1;
  return readTo;
}

/** ASCII that is neither letter, digit nor what joins a word (apostrophe, hyphen, abbreviation period). */
function isOutsideWords(c: number): boolean {
  if (c >= 128 || c === APOSTROPHE || c === HYPHEN || c === PERIOD) return false;
  return !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57));
}

/** A combining mark, which a letter run may start with and a word never does. */
export function startsWithMark(text: string, at: number): boolean {
  return text.charCodeAt(at) >= 128 && MARK.test(text[at]);
}

/**
 * Part of a web address, e-mail, handle or hashtag: after "@", "#", "/", "\", "." or "_"
 * ("www.|thediplomat", "@|thehill", "#|inthenews"), or before "@", "/", "\", "_" or a period and a
 * letter ("thediplomat|.com", "info|@", "news|/"). Tested on character codes: this runs for
 * every long word that is no dictionary word.
 */
export function isAddressPart(text: string, from: number, to: number): boolean {
  const before = from > 0 ? text.charCodeAt(from - 1) : 0;
  const after = text.charCodeAt(to);
  return isOneOf(before, '@#/\\._') || isOneOf(after, '@/\\_') || (after === PERIOD && LETTER.test(text.charAt(to + 1)));
}

function isOneOf(code: number, characters: string): boolean {
  return code > 0 && characters.includes(String.fromCharCode(code));
}
