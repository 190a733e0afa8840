import { describe, expect, it } from "vitest";
import { DAY_MS, dayString, type CoupleFacts, type ReplyFact, type ShareFact } from "./facts.ts";
import { lonelinessRule } from "./rules.ts";
import { buildSeries } from "./series.ts";

const DAY = 20_600;
const share = (i: number, author: string, day: number, sad = 0): ShareFact => ({
  id: `s${i}`,
  authorId: author,
  day: dayString(day),
  shared: true,
  inner: true,
  emotions: { mad: 0, sad, glad: 1, fear: 0 },
  words: [],
  createdAt: day * DAY_MS + 9 * 3_600_000,
});
const reply = (to: ShareFact, afterHours: number, patch: Partial<ReplyFact> = {}): ReplyFact => ({
  checkinId: to.id,
  toId: to.authorId,
  authorId: to.authorId === "a" ? "b" : "a",
  createdAt: to.createdAt + afterHours * 3_600_000,
  level: 1,
  pitfalls: [],
  heard: null,
  heardAt: null,
  ...patch,
});

describe("the series the rules read", () => {
  it("counts a share answered within a day and within three days apart (distance reads both)", () => {
    const shares = [0, 1, 2, 3].map((i) => share(i, "a", DAY));
    const facts: CoupleFacts = { people: ["a", "b"], shares, replies: [reply(shares[0]!, 10), reply(shares[1]!, 40), reply(shares[2]!, 100)] };
    const a = buildSeries(facts, DAY - 5, DAY + 5).byPerson.get("a")!;
    expect(a.shared.sum(DAY, DAY)).toBe(4);
    expect(a.sharedAnsweredSoon.sum(DAY, DAY)).toBe(1);
    expect(a.sharedAnswered.sum(DAY, DAY)).toBe(2);
  });
});

describe("loneliness without a usual of their own", () => {
  // Twelve days of check-ins with one "Not quite", and nothing before them: a new person.
  const facts = (sad: number): CoupleFacts => {
    const shares = Array.from({ length: 12 }, (_, k) => share(k, "a", DAY + k, sad));
    return { people: ["a", "b"], shares, replies: [reply(shares[3]!, 2, { heard: false, heardAt: shares[3]!.createdAt + 3 * 3_600_000 })] };
  };
  const holds = (sad: number) => lonelinessRule(buildSeries(facts(sad), DAY - 100, DAY + 11), "a", DAY + 11).holds;

  it("measures heaviness against a usual shrunk towards a common one, not against nothing", () => {
    // Sad at 2 every day clears the bare floor (1.7) but not "usual + 1.2" with the shrunk usual (1).
    expect(holds(2)).toBe(false);
    expect(holds(3)).toBe(true);
  });
});
