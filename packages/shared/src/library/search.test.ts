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

// The examples from issue 17, each a regression guard for a search that used to fail.
describe("searchLibrary: issue 17 examples", () => {
  const third = LIBRARY_ITEMS.length / 3;

  it('"gratitude" finds "Three specific thank-yous" first (no practice says "gratitude")', () => {
    expect(searchLibrary("gratitude")[0]?.id).toBe("three-specific-thanks");
  });

  it.each([
    ["jealous", ["asking-for-reassurance", "starter-feel-safe-with-me", "celebrate-without-comparing", "what-sets-off-my-alarm"]],
    ["jelous", ["asking-for-reassurance", "starter-feel-safe-with-me", "celebrate-without-comparing", "what-sets-off-my-alarm"]],
    ["anxious", ["asking-for-reassurance", "ten-minute-worry-share", "starter-worry-lately", "fear-into-request"]],
  ])('"%s" finds practices about it in the top three', (query, relevant) => {
    const top = ids(searchLibrary(query).slice(0, 3));
    expect(top.filter((id) => relevant.includes(id)).length, top.join(", ")).toBeGreaterThanOrEqual(2);
  });

  it.each(["money", "kids", "sex", "we keep fighting about money", "she's jealous", "he doesn't listen to me"])(
    '"%s" returns fewer than a third of the library',
    (query) => {
      const hits = searchLibrary(query);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.length).toBeLessThan(third);
    },
  );

  it('"money" leads with the practice for a recurring argument, not a listening game', () => {
    expect(searchLibrary("money")[0]?.id).toBe("repair-the-same-argument");
  });

  it("a query naming a topic or kind may list its whole shelf", () => {
    const listening = searchLibrary("listening");
    expect(LIBRARY_ITEMS.filter((i) => i.topics.includes("listening")).every((i) => listening.includes(i))).toBe(true);
    const starters = searchLibrary("conversation starters");
    expect(starters.filter((i) => i.kind === "starter")).toHaveLength(LIBRARY_ITEMS.filter((i) => i.kind === "starter").length);
  });

  it("matches word beginnings only while the last word is unfinished", () => {
    expect(ids(searchLibrary("forgiv"))).toContain("starter-forgive-yourself");
    // "ear" is a whole word: it finds "Ideas or an ear?", not every "early" and "earlier".
    const ear = searchLibrary("ear");
    expect(ids(ear)).toContain("ideas-or-an-ear");
    expect(ear.every(mentions(/\bear\b/i)), ids(ear).join(", ")).toBe(true);
    expect(searchLibrary("earl").some((i) => /\bearl(y|ier)\b/i.test(i.summary + (i.steps ?? []).join(" ")))).toBe(true);
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
      id: "new-kindness-walk",
      kind: "exercise",
      title: "A kindness walk",
      summary: "Walk together and trade one kind observation each.",
      steps: ["Go for a short walk.", "Take turns noticing one kind thing."],
      minutes: 10,
      depth: "light",
      for: "two",
      topics: ["closeness"],
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
