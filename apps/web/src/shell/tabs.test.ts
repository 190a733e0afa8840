import { describe, expect, it } from "vitest";
import { THERAPIST_TABS, TABS, tabOf } from "./tabs.ts";

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
  it("gives a therapist Clients and Account only, every client screen under Clients", () => {
    expect(THERAPIST_TABS.map((t) => t.label)).toEqual(["Clients", "Account"]);
    expect(tabOf("/therapist/clients/g1", THERAPIST_TABS)).toBe("/");
    expect(tabOf("/account/export", THERAPIST_TABS)).toBe("/account");
  });
});
