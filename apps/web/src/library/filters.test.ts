import { LIBRARY_ITEMS, searchLibrary } from "@attune/shared";
import { describe, expect, it } from "vitest";
import { hasFilters, NO_FILTERS, toLibraryFilters } from "./filter-values.ts";

describe("library filter form → search filters", () => {
  it("leaves out 'any' and unknown values", () => {
    expect(toLibraryFilters(NO_FILTERS)).toEqual({});
    expect(toLibraryFilters({ ...NO_FILTERS, kind: "poem", topic: "weather" })).toEqual({});
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, saved: true })).toBe(true);
  });

  it("maps each length band to inclusive minutes, and the bands cover every item once", () => {
    expect(toLibraryFilters({ ...NO_FILTERS, length: "few" })).toEqual({ minMinutes: 3, maxMinutes: 5 });
    const bands = ["short", "few", "ten", "long"].map((length) => searchLibrary("", toLibraryFilters({ ...NO_FILTERS, length })).length);
    expect(bands.reduce((a, b) => a + b, 0)).toBe(LIBRARY_ITEMS.length);
  });

  it("narrows by kind, depth, audience and topic together", () => {
    const filters = toLibraryFilters({ ...NO_FILTERS, kind: "exercise", depth: "light", for: "two", topic: "listening" });
    expect(filters).toEqual({ kind: "exercise", depth: "light", for: "two", topic: "listening" });
    const found = searchLibrary("", filters);
    expect(found.length).toBeGreaterThan(0);
    for (const i of found) expect([i.kind, i.depth, i.for, i.topics.includes("listening")]).toEqual(["exercise", "light", "two", true]);
  });
});
