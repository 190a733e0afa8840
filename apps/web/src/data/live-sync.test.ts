import { PARTNER_EVENT_TYPES, THERAPIST_EVENT } from "@attune/shared";
import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { ApiFailure } from "../api/client.ts";
import { keys } from "./keys.ts";
import { invalidateFor } from "./live-sync.tsx";
import { shouldRetry } from "./query-client.ts";

function cacheWithEveryArea(): QueryClient {
  const client = new QueryClient();
  const all = [
    keys.me,
    keys.timeline,
    keys.checkin("c1"),
    keys.replyThread("checkin", "c1"),
    keys.dailyOf("2026-01-01"),
    keys.partnerMap,
    keys.readinessMine,
    keys.readinessPartner,
    keys.libraryState,
    keys.repairOne("r1"),
    keys.today,
    keys.temperature,
    keys.therapistGrants,
  ];
  for (const key of all) client.setQueryData(key, { any: true });
  return client;
}
const stale = (client: QueryClient) =>
  client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.isInvalidated)
    .map((q) => q.queryKey.join("/"))
    .sort();

describe("live events mark query areas stale", () => {
  it("a partner's new check-in marks the timeline and check-ins, not the other areas", async () => {
    const client = cacheWithEveryArea();
    await invalidateFor(client, { type: "checkin", id: "c9" });
    expect(stale(client)).toEqual(["checkins/one/c1", "timeline", "today"]);
  });

  it("feedback marks reply threads and the lists showing their counts; a partner's note only the partner map", async () => {
    const client = cacheWithEveryArea();
    await invalidateFor(client, { type: "feedback", id: "r1" });
    expect(stale(client)).toEqual(["checkins/one/c1", "replies/checkin/c1", "timeline", "today"]);
    const other = cacheWithEveryArea();
    await invalidateFor(other, { type: "note", id: "x" });
    expect(stale(other)).toEqual(["partner-map"]);
  });

  it("every event type has an area, and a reconnect marks everything", async () => {
    for (const type of [...PARTNER_EVENT_TYPES, THERAPIST_EVENT]) {
      const client = cacheWithEveryArea();
      await invalidateFor(client, { type, id: "" });
      expect(stale(client).length, type).toBeGreaterThan(0);
    }
    const client = cacheWithEveryArea();
    await invalidateFor(client, { type: "resync", id: "" });
    expect(stale(client)).toHaveLength(13);
  });
});

describe("therapist grants", () => {
  it("a grant's change marks the couple's grant screens and the therapist's open summary, nothing else", async () => {
    const client = cacheWithEveryArea();
    for (const key of [
      keys.therapistGrants,
      keys.therapistGrant("g1", "log"),
      keys.therapistClients,
      keys.therapistClient("g1", "summary", "2026-01-01", "2026-02-01"),
    ])
      client.setQueryData(key, { any: true });
    await invalidateFor(client, { type: THERAPIST_EVENT, id: "g1" });
    expect(stale(client)).toEqual(["therapist/client/g1/summary/2026-01-01/2026-02-01", "therapist/clients", "therapist/grant/g1/log", "therapist/grants"]);
  });
  it("unlinking (which ends every grant) marks the grants too", async () => {
    const client = cacheWithEveryArea();
    await invalidateFor(client, { type: "couple", id: "" });
    expect(stale(client)).toContain("therapist/grants");
  });
});

describe("retry", () => {
  it("asks again after a network failure or a server error, never after a refusal, and at most twice", () => {
    expect(shouldRetry(0, new ApiFailure(0, "network", "x"))).toBe(true);
    expect(shouldRetry(1, new ApiFailure(503, "internal", "x"))).toBe(true);
    expect(shouldRetry(2, new ApiFailure(503, "internal", "x"))).toBe(false);
    expect(shouldRetry(0, new ApiFailure(404, "not_found", "x"))).toBe(false);
  });
});
