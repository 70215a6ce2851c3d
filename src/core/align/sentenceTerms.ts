// The content of a sentence as weighted terms: stop words out, words stemmed, and the parts that
// survive paraphrase and translation best, numbers and capitalised names, counted more.
import { STOP_WORDS } from '../text/stopWords';
import { stemWord } from './wordStem';

export type SentenceTerms = Map<string, number>;

const TOKEN = /\p{L}[\p{L}\p{M}'’]*|\d(?:[\d,.]*\d)?/gu;
/**
 * Words are cut to their first letters after plural folding, a crude stemmer that survives
 * paraphrase well: "modernisation" and "modernise", "Freedonia" and "Freedonian" meet.
 */
const PREFIX_LETTERS = 7;
/** How much more a number or a name says about what a sentence states than an ordinary word. */
const NUMBER_WEIGHT = 2;
const NAME_WEIGHT = 2;

interface Word {
  text: string;
  end: number;
  /** Capitalised and no function word: part of a name. */
  namePart: boolean;
  /** A name part in title case ("Viet", "Nam"; not "US"), which may join the next one. */
  joinable: boolean;
}

export function sentenceTerms(text: string): SentenceTerms {
  const terms: SentenceTerms = new Map();
  const add = (term: string, weight: number) => terms.set(term, (terms.get(term) ?? 0) + weight);
  let previous: Word | undefined;
  let sentenceStart = true;
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    const start = match.index ?? 0;
    if (isDigit(token.charCodeAt(0))) {
      add(`#${token.replace(/,/g, '')}`, NUMBER_WEIGHT);
      previous = undefined;
    } else {
      const word = wordOf(token, start);
      const acronym = token.length >= 2 && token === token.toUpperCase() && word.namePart;
      if (acronym || (token.length >= 3 && !STOP_WORDS.has(token.toLowerCase()))) {
        add(termOf(token), acronym || (word.namePart && !sentenceStart) ? NAME_WEIGHT : 1);
      }
      // "Viet Nam" and "Vietnam", "Ha Noi" and "Hanoi": two capitalised words in a row also count as one
      if (previous?.joinable && word.joinable && previous.end + 1 === start && text[previous.end] === ' ') add(termOf(previous.text + token), NAME_WEIGHT);
      previous = word;
    }
    sentenceStart = false;
  }
  return terms;
}

function wordOf(token: string, start: number): Word {
  const lower = token.toLowerCase();
  const namePart = token[0] !== lower[0] && !STOP_WORDS.has(lower);
  const joinable = namePart && token.length > 1 && token[1] === lower[1] && token[1] !== token[1].toUpperCase();
  return { text: token, end: start + token.length, namePart, joinable };
}

function termOf(word: string): string {
  return stemWord(word).slice(0, PREFIX_LETTERS);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
