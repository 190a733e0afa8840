import { describe, expect, it } from "vitest";
import { DAILY_QUESTIONS, MIND_HEART_PROMPTS, promptById, promptForDay, questionById, questionForDay } from "./index.ts";
import {
  FORTNIGHT_DEPTHS,
  createQuestionRotation,
  fnv1a,
  mulberry32,
  seededPermutation,
  weekday,
  type QuestionRotation,
} from "./rotation.ts";
import { ASSUMPTIONS, type DailyQuestion, type Depth } from "./schema.ts";

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

const SEEDS = ["alice:bob", "u_1:u_2", "", "0", "émilie:søren", "a-very-long-seed-".repeat(20), "x", "y"];
const STARTS = [0, 1, 6, 13, -1, -400, dayOf("2026-11-22"), dayOf("2027-02-28"), dayOf("2028-02-29"), 20_000, 123_457];

/** The first day within [start, start+days) whose question was already served in that window, or null. */
function firstRepeat(pick: (day: number) => { id: string }, start: number, days: number): string | null {
  const seen = new Map<string, number>();
  for (let d = start; d < start + days; d++) {
    const id = pick(d).id;
    const before = seen.get(id);
    if (before !== undefined) return `${id} on day ${before} and again on day ${d}`;
    seen.set(id, d);
  }
  return null;
}

describe("seeded helpers", () => {
  it("FNV-1a matches published test vectors", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });

  it("mulberry32 is deterministic, in [0, 1), and seed-sensitive", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
    // Roughly uniform: each tenth of [0,1) gets 5–15% of draws.
    const buckets = Array.from({ length: 10 }, (_, i) => xs.filter((x) => Math.floor(x * 10) === i).length);
    for (const n of buckets) {
      expect(n).toBeGreaterThan(50);
      expect(n).toBeLessThan(150);
    }
  });

  it("seededPermutation is a permutation, deterministic, and differs by seed", () => {
    const p = seededPermutation(400, "s");
    expect([...p].sort((x, y) => x - y)).toEqual(Array.from({ length: 400 }, (_, i) => i));
    expect(seededPermutation(400, "s")).toEqual(p);
    expect(seededPermutation(400, "t")).not.toEqual(p);
    expect(seededPermutation(0, "s")).toEqual([]);
    expect(seededPermutation(1, "s")).toEqual([0]);
  });

  it("knows the weekday of a day index", () => {
    expect(weekday(0)).toBe(3); // 1970-01-01, a Thursday
    expect(weekday(dayOf("2026-11-23"))).toBe(0); // a Monday
    expect(weekday(dayOf("2026-11-22"))).toBe(6); // a Sunday
    expect(weekday(-1)).toBe(2);
  });
});

describe("questionForDay", () => {
  it("never repeats within any 365 consecutive days, for many seeds and start days", () => {
    for (const seed of SEEDS) {
      for (const start of STARTS) {
        expect(firstRepeat((d) => questionForDay(seed, d), start, 365), `seed ${JSON.stringify(seed.slice(0, 20))} from ${start}`).toBeNull();
      }
    }
  });

  it("never repeats within a year on a sliding window over three years", () => {
    // Every window of 365 days from 0 to 3 years in: checked incrementally.
    const seed = "slide:test";
    const start = dayOf("2026-01-01");
    const ids = Array.from({ length: 3 * 365 + 365 }, (_, i) => questionForDay(seed, start + i).id);
    const last = new Map<string, number>();
    let minGap = Infinity;
    ids.forEach((id, i) => {
      const prev = last.get(id);
      if (prev !== undefined) minGap = Math.min(minGap, i - prev);
      last.set(id, i);
    });
    expect(minGap).toBeGreaterThanOrEqual(365);
  });

  it("keeps the guarantee for couples with every context tag", () => {
    for (const seed of SEEDS.slice(0, 4)) {
      for (const start of STARTS.slice(0, 6)) {
        expect(firstRepeat((d) => questionForDay(seed, d, { context: ASSUMPTIONS }), start, 365)).toBeNull();
      }
    }
  });

  it("is deterministic: same seed and day, same question; order of context tags is irrelevant", () => {
    for (const day of STARTS) {
      expect(questionForDay("alice:bob", day)).toEqual(questionForDay("alice:bob", day));
      expect(questionForDay("alice:bob", day, { context: ["money", "children"] })).toEqual(
        questionForDay("alice:bob", day, { context: ["children", "money", "children"] }),
      );
    }
  });

  it("gives different couples different orders", () => {
    const start = dayOf("2026-11-23");
    const month = (seed: string) => Array.from({ length: 28 }, (_, i) => questionForDay(seed, start + i).id);
    const seeds = Array.from({ length: 30 }, (_, i) => `couple-${i}`);
    const months = seeds.map(month);
    expect(new Set(months.map((m) => m.join())).size).toBe(seeds.length);
    // And not just shifted a little: two couples rarely share a day's question.
    let sameDay = 0;
    let pairs = 0;
    for (let i = 0; i < months.length; i++) {
      for (let j = i + 1; j < months.length; j++) {
        pairs++;
        sameDay += months[i]!.filter((id, k) => months[j]![k] === id).length;
      }
    }
    expect(sameDay / (pairs * 28)).toBeLessThan(0.03);
  });

  it("follows the fortnight depth rhythm: light on Mondays, deep on Saturdays", () => {
    const start = dayOf("2026-11-23"); // Monday
    for (const seed of SEEDS.slice(0, 3)) {
      for (let i = 0; i < 8 * 7; i++) {
        const day = start + i;
        const q = questionForDay(seed, day);
        if (weekday(day) === 0) expect(q.depth).toBe("light");
        if (weekday(day) === 5) expect(q.depth).toBe("deep");
      }
    }
    const year = Array.from({ length: 364 }, (_, i) => questionForDay("rhythm", start + i).depth);
    const share = (d: Depth) => year.filter((x) => x === d).length / year.length;
    expect(share("light")).toBeCloseTo(6 / 14, 2);
    expect(share("medium")).toBeCloseTo(5 / 14, 2);
    expect(share("deep")).toBeCloseTo(3 / 14, 2);
    expect(FORTNIGHT_DEPTHS).toHaveLength(14);
  });

  it("by default serves only questions that fit every couple, and eventually all of them", () => {
    const start = dayOf("2026-01-05");
    const served = new Set<string>();
    for (let i = 0; i < 2 * 365; i++) {
      const q = questionForDay("cover", start + i);
      expect(q.assumes, `${q.id} needs context`).toBeUndefined();
      served.add(q.id);
    }
    expect(served.size).toBe(DAILY_QUESTIONS.filter((q) => !q.assumes).length);
  });

  it("serves a tagged question only to couples whose context covers all its tags", () => {
    const start = dayOf("2026-01-05");
    const ids = new Set<string>();
    for (let i = 0; i < 2 * 365; i++) {
      const q = questionForDay("ctx", start + i, { context: ["living-together"] });
      for (const a of q.assumes ?? []) expect(a).toBe("living-together");
      ids.add(q.id);
    }
    const livingTogether = DAILY_QUESTIONS.filter((q) => q.assumes?.length === 1 && q.assumes[0] === "living-together");
    expect(livingTogether.length).toBeGreaterThan(0);
    for (const q of livingTogether) expect(ids.has(q.id), q.id).toBe(true);
  });

  it("rejects a day that is not a whole number", () => {
    expect(() => questionForDay("s", 1.5)).toThrow(RangeError);
    expect(() => questionForDay("s", Number.NaN)).toThrow(RangeError);
  });
});

describe("createQuestionRotation with small or lopsided lists", () => {
  const make = (counts: Record<Depth, number>): DailyQuestion[] => {
    let n = 0;
    return (Object.keys(counts) as Depth[]).flatMap((depth) =>
      Array.from({ length: counts[depth] }, () => ({ id: `dq-${String(++n).padStart(3, "0")}`, text: `Q ${n}?`, depth, topic: "play" as const })),
    );
  };
  const worstRepeat = (rotate: QuestionRotation) => {
    for (const start of [0, 5, 11, 20_000, -77]) {
      const r = firstRepeat((d) => rotate("s", d), start, 365);
      if (r) return r;
    }
    return null;
  };

  it("with pools exactly big enough, keeps the rhythm and the guarantee", () => {
    const rotate = createQuestionRotation(make({ light: 157, medium: 131, deep: 79 }));
    expect(worstRepeat(rotate)).toBeNull();
    expect(rotate("s", dayOf("2026-11-28")).depth).toBe("deep"); // a Saturday
  });

  it("detects a repeat when one pool is a question short of the rhythm… then falls back and keeps the guarantee", () => {
    // 78 deep questions cannot cover a year of 3-a-fortnight; the rotation drops the rhythm.
    const rotate = createQuestionRotation(make({ light: 200, medium: 200, deep: 78 }));
    expect(worstRepeat(rotate)).toBeNull();
    const depths = new Set(Array.from({ length: 60 }, (_, i) => rotate("s", dayOf("2026-11-23") + 7 * i).depth));
    expect(depths.size).toBeGreaterThan(1); // Mondays are no longer always light
  });

  it("with fewer than 365 questions in all, a repeat inside a year is unavoidable (the check can fail)", () => {
    const rotate = createQuestionRotation(make({ light: 150, medium: 150, deep: 64 }));
    expect(worstRepeat(rotate)).not.toBeNull();
    // …but a full round of 364 days is still repeat-free.
    expect(firstRepeat((d) => rotate("s", d), 1000, 364)).toBeNull();
  });
});

describe("promptForDay", () => {
  it("goes through every prompt before any repeats, for several seeds and starts", () => {
    const n = MIND_HEART_PROMPTS.length;
    for (const seed of SEEDS) {
      for (const start of STARTS) {
        expect(firstRepeat((d) => promptForDay(seed, d), start, n)).toBeNull();
        const ids = new Set(Array.from({ length: n }, (_, i) => promptForDay(seed, start + i).id));
        expect(ids.size).toBe(n);
      }
    }
  });

  it("is deterministic and differs between people", () => {
    const day = dayOf("2026-11-22");
    expect(promptForDay("user-1", day)).toEqual(promptForDay("user-1", day));
    const weeks = Array.from({ length: 20 }, (_, u) => Array.from({ length: 7 }, (_, i) => promptForDay(`user-${u}`, day + i).id).join());
    expect(new Set(weeks).size).toBe(20);
  });
});

describe("lookups by id", () => {
  it("finds every question and prompt by its id, and nothing for an unknown id", () => {
    for (const q of DAILY_QUESTIONS) expect(questionById(q.id)).toBe(q);
    for (const p of MIND_HEART_PROMPTS) expect(promptById(p.id)).toBe(p);
    expect(questionById("dq-000")).toBeUndefined();
    expect(promptById("mh-00")).toBeUndefined();
    const today = questionForDay("alice:bob", dayOf("2026-11-22"));
    expect(questionById(today.id)).toEqual(today);
  });
});
