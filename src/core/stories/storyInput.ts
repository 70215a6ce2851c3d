// What story grouping needs from one analysed document.
import { daysBetween } from './leadDay';
import type { TermVector } from './termDictionary';

export interface StoryInput {
  path: string;
  headline: string;
  terms: TermVector;
  /** ISO date, when known: versions published far apart are not one story. */
  published?: string;
  /** The day of the year its lead dates the story to, when it does (leadDay.ts). */
  leadDay?: number;
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

/** Leads this many days apart or more (a week) tell of two events, not one. */
const LEAD_DAYS_APART = 7;

/** Whether the two leads date their stories a week or more apart (unknown when either gives no day). */
export function leadsApart(a: StoryInput, b: StoryInput): boolean {
  return a.leadDay !== undefined && b.leadDay !== undefined && daysBetween(a.leadDay, b.leadDay) >= LEAD_DAYS_APART;
}

/** The same vocabulary with the same weights: an edit that changed no term changes no story. */
export function sameTerms(a: TermVector, b: TermVector): boolean {
  if (a === b) return true;
  if (a.ids.length !== b.ids.length) return false;
  for (let k = 0; k < a.ids.length; k++) if (a.ids[k] !== b.ids[k] || a.weights[k] !== b.weights[k]) return false;
  return true;
}
