import { describe, expect, it } from "vitest";
import { dayLabel, localDay } from "./day.ts";

describe("days", () => {
  it("formats the device's local date as YYYY-MM-DD", () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
    expect(localDay(new Date(2026, 11, 31, 0, 1))).toBe("2026-12-31");
  });

  it("calls today and yesterday by name, across a month and a year boundary", () => {
    expect(dayLabel("2026-03-01", "2026-03-01")).toBe("Today");
    expect(dayLabel("2026-02-28", "2026-03-01")).toBe("Yesterday");
    expect(dayLabel("2025-12-31", "2026-01-01")).toBe("Yesterday");
  });

  it("names older days with the weekday, and the year only when it differs", () => {
    expect(dayLabel("2026-02-20", "2026-03-01", "en-GB")).toBe("Friday 20 February");
    expect(dayLabel("2025-02-20", "2026-03-01", "en-GB")).toMatch(/^Thursday,? 20 February 2025$/);
  });
});
