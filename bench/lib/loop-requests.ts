import { checkinId, isShared, tokenFor, userId } from "./loop-data.ts";

/** One request for autocannon's setupRequest. */
export interface BenchRequest {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const random = (n: number) => Math.floor(Math.random() * n);
const cookieOf = (couple: number, side: 0 | 1) => ({ cookie: `attune_session=${tokenFor(userId(couple, side))}` });
const dayOf = (day: number) => new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

/** Requests of the daily loop, for a random person of `couples` loaded by loop-data.ts. */
export function loopRequests(couples: number) {
  return {
    // A page of 10: a week holds ~11 shared check-ins per couple, so week and year runs
    // return full pages of the same size and compare data volume, not payload size.
    timeline: (): BenchRequest => ({ method: "GET", path: "/api/timeline?limit=10", headers: cookieOf(random(couples), random(2) as 0 | 1) }),
    /** A reply to a random shared check-in of the last week of `daysLoaded`. */
    reply: (daysLoaded: number) => (): BenchRequest => {
      const couple = random(couples);
      const side = random(2) as 0 | 1;
      // day 0 is private, so never step below it
      let day = daysLoaded - 1 - random(Math.min(daysLoaded, 7));
      while (!isShared(day)) day = day + 1 < daysLoaded ? day + 1 : day - 1;
      return {
        method: "POST",
        path: `/api/checkins/${checkinId(couple, side, day)}/replies`,
        headers: { ...cookieOf(couple, side ? 0 : 1), "content-type": "application/json", "x-attune-csrf": "1" },
        body: JSON.stringify({ body: "That sounds really hard — no wonder you're still thinking about it. What stung most?" }),
      };
    },
    dailyQuestion: (daysLoaded: number) => (): BenchRequest => ({
      method: "GET",
      path: `/api/daily-question?day=${dayOf(daysLoaded - 1)}`,
      headers: cookieOf(random(couples), random(2) as 0 | 1),
    }),
    partnerMap: (): BenchRequest => ({ method: "GET", path: "/api/partner-map/notes", headers: cookieOf(random(couples), random(2) as 0 | 1) }),
  };
}
