/**
 * The few facts insights are computed from: per check-in and per reply, numbers and ids
 * only — never the words people wrote. The store reads them from indexed columns; the
 * simulation (scripts/insights-sim) makes them up; both feed the same pure functions.
 */
export type Emotions = { mad: number; sad: number; glad: number; fear: number };

export interface ShareFact {
  id: string;
  authorId: string;
  /** the author's calendar day, YYYY-MM-DD */
  day: string;
  /** shared with the partner (in the current couple) */
  shared: boolean;
  /** the coach's reading of the share: true when it opens the inner layer; null when unknown */
  inner: boolean | null;
  emotions: Emotions;
  /** feeling words the coach found in it (e.g. "overwhelmed") */
  words: string[];
  createdAt: number;
}

export interface ReplyFact {
  /** the check-in it answers; null for a reply to a daily-question answer */
  checkinId: string | null;
  /** the person whose share or answer it replies to */
  toId: string;
  authorId: string;
  createdAt: number;
  /** the coach's level for a reply to the partner; null when the coach did not read it */
  level: 0 | 1 | 2 | null;
  pitfalls: string[];
  /** the sharer's "I felt heard" (true) / "Not quite" (false); null when not answered */
  heard: boolean | null;
  heardAt: number | null;
}

/** Everything the rules read for one couple: both people's shares and replies to check-ins. */
export interface CoupleFacts {
  /** the person asking and their partner */
  people: [string, string];
  shares: ShareFact[];
  replies: ReplyFact[];
}

export const DAY_MS = 86_400_000;
const dayNumbers = new Map<string, number>();
/** Day number of a calendar day; remembered, since insights read the same few hundred days over and over (one entry per calendar day). */
export function dayNumber(day: string): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    n = Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
    if (dayNumbers.size > 20_000) dayNumbers.clear();
    dayNumbers.set(day, n);
  }
  return n;
}
export const dayOfTime = (ms: number): number => Math.floor(ms / DAY_MS);
export const dayString = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
