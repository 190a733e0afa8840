import { describe, expect, it } from "vitest";
import { sharedWhen } from "./when.ts";

const at = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min);

describe("when a partner shared, said aloud", () => {
  const now = at(2026, 5, 14, 16, 30);
  it("names the part of today", () => {
    expect(sharedWhen(at(2026, 5, 14, 8).toISOString(), now)).toBe("this morning");
    expect(sharedWhen(at(2026, 5, 14, 13).toISOString(), now)).toBe("this afternoon");
    expect(sharedWhen(at(2026, 5, 14, 16, 10).toISOString(), now)).toBe("just now");
    expect(sharedWhen(at(2026, 5, 14, 19).toISOString(), at(2026, 5, 14, 22))).toBe("this evening");
  });
  it("says yesterday, or last night for a late share", () => {
    expect(sharedWhen(at(2026, 5, 13, 10).toISOString(), now)).toBe("yesterday");
    expect(sharedWhen(at(2026, 5, 13, 22).toISOString(), now)).toBe("last night");
  });
  it("names the weekday further back", () => {
    expect(sharedWhen(at(2026, 5, 12, 10).toISOString(), now, "en-GB")).toBe("on Tuesday");
  });
});
