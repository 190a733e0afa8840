import { describe, expect, it } from "vitest";
import { TABS, tabOf } from "./tabs.ts";

describe("the phone's bottom bar", () => {
  it("has at most five destinations, More last", () => {
    expect(TABS.length).toBeLessThanOrEqual(5);
    expect(TABS.at(-1)?.label).toBe("More");
  });
  it("puts each screen under its tab, and the rest under More", () => {
    expect(tabOf("/")).toBe("/");
    expect(tabOf("/check-in")).toBe("/check-in");
    expect(tabOf("/checkins/abc")).toBe("/timeline");
    expect(tabOf("/library/some-practice")).toBe("/library");
    expect(tabOf("/readiness")).toBe("/more");
    expect(tabOf("/more")).toBe("/more");
  });
});
