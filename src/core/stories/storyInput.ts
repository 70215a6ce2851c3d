// What story grouping needs from one analysed document.
import type { TermVector } from './termDictionary';

export interface StoryInput {
  path: string;
  headline: string;
  terms: TermVector;
  /** ISO date, when known: versions published far apart are not one story. */
  published?: string;
}

const MAX_DAYS_APART = 14;

/** Milliseconds since the epoch, NaN when the date is unknown or unreadable. */
export function publishedTime(input: StoryInput): number {
  return input.published ? Date.parse(input.published) : NaN;
}

/** An unknown date is never far from anything (NaN compares false). */
export function farApart(a: number, b: number): boolean {
  return Math.abs(a - b) > MAX_DAYS_APART * 86_400_000;
}

/** The same vocabulary with the same weights: an edit that changed no term changes no story. */
export function sameTerms(a: TermVector, b: TermVector): boolean {
  if (a === b) return true;
  if (a.ids.length !== b.ids.length) return false;
  for (let k = 0; k < a.ids.length; k++) if (a.ids[k] !== b.ids[k] || a.weights[k] !== b.weights[k]) return false;
  return true;
}
