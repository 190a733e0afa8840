import { PARTNER_EVENT_TYPES } from "@attune/shared";
import { describe, expect, it } from "vitest";
import { ApiFailure } from "../api/client.ts";
import { STALE_AFTER } from "./keys.ts";
import { shouldRetry } from "./query-client.ts";

describe("the data layer's retry rule", () => {
  it("does not ask again after a refusal or a person's mistake", () => {
    expect(shouldRetry(0, new ApiFailure(400, "invalid", "bad"))).toBe(false);
    expect(shouldRetry(0, new ApiFailure(404, "not_found", "gone"))).toBe(false);
  });
  it("asks twice more when the network or the server failed", () => {
    expect(shouldRetry(0, new ApiFailure(0, "network", "offline"))).toBe(true);
    expect(shouldRetry(1, new ApiFailure(503, "unavailable", "busy"))).toBe(true);
    expect(shouldRetry(2, new ApiFailure(503, "unavailable", "busy"))).toBe(false);
  });
});

describe("live events", () => {
  it("mark at least one area stale for every event the server announces", () => {
    for (const type of PARTNER_EVENT_TYPES) expect(STALE_AFTER[type].length).toBeGreaterThan(0);
  });
});
