import { describe, expect, it } from "vitest";
import type { Emotions } from "../checkins.ts";
import { SUBSCALE_IDS } from "../readiness/subscales.ts";
import { LIBRARY_ITEMS, libraryItemById, recommend } from "./index.ts";
import { emotionMeans, recommendFrom } from "./recommend.ts";
import { EMOTION_RULES, GROWTH_RULES, WHY_AGAIN, WHY_START_HERE } from "./recommend-rules.ts";
import type { LibraryItem } from "./schema.ts";

const checkins = (emotions: Partial<Emotions>, n = 7) => Array.from({ length: n }, () => ({ emotions: { mad: 0, sad: 0, glad: 0, fear: 0, ...emotions } }));
const items = (recs: { itemId: string }[]): LibraryItem[] => recs.map((r) => libraryItemById(r.itemId)!);

describe("recommend: inputs that shape the list", () => {
  it("with nothing to go on, offers light, short first steps with a 'start here' why", () => {
    const recs = recommend();
    expect(recs).toHaveLength(6);
    for (const item of items(recs)) {
      expect(item.depth).toBe("light");
      expect(item.minutes).toBeLessThanOrEqual(5);
    }
    expect(recs.every((r) => r.why === WHY_START_HERE)).toBe(true);
  });

  it("lots of fear leads with reassurance exercises and says why", () => {
    const recs = recommend({ recentCheckins: checkins({ fear: 3, sad: 1 }) });
    const top = items(recs.slice(0, 2));
    for (const item of top) {
      expect(item.kind).toBe("exercise");
      expect(item.emotions?.includes("fear") || item.topics.includes("reassurance")).toBe(true);
    }
    expect(recs[0]!.why).toBe(EMOTION_RULES.fear.why);
    // Most of the list answers the fear, not something else.
    const fearish = items(recs).filter((i) => i.emotions?.includes("fear") || i.topics.some((t) => EMOTION_RULES.fear.topics.includes(t)));
    expect(fearish.length).toBeGreaterThanOrEqual(4);
  });

  it("different emotions lead to different lists", () => {
    const sad = recommend({ recentCheckins: checkins({ sad: 3 }) });
    const glad = recommend({ recentCheckins: checkins({ glad: 3 }) });
    const mad = recommend({ recentCheckins: checkins({ mad: 3 }) });
    expect(items(sad).filter((i) => i.emotions?.includes("sad")).length).toBeGreaterThanOrEqual(4);
    expect(items(glad).some((i) => i.kind === "celebration")).toBe(true);
    expect(items(mad).some((i) => i.topics.includes("conflict") || i.topics.includes("repair"))).toBe(true);
    expect(sad.map((r) => r.itemId)).not.toEqual(glad.map((r) => r.itemId));
    expect(glad[0]!.why).toBe(EMOTION_RULES.glad.why);
  });

  it("a mild emotion (below 'a lot') does not drive the list", () => {
    const recs = recommend({ recentCheckins: checkins({ fear: 1 }) });
    expect(recs).toEqual(recommend());
  });

  it("reads only the newest check-ins", () => {
    const old = checkins({ mad: 3 }, 30);
    const recent = checkins({ glad: 3 }, 14);
    expect(emotionMeans([...recent, ...old])).toEqual({ mad: 0, sad: 0, glad: 3, fear: 0 });
    expect(emotionMeans([])).toEqual({ mad: 0, sad: 0, glad: 0, fear: 0 });
  });

  it.each(SUBSCALE_IDS.map((id) => [id]))("the growth area %s brings its hand-picked items forward", (area) => {
    const recs = recommend({ growthArea: area });
    const picks = GROWTH_RULES[area].picks;
    expect(recs.filter((r) => picks.includes(r.itemId)).length).toBeGreaterThanOrEqual(2);
    expect(recs[0]!.why).toBe(GROWTH_RULES[area].why);
  });

  it("ignores an unknown growth area instead of failing", () => {
    expect(recommend({ growthArea: "not-a-subscale" })).toEqual(recommend());
    expect(recommend({ growthArea: "__proto__" })).toEqual(recommend());
    expect(recommend({ growthArea: null })).toEqual(recommend());
  });

  it("leaves out what was done, and brings it back last only when little else fits", () => {
    const first = recommend({ growthArea: "listening" });
    const done = first.slice(0, 3).map((r) => r.itemId);
    const next = recommend({ growthArea: "listening", done });
    for (const id of done) expect(next.map((r) => r.itemId)).not.toContain(id);

    // A solo person who has done every solo item: the done ones return, marked as a retry.
    const solo = LIBRARY_ITEMS.filter((i) => i.for === "one").map((i) => i.id);
    const again = recommend({ hasPartner: false, done: solo });
    expect(again.length).toBeGreaterThan(0);
    expect(again.every((r) => r.why === WHY_AGAIN)).toBe(true);
  });

  it("leaves out favourites but lifts items like them, naming the favourite", () => {
    const fav = libraryItemById("celebrate-joy-jar")!;
    const recs = recommend({ favourites: [fav.id] });
    expect(recs.map((r) => r.itemId)).not.toContain(fav.id);
    const liked = recs.filter((r) => r.why.includes(fav.title));
    expect(liked.length).toBeGreaterThan(0);
    for (const item of items(liked)) expect(item.topics.some((t) => fav.topics.includes(t))).toBe(true);
  });

  it("without a partner, offers only items for one", () => {
    const recs = recommend({ hasPartner: false, recentCheckins: checkins({ sad: 2 }) });
    expect(recs.length).toBeGreaterThan(0);
    expect(items(recs).every((i) => i.for === "one")).toBe(true);
  });
});

describe("recommend: shape and determinism", () => {
  const busy = { recentCheckins: checkins({ fear: 2, mad: 2 }), growthArea: "conflict-repair", favourites: ["mirror-and-swap"], done: ["gentle-start"] };

  it("is deterministic, and the seed only reorders equally good items", () => {
    expect(recommend(busy)).toEqual(recommend(busy));
    expect(recommend({ ...busy, seed: "2026-03-01" })).toEqual(recommend({ ...busy, seed: "2026-03-01" }));
    // With nothing to go on everything ties, so different days give different first steps.
    const days = new Set(["d1", "d2", "d3", "d4", "d5"].map((seed) => recommend({ seed })[0]!.itemId));
    expect(days.size).toBeGreaterThan(1);
  });

  it("returns unique, existing ids, at most the limit, with a one-line why each", () => {
    for (const limit of [1, 3, 6, 10]) {
      const recs = recommend({ ...busy, limit });
      expect(recs).toHaveLength(limit);
      expect(new Set(recs.map((r) => r.itemId)).size).toBe(limit);
      for (const r of recs) {
        expect(libraryItemById(r.itemId)).toBeDefined();
        expect(r.why.length).toBeGreaterThan(20);
        expect(r.why.length).toBeLessThanOrEqual(140);
        expect(r.why).not.toContain("\n");
      }
    }
  });

  it("keeps variety: no more than two of one kind while other kinds fit", () => {
    const recs = items(recommend(busy));
    const perKind = new Map<string, number>();
    for (const i of recs) perKind.set(i.kind, (perKind.get(i.kind) ?? 0) + 1);
    expect(Math.max(...perKind.values())).toBeLessThanOrEqual(2);
  });

  it("works on any collection (recommendFrom)", () => {
    const only = LIBRARY_ITEMS.filter((i) => i.kind === "celebration");
    const recs = recommendFrom(only, { recentCheckins: checkins({ glad: 3 }), limit: 4 });
    expect(items(recs).every((i) => i.kind === "celebration")).toBe(true);
    expect(recs).toHaveLength(4);
  });
});

describe("recommend: rules data", () => {
  it("has a rule for every readiness subscale, and every pick exists", () => {
    expect(Object.keys(GROWTH_RULES).sort()).toEqual([...SUBSCALE_IDS].sort());
    for (const [area, rule] of Object.entries(GROWTH_RULES)) for (const id of rule.picks) expect(libraryItemById(id), `${area}: ${id}`).toBeDefined();
  });
});

describe("recommend: why lines", () => {
  it("quotes a favourite's title cleanly even when it contains quotes", () => {
    const recs = recommend({ favourites: ["instead-of-i-understand"] });
    const line = recs.find((r) => r.why.startsWith("You saved"))?.why ?? "";
    expect(line).toContain(`"Better words than 'I understand'"`);
  });
});
