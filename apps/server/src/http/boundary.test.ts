import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, link, testApp, type TestApp } from "../test/api.ts";
import { engines } from "../test/engines.ts";

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const NUL = "bad\u0000text";

/** The same refusal on both engines: a 400 naming the problem, never a 500. */
describe.each(engines)("input the database cannot hold, refused at the boundary on %s", (engine) => {
  let t: TestApp;
  let a: Client;
  let b: Client;
  let checkin: string;
  beforeAll(async () => {
    t = await testApp(engine, { authAttemptsPerMinute: 10_000, inviteAttemptsPerMinute: 10_000 });
    a = await new Client(t.app).signUp("Ana");
    b = await new Client(t.app).signUp("Ben");
    await link(a, b);
    const res = await a.request("POST", "/api/checkins", {
      day: "2026-02-01",
      emotions: { mad: 0, sad: 1, glad: 0, fear: 0 },
      high: "",
      low: "",
      mindHeart: "ok",
      visibility: "shared",
    });
    checkin = (res.body as { id: string }).id;
  });
  afterAll(async () => t.close());

  const bodies: [string, string, (text: string) => unknown][] = [
    [
      "POST",
      "/api/checkins",
      (x) => ({ day: "2026-02-02", emotions: { mad: 0, sad: 1, glad: 0, fear: 0 }, high: x, low: "", mindHeart: "", visibility: "private" }),
    ],
    ["PATCH", "/api/checkins/:checkin", (x) => ({ mindHeart: x })],
    ["POST", "/api/checkins/:checkin/replies", (x) => ({ body: x })],
    ["POST", "/api/partner-map/notes", (x) => ({ category: "history", text: x })],
    ["POST", "/api/daily-question/answer", (x) => ({ day: new Date().toISOString().slice(0, 10), text: x })],
    ["POST", "/api/auth/login", (x) => ({ email: x, password: "whatever it is" })],
    ["POST", "/api/auth/signup", (x) => ({ email: "nul@example.test", displayName: x, password: "a long enough phrase" })],
  ];

  for (const [method, route, body] of bodies) {
    it(`refuses a NUL character in ${method} ${route}`, async () => {
      const res = await a.request(method, route.replace(":checkin", checkin), body(NUL));
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body).toMatchObject({ error: { code: "validation_failed" } });
    });
  }

  it("refuses a NUL character in a path id or a query, as a 400", async () => {
    for (const path of ["/api/checkins/%00", "/api/checkins/a%00b/replies", "/api/readiness/results/%00", "/api/repair/%00", "/api/invites/AB%00CD"]) {
      const res = await a.request("GET", path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
    }
    expect((await a.request("GET", "/api/timeline?before=%00")).status).toBe(400);
  });

  it("refuses timeline and history cursors whose key is not of the column's type", async () => {
    const odd = [
      ["abc", "x"],
      [1.5, "x"],
      [1e300, "x"],
      [-1, "x"],
      [1, "x\u0000"],
      [1, 5],
      ["2026-01-01", "x"],
    ];
    for (const c of odd) {
      const res = await a.request("GET", `/api/timeline?before=${cursor(c)}`);
      expect(res.status, JSON.stringify(c)).toBe(400);
      expect(res.body).toMatchObject({ error: { code: "validation_failed", field: "before" } });
    }
    for (const c of [
      [5, "x"],
      ["not a day", "x"],
      [1e300, "x"],
    ]) {
      expect((await a.request("GET", `/api/checkins/mine?before=${cursor(c)}`)).status, JSON.stringify(c)).toBe(400);
    }
    // A cursor the server itself made still pages.
    const page = (await a.request("GET", "/api/timeline?limit=1")).body as { nextCursor: string | null };
    expect(
      (await a.request("GET", `/api/timeline?limit=1&before=${page.nextCursor ?? cursor([Date.now(), "0190a0a0-0000-7000-8000-000000000000"])}`)).status,
    ).toBe(200);
    expect((await a.request("GET", `/api/checkins/mine?before=${cursor(["2026-02-02", "0190a0a0-0000-7000-8000-000000000000"])}`)).status).toBe(200);
  });
});
