// What story grouping needs from one analysed document.
import { dayOfIso, daysBetween } from './leadDay';
import type { TermVector } from './termDictionary';

export interface StoryInput {
  path: string;
  headline: string;
  terms: TermVector;
  /** The outlet, when known: two of its reports are one story only by their words (sameStory.ts). */
  outlet?: string;
  /** ISO date, when known: versions published far apart are not one story. */
  published?: string;
  /** The day of the year its lead dates the story to, when it does (leadDay.ts). */
  leadDay?: number;
  /** Whether that day is surely the day of the news (leadDay.ts Lead.sure). */
  leadSure?: boolean;
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

/** How far apart two versions date their story (leadDistance). */
export type LeadDistance = 'near' | 'week' | 'far';

/**
 * How far apart two versions date their story: by their leads, or by one's lead and the other's
 * publication date when only one lead gives a day (an undated copy has nothing else to keep it from
 * a story published weeks from its events). 'week': a week or more, two events unless the versions
 * are very alike; 'far': more than two weeks by days both sure of (a publication date, a dateline, a
 * lead's "on August 31", a lead its publication confirms), never one story, as versions published
 * that far apart ("GDP grows 6.93 per cent in second quarter" and "7.4 per cent in third quarter",
 * datelined three months apart, are alike in all but their figures). A lead of an undated copy may
 * open on background (the bridge "which collapsed on September 9 last year" reopened on Monday): a
 * week at most. 'near' when nothing tells.
 */
export function leadDistance(a: StoryInput, b: StoryInput): LeadDistance {
  const [dayA, dayB] = [newsDay(a), newsDay(b)];
  if (dayA === undefined && dayB === undefined) return 'near';
  const [sideA, sideB] = [dayA ?? publishedDay(a), dayB ?? publishedDay(b)];
  if (sideA === undefined || sideB === undefined) return 'near';
  const days = daysBetween(sideA.day, sideB.day);
  if (days > MAX_DAYS_APART && sideA.sure && sideB.sure) return 'far';
  return days >= LEAD_DAYS_APART ? 'week' : 'near';
}

interface StoryDay {
  day: number;
  /** Known to be the day of the news: a publication date, a sure lead (leadDay.ts), a lead near its publication. */
  sure: boolean;
}

function publishedDay(input: StoryInput): StoryDay | undefined {
  const day = dayOfIso(input.published);
  return day === undefined ? undefined : { day, sure: true };
}

/**
 * The lead's day when it can be the day of the news: a lead whose first date is a week or more from
 * its own publication tells of the background ("talks that began on March 3 ended on Wednesday").
 */
function newsDay(input: StoryInput): StoryDay | undefined {
  if (input.leadDay === undefined) return undefined;
  const published = dayOfIso(input.published);
  if (published === undefined) return { day: input.leadDay, sure: input.leadSure === true };
  return daysBetween(input.leadDay, published) < LEAD_DAYS_APART ? { day: input.leadDay, sure: true } : undefined;
}

/** The same vocabulary with the same weights: an edit that changed no term changes no story. */
export function sameTerms(a: TermVector, b: TermVector): boolean {
  if (a === b) return true;
  if (a.ids.length !== b.ids.length) return false;
  for (let k = 0; k < a.ids.length; k++) if (a.ids[k] !== b.ids[k] || a.weights[k] !== b.weights[k]) return false;
  return true;
}
