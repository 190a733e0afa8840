import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Client, link, testApp, type TestApp } from "../test/api.ts";
import { engines } from "../test/engines.ts";

const day = (n: number) => `2026-03-${String(n).padStart(2, "0")}`;
const checkin = (d: string, text: string) => ({
  day: d,
  emotions: { mad: 0, sad: 0, glad: 2, fear: 0 },
  high: "",
  low: "",
  mindHeart: text,
  visibility: "shared",
});

describe.each(engines)("warm moments (%s)", (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(engine);
    t.clock.now = Date.parse(`${day(10)}T09:00:00Z`);
  });
  afterEach(async () => t.close());

  const kinds = async (c: Client, d = day(10)) =>
    ((await c.request("GET", `/api/moments?day=${d}`)).body as { moments: { kind: string; partnerName: string | null }[] }).moments;

  it("marks linking, a first check-in and the first day both answered, once each per person, whichever device asks", async () => {
    const [ana, ben] = [await new Client(t.app).signUp("Ana"), await new Client(t.app).signUp("Ben")];
    expect(await kinds(ana)).toEqual([]);
    await ana.request("POST", "/api/checkins", checkin(day(10), "A secret about my sister"));
    expect(await kinds(ana)).toEqual([{ kind: "first_checkin", partnerName: null }]);
    expect((await ana.request("POST", "/api/moments/seen", { kind: "first_checkin" })).status).toBe(204);
    // Ana's laptop: the same account, another session, does not show it again.
    const laptop = new Client(t.app);
    laptop.email = ana.email;
    laptop.password = ana.password;
    await laptop.logIn();
    expect(await kinds(laptop)).toEqual([]);

    await link(ana, ben);
    expect(await kinds(ana)).toEqual([{ kind: "linked", partnerName: "Ben" }]);
    expect(await kinds(ben)).toEqual([{ kind: "linked", partnerName: "Ana" }]);
    await ana.request("POST", "/api/moments/seen", { kind: "linked" });
    expect(await kinds(laptop)).toEqual([]);
    expect(await kinds(ben)).toEqual([{ kind: "linked", partnerName: "Ana" }]); // Ben's own is still his to see
    await ben.request("POST", "/api/moments/seen", { kind: "linked" });

    await ana.request("POST", "/api/daily-question/answer", { day: day(10), text: "The sea in winter" });
    expect(await kinds(ana)).toEqual([]); // only once both have answered
    await ben.request("POST", "/api/daily-question/answer", { day: day(10), text: "Our first kitchen" });
    const both = await kinds(ana);
    expect(both).toEqual([{ kind: "both_answered", partnerName: "Ben" }]);
    expect(JSON.stringify([both, await kinds(ben)])).not.toMatch(/sea in winter|first kitchen|sister/);
    await ana.request("POST", "/api/moments/seen", { kind: "both_answered" });
    expect(await kinds(laptop)).toEqual([]);

    // The next day both answer again: that is not a first any more.
    t.clock.now = Date.parse(`${day(11)}T09:00:00Z`);
    await ben.request("POST", "/api/daily-question/answer", { day: day(11), text: "x" });
    await ana.request("POST", "/api/daily-question/answer", { day: day(11), text: "y" });
    expect(await kinds(ben, day(11))).toEqual([]);
    // A second check-in is not a first one.
    await ben.request("POST", "/api/checkins", checkin(day(11), "one"));
    await ben.request("POST", "/api/checkins", checkin(day(10), "two"));
    expect(await kinds(ben, day(11))).toEqual([]);
  });

  it("no longer marks a link after a week, and refuses an unknown moment with a clear error", async () => {
    const [ana, ben] = [await new Client(t.app).signUp("Ana"), await new Client(t.app).signUp("Ben")];
    await link(ana, ben);
    t.clock.now += 8 * 86_400_000;
    expect(await kinds(ana)).toEqual([]);
    const bad = await ana.request("POST", "/api/moments/seen", { kind: "streak" });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: "validation_failed" } } });
  });
});
