import { describe, expect, it } from "vitest";
import { arrivals, flattenPages } from "./paged.ts";

const item = (id: string, updatedAt = "2026-01-01T00:00:00Z") => ({ id, updatedAt });

describe("paged lists", () => {
  it("shows each item once when a refetch moved one onto the next page, keeping the fresher copy", () => {
    const pages = [
      { items: [item("new"), item("a", "2026-02-01T00:00:00Z")], nextCursor: "a" },
      { items: [item("a"), item("b")], nextCursor: null },
    ];
    const flat = flattenPages(pages);
    expect(flat.map((i) => i.id)).toEqual(["new", "a", "b"]);
    expect(flat[1]?.updatedAt).toBe("2026-02-01T00:00:00Z");
  });

  it("tells new items from edited ones, and ignores those that did not change", () => {
    const before = [item("a"), item("b")];
    const after = [item("c"), item("a", "2026-03-01T00:00:00Z"), item("b")];
    const { added, edited } = arrivals(before, after);
    expect(added.map((i) => i.id)).toEqual(["c"]);
    expect(edited.map((i) => i.id)).toEqual(["a"]);
    expect(arrivals(after, after)).toEqual({ added: [], edited: [] });
  });
});
