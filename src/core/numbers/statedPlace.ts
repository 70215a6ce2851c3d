// Where a figure is said to be: the place named right after it ("four people died in neighbouring
// Quang Ngai province", "12 people in central Vietnam"). Versions break a total down by place, and
// a sentence giving one province's dead is aligned with one giving the whole region's: two figures
// said of places with no word in common are about different things.
import { MONTH_NAMES, WEEKDAY_NAMES } from '../dates/calendar';
import { foldName } from '../names/nameKey';

/**
 * After the figure: up to two words ("died", "were killed"), a preposition, an article and a
 * direction or neighbourhood word, then the capitalised name.
 */
const PLACE_AFTER = /^\s+(?:[a-z]+\s+){0,2}?(?:in|at|from)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|central|northern|southern|eastern|western|north|south|east|west)\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u;

/** Capitalised words after "in" that are times, not places: "12 people in May". */
const NOT_PLACES: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map((name) => name.toLowerCase()));

/**
 * The words of the place named after the figure ending at `end` in `text`: lower case, accents and
 * possessives dropped ("Quảng Ngãi", "Viet Nam's" → quang ngai, viet nam); undefined when none is.
 */
export function placeAfter(text: string, end: number): string[] | undefined {
  const match = PLACE_AFTER.exec(text.slice(end, end + 80));
  if (!match) return undefined;
  const words = foldName(match[1].replace(/['’]s\b/g, '')).split(' ');
  return words.some((word) => NOT_PLACES.has(word)) ? undefined : words;
}

/**
 * Two figures each said of a place, the places sharing no word and neither written closed inside
 * the other ("Viet Nam" and "central Vietnam" are one place). Other names of one place ("Kiev",
 * "Kyiv") read as two: a conflict missed, not a false one.
 */
export function saidOfOtherPlaces(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a || !b || a.some((word) => b.includes(word))) return false;
  const [closedA, closedB] = [a.join(''), b.join('')];
  return !closedA.includes(closedB) && !closedB.includes(closedA);
}
