import { describe, expect, it } from "vitest";
import { QUESTION_SETS } from "../content/schema.ts";
import { LIBRARY_ITEMS, THEMED_PRACTICES, libraryItemById, recommend, searchLibrary } from "./index.ts";

const allText = (i: (typeof THEMED_PRACTICES)[number]) => [i.title, i.summary, ...(i.steps ?? [])].join(" ");

describe("themed practices (sets a couple opts into)", () => {
  it("has at least 10 practices for every set, and none in the shared library", () => {
    for (const set of QUESTION_SETS) expect(THEMED_PRACTICES.filter((i) => i.set === set).length, set).toBeGreaterThanOrEqual(10);
    expect(LIBRARY_ITEMS.some((i) => i.set)).toBe(false);
  });

  it("are found by search and recommended only when the couple opted into their set", () => {
    expect(searchLibrary("money").some((i) => i.set)).toBe(false);
    expect(searchLibrary("").some((i) => i.set)).toBe(false);
    const withMoney = searchLibrary("money", { sets: ["money"] });
    expect(withMoney.some((i) => i.set === "money")).toBe(true);
    expect(withMoney.some((i) => i.set === "intimacy")).toBe(false);
    expect(
      searchLibrary("", { sets: ["intimacy"] })
        .filter((i) => i.set)
        .every((i) => i.set === "intimacy"),
    ).toBe(true);
    const glad = Array.from({ length: 14 }, () => ({ emotions: { mad: 0, sad: 0, glad: 3, fear: 0 } }));
    for (let d = 0; d < 20; d++) {
      expect(recommend({ recentCheckins: glad, seed: `d${d}`, limit: 10 }).some((r) => libraryItemById(r.itemId)?.set)).toBe(false);
      for (const r of recommend({ recentCheckins: glad, seed: `d${d}`, limit: 10, sets: ["money"] }))
        expect(libraryItemById(r.itemId)?.set ?? "money").toBe("money");
    }
  });

  it("keep the library's voice: inclusive, no lecturing, consent spelled out in the intimacy set", () => {
    const gendered = /\b(he|she|him|his|hers|husband|wife|boyfriend|girlfriend|man|woman|men|women)\b/i;
    const banned = /\b(you should|you must|ought to|your fault|calm down|just relax)\b/i;
    for (const item of THEMED_PRACTICES) {
      expect(gendered.test(allText(item)), item.id).toBe(false);
      expect(banned.test(allText(item).replace(/"[^"]*"/g, "")), item.id).toBe(false);
    }
    // Grief and illness practices open with a content note.
    for (const item of THEMED_PRACTICES.filter((i) => i.set === "grief-and-illness")) expect(item.summary, item.id).toMatch(/^Content note: /);
    const intimacy = THEMED_PRACTICES.filter((i) => i.set === "intimacy");
    // Every intimacy practice for two leaves a way out or asks; none assumes a yes.
    for (const item of intimacy.filter((i) => i.for === "two")) {
      expect(
        /not now|skip|comfortable|feels right|if you like|if it feels|feel right|still good|no expectation|gently|either of you|whatever/i.test(allText(item)),
        item.id,
      ).toBe(true);
    }
  });
});
