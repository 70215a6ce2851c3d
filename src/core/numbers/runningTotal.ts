// A count that grows through the day: a death toll or a number of evacuees "as of 8 a.m." in one
// version and "as of 4pm" in a later one is an update, not a disagreement. Figures are compared
// unless both sentences say at what moment they count, and name different ones.

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/**
 * A word of the moment a tally is given at: "8 a.m.", "4pm", "noon", "on Saturday", "16/11",
 * "November 16", "16 November". A figure alone is not one: it may be the tally itself.
 */
const MOMENT_WORD = String.raw`(?:\d{1,2}(?:[:.h]\d{2})?\s?(?:[ap]\.?m\b\.?|h\b)|\d{1,2}[:h]\d{2}\b|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?\s(?=${MONTH})|(?:${MONTH})\b(?:\s\d{1,2}(?:st|nd|rd|th)?\b)?|noon|midnight|press time|the|on|of|end|beginning|start|middle|close|this|last|early|late|morning|afternoon|evening|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day|,)`;

/** "as of 8 a.m. on Saturday", "so far", "to date", "the toll rose to": a tally at some moment. */
const TALLY = new RegExp(
  String.raw`\bas (?:of|at)(?:\s*${MOMENT_WORD})+|\bso far\b|\bto date\b|\bup to now\b|\b(?:toll|tally) (?:has |had )?(?:rose|risen|climbed|reached|rises|climbs|reaches)\b`,
  'gi',
);

/** Words a moment may be written with or without: "as of 8 a.m. on Saturday" is "as of 8am Saturday". */
const FILLER = /\b(?:on|the|at)\b|[\s.,]+/g;
/** Tallies up to the moment of writing, however put. */
const NOW = /^(?:so far|to date|up to now)$/;

/** The tally phrases of a sentence as moments ("asof8amsaturday", "now"), in order. */
function talliesOf(text: string): string[] {
  return [...text.matchAll(TALLY)].map((m) => {
    const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
    return NOW.test(phrase) ? 'now' : phrase.replace(FILLER, '');
  });
}

/** Whether two sentences give their figures as tallies at moments that may differ. */
export function talliesAtDifferentMoments(textsA: readonly string[], textsB: readonly string[]): boolean {
  const a = talliesOf(textsA.join(' ')), b = talliesOf(textsB.join(' '));
  // "so far in 2025" against "this year" is one tally: only two moments named apart tell an update
  if (!a.length || !b.length) return false;
  return a.length !== b.length || a.some((phrase, k) => phrase !== b[k]);
}
