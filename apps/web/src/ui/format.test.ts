import { describe, expect, it } from "vitest";
import { describeDevice, greeting, relativeTime } from "./format.ts";

const now = Date.parse("2025-05-14T12:00:00Z");
const at = (ms: number) => new Date(now + ms).toISOString();

describe("relativeTime", () => {
  it.each([
    [30_000, "just now"],
    [20 * 60_000, "in 20 minutes"],
    [-60_000, "1 minute ago"],
    [47 * 3_600_000, "in 47 hours"],
    [48 * 3_600_000, "in 2 days"],
    [-3 * 86_400_000, "3 days ago"],
  ])("%i ms → %s", (offset, expected) => {
    expect(relativeTime(at(offset), now)).toBe(expected);
  });
});

describe("describeDevice", () => {
  it.each([
    ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome on Linux"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox on Windows"],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Safari on iOS",
    ],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge on Windows"],
    ["curl/8.5.0", "Unknown device"],
    [null, "Unknown device"],
  ])("%s → %s", (ua, expected) => {
    expect(describeDevice(ua)).toBe(expected);
  });
});

describe("greeting", () => {
  it("follows the hour of the day", () => {
    expect([3, 8, 14, 21].map(greeting)).toEqual(["Hello", "Good morning", "Good afternoon", "Good evening"]);
  });
});
