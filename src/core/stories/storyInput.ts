// What story grouping needs from one analysed document.
import { dayOfIso, daysBetween } from './leadDay';
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

/**
 * How far apart two versions date their story: by their leads, or by one's lead and the other's
 * publication date when only one lead gives a day (an undated copy has nothing else to keep it from
 * a story published weeks from its events). 'week': a week or more, two events unless the versions
 * are very alike; 'far': more than two weeks, as versions published that far apart, never one story
 * ("GDP grows 6.93 per cent in second quarter" and "7.4 per cent in third quarter", three months
 * apart, are alike in all but their figures). 'near' when nothing tells.
 */
export type LeadDistance = 'near' | 'week' | 'far';

export function leadDistance(a: StoryInput, b: StoryInput): LeadDistance {
  const [leadA, leadB] = [newsDay(a), newsDay(b)];
  if (leadA === undefined && leadB === undefined) return 'near';
  const [dayA, dayB] = [leadA ?? dayOfIso(a.published), leadB ?? dayOfIso(b.published)];
  if (dayA === undefined || dayB === undefined) return 'near';
  const days = daysBetween(dayA, dayB);
  return days > MAX_DAYS_APART ? 'far' : days >= LEAD_DAYS_APART ? 'week' : 'near';
}

/**
 * The lead's day when it can be the day of the news: a lead whose first date is a week or more from
 * its own publication tells of the background ("talks that began on March 3 ended on Wednesday").
 */
function newsDay(input: StoryInput): number | undefined {
  const published = dayOfIso(input.published);
  return input.leadDay !== undefined && (published === undefined || daysBetween(input.leadDay, published) < LEAD_DAYS_APART) ? input.leadDay : undefined;
}

/** The same vocabulary with the same weights: an edit that changed no term changes no story. */
export function sameTerms(a: TermVector, b: TermVector): boolean {
  if (a === b) return true;
  if (a.ids.length !== b.ids.length) return false;
  for (let k = 0; k < a.ids.length; k++) if (a.ids[k] !== b.ids[k] || a.weights[k] !== b.weights[k]) return false;
  return true;
}
