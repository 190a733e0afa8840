import { describe, expect, it } from "vitest";
import { simulateCouple } from "../../../../../scripts/insights-sim/generate.ts";
import { DAY_MS, dayNumber, type CoupleFacts, type ReplyFact } from "./facts.ts";
import { SIGN_IDS, type SignId } from "./rules.ts";
import { buildSeries } from "./series.ts";
import { showingDays } from "./signs.ts";
import { viewFor } from "./view.ts";

/** Days (in [from, to]) on which `sign` shows to either partner. */
function shown(facts: CoupleFacts, sign: SignId, from: number, to: number): number[] {
  const days = new Set<number>();
  for (const person of facts.people) {
    const series = buildSeries(viewFor(facts, person), from - 150, to);
    showingDays(series, facts.people, person, sign, from, to).forEach((on, i) => {
      if (on) days.add(from + i);
    });
  }
  return [...days];
}

// A healthy simulated couple that sees no sign at all over the weeks the test touches.
const couple = (() => {
  for (let seed = 1; seed < 200; seed += 1) {
    const c = simulateCouple(seed, "healthy");
    const day = c.start + 200;
    if (SIGN_IDS.every((s) => shown(c.facts, s, day - 5, day + 30).length === 0)) return { ...c, day };
  }
  throw new Error("no quiet healthy couple in the first seeds");
})();
const [a, b] = couple.facts.people;

const reply = (from: string, to: string, day: number, i: number, patch: Partial<ReplyFact>): ReplyFact => ({
  checkinId: null,
  toId: to,
  authorId: from,
  createdAt: day * DAY_MS + 10 * 3_600_000 + i * 60_000,
  level: 1,
  pitfalls: [],
  heard: null,
  heardAt: null,
  ...patch,
});

/** One day, or the same day's worth spread over `days` days, of what each sign reads. */
function withBadDays(sign: SignId, days: number): CoupleFacts {
  const f = couple.facts;
  const bad = (d: number) => d >= couple.day && d < couple.day + days;
  switch (sign) {
    case "harshness":
      return {
        ...f,
        replies: [
          ...f.replies,
          ...Array.from({ length: days }, (_, k) =>
            Array.from({ length: 8 }, (_, i) => reply(a, b, couple.day + k, i, { level: 0, pitfalls: ["blaming"] })),
          ).flat(),
        ],
      };
    case "loneliness":
      return {
        ...f,
        shares: f.shares.map((s) => (s.authorId === a && bad(dayNumber(s.day)) ? { ...s, emotions: { ...s.emotions, sad: 3, fear: 3 } } : s)),
        replies: [
          ...f.replies,
          ...Array.from({ length: days }, (_, k) =>
            Array.from({ length: 8 }, (_, i) => reply(b, a, couple.day + k, i, { heard: false, heardAt: (couple.day + k) * DAY_MS + 20 * 3_600_000 })),
          ).flat(),
        ],
      };
    case "distance":
    case "imbalance":
      // Nothing shared, nothing opened up, and (for distance) nothing answered on those days.
      return {
        ...f,
        shares: f.shares.map((s) => (bad(dayNumber(s.day)) && (sign === "distance" || s.authorId === a) ? { ...s, shared: false, inner: false } : s)),
      };
  }
}

describe("never a sign from a single day", () => {
  for (const sign of SIGN_IDS) {
    it(`${sign}: one very bad day raises nothing in the four weeks after`, () => {
      expect(shown(withBadDays(sign, 1), sign, couple.day - 5, couple.day + 28)).toEqual([]);
    });
  }

  it("the same evidence over enough days does raise the signs (so the test above could fail)", () => {
    expect(shown(withBadDays("harshness", 4), "harshness", couple.day, couple.day + 14).length).toBeGreaterThan(0);
    expect(shown(withBadDays("loneliness", 14), "loneliness", couple.day, couple.day + 20).length).toBeGreaterThan(0);
    expect(shown(withBadDays("distance", 14), "distance", couple.day, couple.day + 20).length).toBeGreaterThan(0);
    expect(shown(withBadDays("imbalance", 21), "imbalance", couple.day, couple.day + 24).length).toBeGreaterThan(0);
  });
});
