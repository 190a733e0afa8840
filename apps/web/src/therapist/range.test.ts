import { describe, expect, it } from "vitest";
import { defaultRange, rangeFrom } from "./range.ts";

describe("a summary's date range", () => {
  const now = new Date(2026, 11, 4, 21, 0);
  it("defaults to the eight weeks up to today, both days counted", () => {
    expect(defaultRange(now)).toEqual({ from: "2026-10-10", to: "2026-12-04" });
  });
  it("takes a well-formed range from the address and ignores a broken or backwards one", () => {
    expect(rangeFrom(new URLSearchParams("from=2026-01-01&to=2026-02-01"), now)).toEqual({ from: "2026-01-01", to: "2026-02-01" });
    expect(rangeFrom(new URLSearchParams("from=2026-13&to=2026-02-01"), now)).toEqual(defaultRange(now));
    expect(rangeFrom(new URLSearchParams("from=2026-03-01&to=2026-02-01"), now)).toEqual(defaultRange(now));
  });
});
