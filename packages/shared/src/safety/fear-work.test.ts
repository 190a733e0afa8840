import { describe, expect, it } from "vitest";
import { LIBRARY_ITEMS, libraryItemById, recommendFrom } from "../library/index.ts";
import { isReassuranceWork, needsSafetyCheck } from "./conflict-work.ts";

const afraid = (n: number) => Array.from({ length: n }, () => ({ emotions: { mad: 0, sad: 0, glad: 0, fear: 3 } }));

describe("persistently high fear never meets a reassurance exercise without the private check", () => {
  it("fear-into-request and every other reassurance exercise start with the private check", () => {
    expect(needsSafetyCheck(libraryItemById("fear-into-request")!)).toBe(true);
    const reassurance = LIBRARY_ITEMS.filter(isReassuranceWork);
    expect(reassurance.map((i) => i.id)).toEqual(expect.arrayContaining(["fear-into-request", "asking-for-reassurance", "ten-minute-worry-share"]));
    for (const item of reassurance) expect(needsSafetyCheck(item), item.id).toBe(true);
  });

  it("whatever the recommender hands someone afraid for two weeks, reassurance work among it is gated", () => {
    let reassuranceOffered = 0;
    for (const hasPartner of [true, false]) {
      for (let day = 0; day < 30; day++) {
        const picks = recommendFrom(LIBRARY_ITEMS, { recentCheckins: afraid(14), hasPartner, seed: `d${day}`, limit: 8 });
        for (const p of picks) {
          const item = libraryItemById(p.itemId)!;
          if (item.topics.includes("reassurance") && item.kind === "exercise") {
            reassuranceOffered++;
            expect(needsSafetyCheck(item), item.id).toBe(true);
          }
        }
      }
    }
    // The rule is exercised: fear does lead to reassurance exercises.
    expect(reassuranceOffered).toBeGreaterThan(0);
  });

  it("calm starters about worries stay open (the check is for exercises that take a fear to the partner)", () => {
    expect(needsSafetyCheck(libraryItemById("starter-worry-lately")!)).toBe(false);
  });
});
