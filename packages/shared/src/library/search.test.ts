import { describe, expect, it } from "vitest";
import { LIBRARY_ITEMS, searchLibrary } from "./index.ts";
import type { LibraryItem } from "./schema.ts";
import { createLibraryIndex, matchesFilters } from "./search.ts";
import { stem } from "./search-stem.ts";

const ids = (items: readonly LibraryItem[]) => items.map((i) => i.id);
const mentions = (word: RegExp) => (i: LibraryItem) => word.test([i.title, i.summary, ...(i.steps ?? []), ...i.topics].join(" "));

describe("searchLibrary: typo tolerance", () => {
  it('finds appreciation items for "apreciation"', () => {
    const exact = searchLibrary("appreciation");
    const typo = searchLibrary("apreciation");
    expect(typo.length).toBeGreaterThanOrEqual(10);
    // Every top result for the typo is genuinely about appreciation.
    for (const item of typo.slice(0, 10)) expect(mentions(/apprecia/i)(item), item.id).toBe(true);
    // And the typo ranks the same top items as the correct spelling.
    expect(new Set(ids(typo.slice(0, 5)))).toEqual(new Set(ids(exact.slice(0, 5))));
  });

  it.each([
    ["reasurance", /reassur/i],
    ["celebrat", /celebrat/i],
    ["lisen", /listen/i],
    ["apologise", /apolog/i],
    ["sadnes", /sad/i],
  ])('"%s" finds items about %s', (query, about) => {
    const hits = searchLibrary(query);
    expect(hits.length, query).toBeGreaterThan(0);
    expect(mentions(about)(hits[0]!), `${query} -> ${hits[0]!.id}`).toBe(true);
  });

  it("boosts the title: an exact title comes first", () => {
    for (const item of [LIBRARY_ITEMS[0]!, LIBRARY_ITEMS[60]!, LIBRARY_ITEMS.at(-1)!]) {
      expect(searchLibrary(item.title)[0]?.id, item.title).toBe(item.id);
    }
  });

  it("matches word beginnings (prefix search)", () => {
    const hits = searchLibrary("brea");
    expect(hits.some((i) => /breath|break/i.test(i.title))).toBe(true);
  });

  it("ignores filler words, so a natural question still finds repair scripts", () => {
    const hits = searchLibrary("how do I say sorry after a fight");
    expect(hits.slice(0, 5).some((i) => i.kind === "repair_script")).toBe(true);
  });

  it("returns nothing for gibberish, and is deterministic", () => {
    expect(searchLibrary("zzqxv")).toEqual([]);
    expect(ids(searchLibrary("fear worry"))).toEqual(ids(searchLibrary("fear worry")));
  });
});

describe("searchLibrary: filters", () => {
  it("an empty query lists everything, in library order", () => {
    expect(ids(searchLibrary(""))).toEqual(ids(LIBRARY_ITEMS));
    expect(ids(searchLibrary("   "))).toEqual(ids(LIBRARY_ITEMS));
  });

  it("filters by kind (one or several)", () => {
    const ex = searchLibrary("", { kind: "exercise" });
    expect(ex.length).toBeGreaterThanOrEqual(45);
    expect(ex.every((i) => i.kind === "exercise")).toBe(true);
    const two = searchLibrary("", { kind: ["repair_script", "celebration"] });
    expect(new Set(two.map((i) => i.kind))).toEqual(new Set(["repair_script", "celebration"]));
  });

  it("filters by depth, audience and topic", () => {
    const deepSolo = searchLibrary("", { depth: "deep", for: "one" });
    expect(deepSolo.length).toBeGreaterThan(0);
    expect(deepSolo.every((i) => i.depth === "deep" && i.for === "one")).toBe(true);
    const reassurance = searchLibrary("", { topic: "reassurance" });
    expect(reassurance.length).toBeGreaterThan(0);
    expect(reassurance.every((i) => i.topics.includes("reassurance"))).toBe(true);
  });

  it("filters by a minutes range, inclusive at both ends", () => {
    const quick = searchLibrary("", { kind: "exercise", minMinutes: 2, maxMinutes: 4 });
    expect(quick.length).toBeGreaterThan(0);
    expect(quick.every((i) => i.minutes >= 2 && i.minutes <= 4)).toBe(true);
    expect(quick.some((i) => i.minutes === 4)).toBe(true);
    expect(searchLibrary("", { kind: "exercise", minMinutes: 11 })).toEqual([]);
  });

  it("applies filters to a text query too", () => {
    const hits = searchLibrary("apreciation", { kind: "weekly_checkin" });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((i) => i.kind === "weekly_checkin")).toBe(true);
    expect(hits.some((i) => i.part === "appreciation")).toBe(true);
  });

  it("matchesFilters treats no filters as a match", () => {
    expect(LIBRARY_ITEMS.every((i) => matchesFilters(i))).toBe(true);
  });
});

describe("createLibraryIndex", () => {
  it("indexes any collection it is given, so new items need no code", () => {
    const extra: LibraryItem = {
      id: "new-kindness-walk", kind: "exercise", title: "A kindness walk", summary: "Walk together and trade one kind observation each.",
      steps: ["Go for a short walk.", "Take turns noticing one kind thing."], minutes: 10, depth: "light", for: "two", topics: ["closeness"],
    };
    const index = createLibraryIndex([...LIBRARY_ITEMS, extra]);
    expect(index.search("kindnes walk")[0]?.id).toBe("new-kindness-walk");
  });
});

describe("stem", () => {
  it("brings word forms together without eating short words", () => {
    expect(stem("apologising")).toBe(stem("apology"));
    expect(stem("apologise")).toBe(stem("apology"));
    expect(stem("appreciation")).toBe(stem("appreciated"));
    expect(stem("celebrations")).toBe(stem("celebrate"));
    expect(stem("listening")).toBe("listen");
    expect(stem("sad")).toBe("sad");
    expect(stem("yes")).toBe("yes");
  });
});
