import { describe, expect, it } from "vitest";
import { libraryItemById } from "../library/index.ts";
import {
  GROWTH_EXERCISES,
  MEASUREMENT_GAP,
  READINESS_PRIVACY_NOTE,
  READINESS_ITEMS,
  SUBSCALES,
  SUBSCALE_IDS,
  answersBody,
  itemsInOrder,
  readinessResultSchema,
  scoreReadiness,
  type ReadinessAnswers,
} from "./index.ts";

const allAnswers = (value: number | ((id: string) => number)): ReadinessAnswers =>
  Object.fromEntries(READINESS_ITEMS.map((i) => [i.id, typeof value === "number" ? value : value(i.id)]));

/** Answers that put every subscale at a chosen 0..100 level via keyed value k (1..5). */
const keyedAnswers = (keyed: Partial<Record<string, number>>, fallback = 3): ReadinessAnswers =>
  Object.fromEntries(
    READINESS_ITEMS.map((i) => {
      const k = keyed[i.subscale] ?? fallback;
      return [i.id, i.reverse ? 6 - k : k];
    }),
  );

const scoreOf = (r: ReturnType<typeof scoreReadiness>, id: string) => r.subscales.find((s) => s.subscale === id)?.score;

describe("readiness items", () => {
  it("has 30–40 items with unique ids and unique texts", () => {
    expect(READINESS_ITEMS.length).toBeGreaterThanOrEqual(30);
    expect(READINESS_ITEMS.length).toBeLessThanOrEqual(40);
    expect(new Set(READINESS_ITEMS.map((i) => i.id)).size).toBe(READINESS_ITEMS.length);
    expect(new Set(READINESS_ITEMS.map((i) => i.text.toLowerCase())).size).toBe(READINESS_ITEMS.length);
  });

  it("covers at least five subscales, each with at least five items and a reverse-keyed one", () => {
    expect(SUBSCALES.length).toBeGreaterThanOrEqual(5);
    for (const s of SUBSCALE_IDS) {
      const items = READINESS_ITEMS.filter((i) => i.subscale === s);
      expect(items.length, s).toBeGreaterThanOrEqual(5);
      expect(
        items.some((i) => i.reverse),
        s,
      ).toBe(true);
      expect(
        items.some((i) => !i.reverse),
        s,
      ).toBe(true);
    }
  });

  it("keys exactly half of every subscale in reverse (3:3), so agreeing with everything scores the middle", () => {
    for (const s of SUBSCALE_IDS) {
      const items = READINESS_ITEMS.filter((i) => i.subscale === s);
      expect(items.filter((i) => i.reverse).length, s).toBe(3);
      expect(items.filter((i) => !i.reverse).length, s).toBe(3);
    }
    const yes = scoreReadiness(allAnswers(5));
    for (const sub of yes.subscales) expect(sub.score, sub.subscale).toBe(50);
    expect(yes.growth).toBeNull();
  });

  it("has retired the five weak items (comparisons, two things at once, penalising knowledge or honesty)", () => {
    for (const id of ["rt-06", "rt-29", "rt-33", "rt-35", "rt-36"]) expect(READINESS_ITEMS.map((i) => i.id)).not.toContain(id);
    // One thing per item: no "or"/"and" joining two behaviours, no comparison.
    for (const i of READINESS_ITEMS) expect(i.text, i.id).not.toMatch(/\b(easier|harder|more|less) (to|than)\b|\bor my own\b/i);
  });

  it("words every item as a first-person statement in plain, non-judgemental language", () => {
    const judgemental = /\b(bad|poor|fail\w*|wrong with|selfish|lazy|cold|toxic|should|must|always|never)\b/i;
    for (const i of READINESS_ITEMS) {
      expect(i.text, i.id).toMatch(/\b(I|I'm|I've|My|my)\b/);
      expect(i.text, i.id).not.toMatch(judgemental);
      expect(i.text.length, i.id).toBeLessThanOrEqual(140);
      expect(i.text, i.id).toMatch(/\.$/);
    }
  });

  it("shows the items round-robin: neighbours never share a subscale", () => {
    const ordered = itemsInOrder();
    expect(ordered.map((i) => i.id).sort()).toEqual(READINESS_ITEMS.map((i) => i.id).sort());
    for (let k = 1; k < ordered.length; k++) expect(ordered[k]?.subscale).not.toBe(ordered[k - 1]?.subscale);
  });

  it("has a privacy note that says who can see answers and that sharing is a choice", () => {
    expect(READINESS_PRIVACY_NOTE).toMatch(/partner/);
    expect(READINESS_PRIVACY_NOTE).toMatch(/choose/);
    expect(READINESS_PRIVACY_NOTE).toMatch(/delete/);
  });

  it("offers three distinct growth exercises per subscale", () => {
    const all = SUBSCALE_IDS.flatMap((s) => GROWTH_EXERCISES[s]);
    for (const s of SUBSCALE_IDS) expect(new Set(GROWTH_EXERCISES[s]).size).toBe(3);
    expect(new Set(all).size).toBe(all.length);
  });

  it("points every growth exercise at an exercise in the practice library", () => {
    for (const id of SUBSCALE_IDS.flatMap((s) => GROWTH_EXERCISES[s])) {
      expect(libraryItemById(id)?.kind, id).toBe("exercise");
    }
  });
});

describe("answersBody", () => {
  it("accepts a complete set of 1..5 answers", () => {
    expect(answersBody.safeParse(allAnswers(3)).success).toBe(true);
  });

  it("refuses a missing item, an unknown item, and values outside 1..5 or not whole", () => {
    const missing = allAnswers(3);
    delete missing["rt-01"];
    expect(answersBody.safeParse(missing).success).toBe(false);
    expect(answersBody.safeParse({ ...allAnswers(3), "rt-99": 3 }).success).toBe(false);
    for (const bad of [0, 6, 2.5, -1, Number.NaN]) {
      expect(answersBody.safeParse({ ...allAnswers(3), "rt-02": bad }).success, String(bad)).toBe(false);
    }
    expect(answersBody.safeParse({ ...allAnswers(3), "rt-02": "4" }).success).toBe(false);
    expect(answersBody.safeParse(null).success).toBe(false);
  });

  it("gives a readable message", () => {
    const r = answersBody.safeParse({ ...allAnswers(3), "rt-05": 9 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Choose a point from 1 to 5.");
    expect(r.error?.issues[0]?.path).toEqual(["rt-05"]);
  });
});

describe("scoreReadiness", () => {
  it("maps keyed means to 0..100 and returns a result that passes its schema", () => {
    const low = scoreReadiness(keyedAnswers({}, 1));
    const mid = scoreReadiness(keyedAnswers({}, 3));
    const high = scoreReadiness(keyedAnswers({}, 5));
    expect(low.subscales.map((s) => s.score)).toEqual(SUBSCALE_IDS.map(() => 0));
    expect(mid.subscales.map((s) => s.score)).toEqual(SUBSCALE_IDS.map(() => 50));
    expect(high.subscales.map((s) => s.score)).toEqual(SUBSCALE_IDS.map(() => 100));
    expect(readinessResultSchema.safeParse(mid).success).toBe(true);
    expect(mid.subscales.map((s) => s.subscale)).toEqual([...SUBSCALE_IDS]);
  });

  it("applies reverse keys: answering 5 on a reverse item lowers its subscale", () => {
    const base = scoreReadiness(allAnswers(3));
    for (const item of READINESS_ITEMS.filter((i) => i.reverse)) {
      const r = scoreReadiness({ ...allAnswers(3), [item.id]: 5 });
      expect(scoreOf(r, item.subscale), item.id).toBeLessThan(scoreOf(base, item.subscale) ?? 0);
    }
    for (const item of READINESS_ITEMS.filter((i) => !i.reverse)) {
      const r = scoreReadiness({ ...allAnswers(3), [item.id]: 5 });
      expect(scoreOf(r, item.subscale), item.id).toBeGreaterThan(scoreOf(base, item.subscale) ?? 0);
    }
  });

  it("agreeing with everything does not give top scores (the reverse items pull it to the middle)", () => {
    const r = scoreReadiness(allAnswers(5));
    for (const s of r.subscales) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThan(100);
    }
  });

  it("puts scores in bands at 50 and 75, with a meaning per band", () => {
    // keyed 2 → 25 growing, 3 → 50 steady, 4 → 75 strong
    const r = scoreReadiness(keyedAnswers({ listening: 2, validating: 3, "opening-up": 4 }));
    const by = (id: string) => r.subscales.find((s) => s.subscale === id);
    expect(by("listening")).toMatchObject({ score: 25, band: "growing" });
    expect(by("validating")).toMatchObject({ score: 50, band: "steady" });
    expect(by("opening-up")).toMatchObject({ score: 75, band: "strong" });
    const listening = SUBSCALES.find((s) => s.id === "listening");
    expect(by("listening")?.meaning).toBe(listening?.meaning.growing);
    const texts = SUBSCALES.flatMap((s) => [s.meaning.growing, s.meaning.steady, s.meaning.strong]);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("names the strongest area and the lowest other as the area to grow, with its exercises", () => {
    const r = scoreReadiness(keyedAnswers({ curiosity: 5, "conflict-repair": 2 }));
    expect(r.strongest).toBe("curiosity");
    expect(r.growth?.subscale).toBe("conflict-repair");
    expect(r.growth?.exerciseIds).toEqual([...GROWTH_EXERCISES["conflict-repair"]]);
  });

  it("breaks ties by the listed order, the same way every time", () => {
    const tied = keyedAnswers({ "shared-joy": 2, validating: 2, listening: 4, curiosity: 4 });
    const a = scoreReadiness(tied);
    expect(a.strongest).toBe("listening");
    // Two areas tie at the bottom: neither stands clear of the other, so none is named.
    expect(a.growth).toBeNull();
    expect(scoreReadiness({ ...tied })).toEqual(a);
    // order of keys in the input does not matter
    const reversed = Object.fromEntries(Object.entries(tied).reverse());
    expect(scoreReadiness(reversed)).toEqual(a);
  });

  it("names no area to grow when the gaps are within measurement error", () => {
    const r = scoreReadiness(allAnswers(3));
    expect(r.strongest).toBe(SUBSCALE_IDS[0]);
    expect(r.growth).toBeNull();
    // One step (of 24) lower in one area is about 4 points: within error.
    const nudged = keyedAnswers({ validating: 3 }, 3);
    nudged[READINESS_ITEMS.find((i) => i.subscale === "validating" && !i.reverse)!.id] = 2;
    expect(scoreReadiness(nudged).growth).toBeNull();
    // A whole point lower on every item (25 points) stands clear.
    expect(scoreReadiness(keyedAnswers({ validating: 2 }, 3)).growth?.subscale).toBe("validating");
    expect(MEASUREMENT_GAP).toBeGreaterThanOrEqual(10);
  });

  it("throws on a missing or out-of-range answer instead of guessing", () => {
    const missing = allAnswers(3);
    delete missing["rt-11"];
    expect(() => scoreReadiness(missing)).toThrow(RangeError);
    expect(() => scoreReadiness({ ...allAnswers(3), "rt-11": 7 })).toThrow(/rt-11/);
  });
});
