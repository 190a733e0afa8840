import type { MeView } from "@attune/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CoupleEvent } from "../events/bus.ts";
import { Client, link, testApp, type TestApp } from "../test/api.ts";
import { engines } from "../test/engines.ts";
import { readinessAnswers } from "../test/world.ts";

const idOf = (r: { body: unknown }) => (r.body as { id: string }).id;
const idsIn = (r: { body: unknown }) => (r.body as { results: { id: string }[] }).results.map((x) => x.id);
const coupleOf = async (c: Client) => ((await c.request("GET", "/api/me")).body as MeView).couple?.id ?? "";

describe.each(engines)("readiness sharing on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine, { authAttemptsPerMinute: 10_000 });
  });
  afterAll(async () => t.close());

  it("shows a result shared with a former partner to nobody in the next couple", async () => {
    const [ada, ex, bo] = await Promise.all(["Ada", "Ex", "Bo"].map((n) => new Client(t.app).signUp(n)));
    await link(ada!, ex!);
    const result = idOf(await ada!.request("POST", "/api/readiness/results", readinessAnswers(4)));
    expect((await ada!.request("PATCH", `/api/readiness/results/${result}`, { sharedWithPartner: true })).status).toBe(200);
    expect(idsIn(await ex!.request("GET", "/api/readiness/partner"))).toEqual([result]);
    await ada!.request("POST", "/api/couple/unlink");
    await link(ada!, bo!);
    expect(idsIn(await bo!.request("GET", "/api/readiness/partner"))).toEqual([]);
    // Ada sees it as not shared (with Bo), and can choose to share it again, now with Bo.
    const mine = (await ada!.request("GET", "/api/readiness/results")).body as { results: { id: string; sharedWithPartner: boolean }[] };
    expect(mine.results.find((r) => r.id === result)?.sharedWithPartner).toBe(false);
    await ada!.request("PATCH", `/api/readiness/results/${result}`, { sharedWithPartner: true });
    expect(idsIn(await bo!.request("GET", "/api/readiness/partner"))).toEqual([result]);
    expect((await ex!.request("GET", "/api/readiness/partner")).body).toEqual({ linked: false, results: [] });
  });

  it("refuses to share while not linked, clearly", async () => {
    const solo = await new Client(t.app).signUp("Solo");
    const result = idOf(await solo.request("POST", "/api/readiness/results", readinessAnswers(3)));
    const res = await solo.request("PATCH", `/api/readiness/results/${result}`, { sharedWithPartner: true });
    expect(res).toMatchObject({ status: 409, body: { error: { code: "conflict" } } });
  });

  it("never announces a private result's id to the partner, whatever the PATCH says", async () => {
    const [a, b] = await Promise.all(["Gil", "Hal"].map((n) => new Client(t.app).signUp(n)));
    await link(a!, b!);
    const seen: CoupleEvent[] = [];
    const stop = t.events.subscribe(await coupleOf(a!), (e) => seen.push(e));
    try {
      const hidden = idOf(await a!.request("POST", "/api/readiness/results", readinessAnswers(2)));
      await a!.request("PATCH", `/api/readiness/results/${hidden}`, { sharedWithPartner: false });
      await a!.request("DELETE", `/api/readiness/results/${hidden}`);
      const shown = idOf(await a!.request("POST", "/api/readiness/results", readinessAnswers(4)));
      await a!.request("PATCH", `/api/readiness/results/${shown}`, { sharedWithPartner: true });
      await a!.request("PATCH", `/api/readiness/results/${shown}`, { sharedWithPartner: false });
      // The sentinel: events are delivered in order, so once it arrives everything before it has.
      await a!.request("POST", "/api/checkins", {
        day: "2026-01-02",
        emotions: { mad: 0, sad: 1, glad: 0, fear: 0 },
        high: "",
        low: "",
        mindHeart: "sentinel",
        visibility: "shared",
      });
      await expect.poll(() => seen.some((e) => e.type === "checkin")).toBe(true);
      const ids = seen.filter((e) => e.type === "readiness").map((e) => e.id);
      expect(ids).not.toContain(hidden);
      expect(ids).toEqual([shown, shown]);
    } finally {
      stop();
    }
  });
});
