import type { RepairCurrentView, RepairView } from "@attune/shared";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadHelpDirectory } from "../http/help-directory.ts";
import type { CoupleEvent } from "../events/bus.ts";
import { Client, link, testApp, type TestApp } from "../test/api.ts";
import { engines } from "../test/engines.ts";

const calm = { afraid: "no", hurt_or_threatened: "no", controlled: "no", cannot_say_no: "no" } as const;
const DAY = 24 * 60 * 60 * 1000;

/** What a person's screen would show of a repair: the view minus the times, which differ by a millisecond. */
const shown = (v: RepairView) => ({ step: v.step, state: v.state, expected: v.expected, privateHelp: v.privateHelp });

describe.each(engines)("the safety check of guided repair on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine, { authAttemptsPerMinute: 10_000, inviteAttemptsPerMinute: 10_000 });
  });
  afterAll(async () => t.close());

  async function pair(): Promise<[Client, Client]> {
    const a = await new Client(t.app).signUp("Ana");
    const b = await new Client(t.app).signUp("Ben");
    await link(a, b);
    return [a, b];
  }
  const start = async (c: Client) => (await c.request("POST", "/api/repair", { mode: "apart" })).body as RepairView;
  const act = async (c: Client, id: string, action: Record<string, unknown>) =>
    (await c.request("POST", `/api/repair/${id}/actions`, action)).body as RepairView;

  /** Runs one way of the check not going ahead, with the partner having answered calmly first or not at all. */
  async function outcome(way: "concern" | "not_now" | "end", partnerFirst: boolean) {
    const [a, b] = await pair();
    const r = await start(a);
    if (partnerFirst) await act(a, r.id, { type: "answer_safety", by: "a", answers: calm });
    const seen: CoupleEvent[] = [];
    const coupleId = ((await a.request("GET", "/api/me")).body as { couple: { id: string } }).couple.id;
    const stop = t.events.subscribe(coupleId, (e) => seen.push(e));
    const passSentinel = async (id: string) => {
      await t.events.publish({ coupleId, type: "checkin", id, actorId: "test" });
      for (const started = Date.now(); !seen.some((e) => e.id === id); ) {
        if (Date.now() - started > 10_000) throw new Error(`the ${id} sentinel never arrived`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    // On PostgreSQL the start's own announcements may still be on their way: a first sentinel
    // marks where they end, so only what the action below announces is compared.
    await passSentinel("before");
    seen.length = 0;
    const action =
      way === "concern"
        ? { type: "answer_safety", by: "b", answers: { ...calm, afraid: "yes" } }
        : way === "not_now"
          ? { type: "not_now", by: "b" }
          : { type: "end", by: "b" };
    const bGets = await act(b, r.id, action);
    // On PostgreSQL events arrive asynchronously but in order: a sentinel published after
    // the action marks the moment everything the action announced has arrived.
    await passSentinel("after");
    stop();
    seen.splice(
      seen.findIndex((e) => e.id === "after"),
      1,
    );
    const aSees = (await a.request("GET", `/api/repair/${r.id}`)).body as RepairView;
    const bLater = (await b.request("GET", `/api/repair/${r.id}`)).body as RepairView;
    return { a, b, r, bGets, aSees, bLater, seen };
  }

  it("shows help only to the person whose own answers raised a concern, in the answer to their own request", async () => {
    const { bGets, aSees, bLater } = await outcome("concern", true);
    expect(bGets).toMatchObject({ step: "not_started", privateHelp: true });
    expect(aSees.privateHelp).toBe(false);
    // Nothing is stored: the concerned person's own next look is the neutral one too.
    expect(bLater.privateHelp).toBe(false);
  });

  it("lets the partner see exactly the same thing whether the other raised a concern, said not now, or ended the check", async () => {
    for (const partnerFirst of [true, false]) {
      const concern = await outcome("concern", partnerFirst);
      const notNow = await outcome("not_now", partnerFirst);
      const ended = await outcome("end", partnerFirst);
      expect(shown(concern.aSees)).toEqual(shown(notNow.aSees));
      expect(shown(concern.aSees)).toEqual(shown(ended.aSees));
      expect(concern.aSees.step).toBe("not_started");
      expect(JSON.stringify(concern.aSees)).not.toMatch(/afraid|yes|concern|safety_stop|stopped_for_safety/);
      // The partner's live stream gets the same single announcement in each case.
      expect(concern.seen.map((e) => e.type)).toEqual(notNow.seen.map((e) => e.type));
      expect(concern.seen.map((e) => e.type)).toEqual(["repair"]);
    }
  });

  it("refuses a new start for 24 hours after a check that did not go ahead, for both partners, saying when", async () => {
    const { a, b } = await outcome("concern", false);
    for (const who of [a, b]) {
      const again = await who.request("POST", "/api/repair", { mode: "apart" });
      expect(again).toMatchObject({ status: 409, body: { error: { code: "conflict" } } });
      expect(JSON.stringify(again.body)).not.toMatch(/safety|concern|afraid/i);
      const current = (await who.request("GET", "/api/repair/current")).body as RepairCurrentView;
      expect(current.repair).toBeNull();
      expect(Date.parse(current.restartAt ?? "")).toBeGreaterThan(t.clock.now + DAY - 60_000);
    }
    t.clock.now += DAY - 60_000;
    expect((await a.request("POST", "/api/repair", { mode: "apart" })).status).toBe(409);
    t.clock.now += 61_000;
    expect((await b.request("POST", "/api/repair", { mode: "apart" })).status).toBe(201);
  });

  it('holds back a restart after a plain "not now" too, so the hold itself says nothing', async () => {
    const { a } = await outcome("not_now", false);
    expect((await a.request("POST", "/api/repair", { mode: "apart" })).status).toBe(409);
  });

  it("does not hold back a new start after a repair that finished or ended later on", async () => {
    const [a, b] = await pair();
    const r = await start(a);
    await act(a, r.id, { type: "answer_safety", by: "a", answers: calm });
    await act(b, r.id, { type: "answer_safety", by: "b", answers: calm });
    expect((await act(b, r.id, { type: "end", by: "b" })).step).toBe("ended");
    expect((await a.request("POST", "/api/repair", { mode: "apart" })).status).toBe(201);
  });
});

describe("help services over the API", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp("sqlite");
  });
  afterAll(async () => t.close());

  it("answers anyone, signed in or not, with the country's services first and the worldwide ones", async () => {
    const anonymous = new Client(t.app);
    const res = await anonymous.request("GET", "/api/help?country=IE");
    expect(res.status).toBe(200);
    const body = res.body as {
      country: string;
      local: { country: string; kinds: string[] }[];
      international: unknown[];
      countries: string[];
      countryNames: Record<string, string>;
    };
    expect(body.country).toBe("IE");
    expect(body.local.every((r) => r.country === "IE")).toBe(true);
    expect(body.local[0]?.kinds).toContain("abuse");
    expect(body.international.length).toBeGreaterThan(0);
    expect(body.countryNames.IE).toBe("Ireland");
    expect((await anonymous.request("GET", "/api/help?country=ireland")).status).toBe(400);
    expect(((await anonymous.request("GET", "/api/help")).body as { country: string }).country).toBe("INTL");
  });

  it("keeps the country a person confirms in their preferences", async () => {
    const c = await new Client(t.app).signUp("Cal");
    expect((await c.request("GET", "/api/me/prefs")).body).toEqual({ defaultVisibility: "private", country: null });
    expect((await c.request("PATCH", "/api/me/prefs", { country: "NZ" })).body).toEqual({ defaultVisibility: "private", country: "NZ" });
    expect((await c.request("GET", "/api/me/prefs")).body).toEqual({ defaultVisibility: "private", country: "NZ" });
    expect((await c.request("PATCH", "/api/me/prefs", { country: "New Zealand" })).status).toBe(400);
    expect((await c.request("PATCH", "/api/me/prefs", {})).status).toBe(400);
  });
});

describe("an operator's help list", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "attune-help-"));
  const file = (name: string, content: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, content);
    return p;
  };
  const local = {
    id: "pt-apav",
    country: "PT",
    name: "APAV Linha de Apoio à Vítima",
    kinds: ["abuse"],
    about: "Free, confidential support for victims of crime and violence.",
    phone: { display: "116 006", tel: "116006" },
    source: { url: "https://apav.pt/apav_v3/index.php/pt/", title: "APAV" },
    checkedOn: "2026-12-01",
  };

  it("extends ours, or replaces it, when it validates", () => {
    const extended = loadHelpDirectory(file("extend.json", JSON.stringify({ checked: "2026-12-01", resources: [local] })));
    expect(extended.resources.some((r) => r.id === "pt-apav")).toBe(true);
    expect(extended.resources.some((r) => r.id === "us-ndvh")).toBe(true);
    const replaced = loadHelpDirectory(file("replace.json", JSON.stringify({ checked: "2026-12-01", mode: "replace", resources: [local] })));
    expect(replaced.resources.map((r) => r.id)).toEqual(["pt-apav"]);
  });

  it("stops the start with a message naming the file and the problem when it does not", () => {
    expect(() => loadHelpDirectory(file("broken.json", "{ not json"))).toThrow(/broken\.json could not be read as JSON/);
    expect(() => loadHelpDirectory(file("nophone.json", JSON.stringify({ checked: "2026-12-01", resources: [{ ...local, phone: undefined }] })))).toThrow(
      /nophone\.json is not a valid help list at resources\.0.*real way to reach/,
    );
    expect(() => loadHelpDirectory(path.join(dir, "missing.json"))).toThrow(/missing\.json could not be read/);
  });
});
