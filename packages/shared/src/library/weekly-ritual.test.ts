import { describe, expect, it } from "vitest";
import { LIBRARY_ITEMS, weeklyRitual } from "./index.ts";
import { WEEKLY_PARTS } from "./schema.ts";
import { weeklyRitualFrom } from "./weekly-ritual.ts";

describe("weeklyRitual", () => {
  it("gives one question per part, in ritual order", () => {
    const week = weeklyRitual("couple-1", 100);
    expect(week.map((q) => q.part)).toEqual([...WEEKLY_PARTS]);
    expect(week.every((q) => q.kind === "weekly_checkin")).toBe(true);
  });

  it("is deterministic, and never repeats a question in consecutive weeks", () => {
    expect(weeklyRitual("couple-1", 7)).toEqual(weeklyRitual("couple-1", 7));
    for (let w = 0; w < 30; w++) {
      const a = new Set(weeklyRitual("couple-1", w).map((q) => q.id));
      for (const q of weeklyRitual("couple-1", w + 1)) expect(a.has(q.id), `week ${w}`).toBe(false);
    }
  });

  it("walks each part's whole pool before repeating", () => {
    const pool = LIBRARY_ITEMS.filter((i) => i.part === "hope").length;
    const seen = new Set(Array.from({ length: pool }, (_, w) => weeklyRitual("c", w + 500)[4]!.id));
    expect(seen.size).toBe(pool);
  });

  it("differs between couples, handles negative weeks, and skips an empty part", () => {
    const starts = new Set(
      ["a", "b", "c", "d", "e", "f"].map((seed) =>
        weeklyRitual(seed, 0)
          .map((q) => q.id)
          .join(),
      ),
    );
    expect(starts.size).toBeGreaterThan(1);
    expect(weeklyRitual("x", -3)).toHaveLength(WEEKLY_PARTS.length);
    const noHopes = LIBRARY_ITEMS.filter((i) => i.part !== "hope");
    expect(weeklyRitualFrom(noHopes, "x", 1).map((q) => q.part)).toEqual(WEEKLY_PARTS.filter((p) => p !== "hope"));
  });
});
