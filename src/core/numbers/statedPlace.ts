// Where a figure is said to be: the place named right after it ("four people died in neighbouring
// Quang Ngai province", "12 people in central Vietnam"). Versions break a total down by place, and
// a sentence giving one province's dead is aligned with one giving the whole region's: two figures
// said of places with no word in common are about different things.

/**
 * After the figure: up to two words ("died", "were killed"), a preposition, an article and a
 * direction or neighbourhood word, then the capitalised name.
 */
const PLACE_AFTER = /^\s+(?:[a-z]+\s+){0,2}?(?:in|at|from)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|central|northern|southern|eastern|western|north|south|east|west)\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u;

/** The words of the place named after the figure ending at `end` in `text`, lower case; undefined when none is. */
export function placeAfter(text: string, end: number): string[] | undefined {
  const match = PLACE_AFTER.exec(text.slice(end, end + 80));
  return match ? match[1].toLowerCase().split(/\s+/) : undefined;
}

/** Two figures each said of a place, the places sharing no word. */
export function saidOfOtherPlaces(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return !!a && !!b && !a.some((word) => b.includes(word));
}
