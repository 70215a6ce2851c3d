// Vietnamese personal names: family name first, given name last ("Bui Thanh Son"), and on second
// reference the given name ("Son"), never the family name, which a few families share among
// most of the country. Told by the family name, from the common ones, with a middle name between
// it and the given name: two-word names ("To Lam") are too easily something else to be sure.
import { foldName } from './nameKey';

/**
 * Common Vietnamese family names, without diacritics. Left out: those that are English words or
 * open other names and places (Do, Ho, To, Ha, La, Ma, Ta, Ly, Mai, Lam, Cao, Thai, Kim), and
 * those Chinese names share, whose second reference is the family name (Chu, Lai, Tong).
 */
const FAMILY_NAMES: ReadonlySet<string> = new Set((
  'nguyen tran le pham hoang huynh phan vu vo dang bui duong ngo truong dinh luong trinh doan luu ' +
  'kieu quach vuong trieu thach nong dao khuc ton'
).split(' '));

/** Words that end the names of places and things called after people ("Ho Chi Minh City", "Nguyen Hue Street"). */
const NOT_A_GIVEN_NAME: ReadonlySet<string> = new Set((
  'city town province district ward commune street road avenue boulevard bridge square park airport port ' +
  'station school university hospital museum mausoleum temple pagoda trail campaign prize award'
).split(' '));

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

export interface VietnameseName {
  family: string;
  given: string;
}

/** The family and given name of a Vietnamese name written in full (three or four words, by single spaces), or undefined. */
export function vietnameseName(name: string): VietnameseName | undefined {
  // every name of the corpus is asked: most are told by their first word, before any split
  const space = name.indexOf(' ');
  if (space < 0 || !isFamilyName(name.slice(0, space))) return undefined;
  const words = name.split(' ');
  if (words.length < 3 || words.length > 4 || !words.every((w) => NAME_WORD.test(w))) return undefined;
  const given = words[words.length - 1];
  return NOT_A_GIVEN_NAME.has(given.toLowerCase()) ? undefined : { family: words[0], given };
}

function isFamilyName(word: string): boolean {
  return FAMILY_NAMES.has(/^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : foldName(word));
}
