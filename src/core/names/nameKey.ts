// Normalisers for person names. Three levels, each coarser than the last:
//   foldName      what a reader would call "the same letters": no diacritics, no case, one kind of
//                 hyphen and space, no apostrophes;
//   spellingKey   one token with the transliteration choices between alphabets removed
//                 (kh/h, ph/f, x/ks, w/v, ou/u, -ey/-ei/-ej, hard c/k ...), vowels kept so that
//                 edit distances still mean something;
//   phoneticKey   a grouping key: double letters collapsed and vowel runs reduced, so that
//                 Mohammed/Muhammad/Mohamad or Sergei/Sergey/Serguei share a key. Two tokens with
//                 the same phonetic key are candidates, not proof: compareNames decides.

// Letters that NFKD leaves whole (they are not a base letter plus a combining mark).
const SOLID_LETTERS: Readonly<Record<string, string>> = {
  'đ': 'd', 'ð': 'd', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'ł': 'l', 'ı': 'i',
  'þ': 'th', 'ħ': 'h', 'ŧ': 't', 'ŋ': 'ng', 'ƒ': 'f',
};
const SOLID_LETTER = /[đðøæœßłıþħŧŋƒ]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// Apostrophes and the modifier letters used for ayn/hamza ('Abd, Shia', CHO'NG) carry no letter.
const APOSTROPHES = /['`\u00B4\u2018\u2019\u201B\u02B9-\u02BF\u02C8]/g;
const SPACES = /\s+/gu;

/** Lower-case, diacritic-free form of a name; hyphens unified to "-", apostrophes dropped, spaces collapsed. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SOLID_LETTER, (letter) => SOLID_LETTERS[letter] ?? letter)
    .replace(DASHES, '-')
    .replace(APOSTROPHES, '')
    .replace(SPACES, ' ')
    .trim();
}

// Digits typed for look-alike letters (Ig0r Sech1n).
const LOOKALIKE_DIGITS: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g',
};
const DIGIT = /[0-9]/g;
const HAS_LETTER = /[a-z]/;
const NOT_LETTER = /[^a-z]/g;

type Rewrite = readonly [RegExp, string];

// Order matters: hard c becomes k before the ch/sch/cz digraphs turn into c, so that the c left
// behind always means the "ch" sound, and the vowel rules run after w became v.
const SPELLING_REWRITES: readonly Rewrite[] = [
  [/ck/g, 'k'],
  [/c(?![hzeiy])/g, 'k'],
  [/qu(?=[aeiouy])/g, 'k'],
  [/q/g, 'k'],
  [/tsch/g, 'c'],
  [/sch/g, 's'],
  [/tch|cz|ch/g, 'c'],
  [/sh|sz/g, 's'],
  [/dzh|zh|dj/g, 'j'],
  [/dz/g, 'd'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/tz/g, 'z'],
  [/^x/, 's'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/gu(?=[ei])/g, 'g'],
  [/ou/g, 'u'],
  // Indonesian names in the Dutch-era spelling write u as oe after a consonant (Soeharto/Suharto,
  // Soetrisno/Sutrisno); not a y's vowels (Mirziyoev).
  [/(?<=[^aeiouy])oe(?=[^aeiou])/g, 'u'],
  // Iouri, Iosif: French and older English write the initial y sound as i.
  [/^i(?=[uo])/, 'y'],
  // Slavic -ий/-ей/-ай/-ой endings: Dmitriy/Dmitrij/Dmitry, Sergey/Sergej, Nikolay/Nikolaj.
  [/(?:iy|ij|yj|yi|yy|ii)$/, 'i'],
  [/([eao])[yj]$/, '$1i'],
  // y that is not followed by a vowel is itself a vowel (Yury, Zelenskyy, Friedrych).
  [/y(?![aeiou])/g, 'i'],
  // ei, ey and ay are one diphthong written three ways (Deif/Daif, Hussein/Husayn).
  [/ei/g, 'ai'],
  // Transliterations from Cyrillic drop the e of -der/-ter (Aleksandr, Petr).
  [/([bdgkptv])r$/, '$1er'],
  // Arabic ta marbuta is written with or without a final h (Abdullah/Abdulla).
  [/([aeiou])h$/, '$1'],
];

/** A folded token with spelling choices between transliteration systems removed; vowels kept. */
export function spellingKey(foldedToken: string): string {
  let key = HAS_LETTER.test(foldedToken)
    ? foldedToken.replace(DIGIT, (digit) => LOOKALIKE_DIGITS[digit] ?? digit)
    : foldedToken;
  key = key.replace(NOT_LETTER, '');
  for (const [pattern, replacement] of SPELLING_REWRITES) key = key.replace(pattern, replacement);
  return key;
}

const SILENT_FINAL_E = /([^aeiou])e$/;
const DOUBLE_LETTER = /(.)\1+/g;
const VOWEL_RUN = /[aeiou]+/g;

/** The phonetic key of a spelling key (see phoneticKey). */
export function phoneticKeyOfSpelling(spelling: string): string {
  const key = (spelling.length > 3 ? spelling.replace(SILENT_FINAL_E, '$1') : spelling)
    .replace(DOUBLE_LETTER, '$1');
  // Vowel quality is what transliterations disagree on most; a final -a is kept apart from other
  // final vowels because it often marks a different person (Olga/Oleg, Alexandra/Alexander).
  return key.replace(VOWEL_RUN, (run: string, offset: number) =>
    offset + run.length === key.length && !run.endsWith('a') ? 'e' : 'a');
}

/** Grouping key of one name token: transliteration and spelling variants of a token share it. */
export function phoneticKey(token: string): string {
  return phoneticKeyOfSpelling(spellingKey(foldName(token)));
}

/**
 * A y between vowels, which one transliteration writes and another leaves out ("Mirziyoyev",
 * "Mirziyoev").
 */
const GLIDE = /([aeiou])y(?=[aeiou])/g;

/** phoneticKey without glides: a coarser key, for grouping candidates the matcher then compares. */
export function phoneticKeyWithoutGlides(token: string): string {
  return phoneticKeyOfSpelling(spellingKey(foldName(token)).replace(GLIDE, '$1'));
}

/** A folded word in the forms the matcher compares, computed once per parsed name. */
export interface SpelledWord {
  /** Folded text. */
  text: string;
  spelling: string;
  phonetic: string;
  /** The spelling with doubled letters written once. */
  squeezed: string;
  /** The vowel runs of `squeezed`, one per syllable. */
  vowels: readonly string[];
}

const NON_LETTER = /\P{L}/gu;

/**
 * The forms of a folded word (one token, or several written joined). A word in a script without
 * Latin letters keeps its own letters as its spelling, so that it can at least equal itself.
 */
export function spelledWord(foldedText: string): SpelledWord {
  const spelling = spellingKey(foldedText) || foldedText.replace(NON_LETTER, '');
  const squeezed = spelling.replace(DOUBLE_LETTER, '$1');
  return {
    text: foldedText, spelling, phonetic: phoneticKeyOfSpelling(spelling), squeezed, vowels: squeezed.match(VOWEL_RUN) ?? [],
  };
}
