import type { MeView } from "@attune/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, link, testApp, type TestApp } from "../test/api.ts";
import { engines } from "../test/engines.ts";

describe.each(engines)("linking partners on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => t.close());

  it("creates an 8-character single-use invite valid for 48 hours, with a link", async () => {
    const a = await new Client(t.app).signUp("Ana");
    const res = await a.request("POST", "/api/invites");
    expect(res.status).toBe(201);
    const invite = res.body as { code: string; link: string; expiresAt: string };
    expect(invite.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(invite.link).toMatch(new RegExp(`/invite/${invite.code}$`));
    const hours = (Date.parse(invite.expiresAt) - t.clock.now) / 3_600_000;
    expect(hours).toBeCloseTo(48, 1);
    const me = (await a.request("GET", "/api/me")).body as MeView;
    expect(me.pendingInvite?.code).toBe(invite.code);
  });

  it("lets the partner preview and accept (code typed with a dash and lowercase), then both see each other", async () => {
    const a = await new Client(t.app).signUp("Ben");
    const b = await new Client(t.app).signUp("Cleo");
    const code = ((await a.request("POST", "/api/invites")).body as { code: string }).code;
    const typed = `${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase();
    const preview = await b.request("GET", `/api/invites/${typed}`);
    expect(preview).toMatchObject({ status: 200, body: { inviterName: "Ben", code } });
    const accepted = await b.request("POST", `/api/invites/${typed}/accept`);
    expect(accepted.status).toBe(200);
    expect((accepted.body as MeView).couple?.partner.displayName).toBe("Ben");
    const aMe = (await a.request("GET", "/api/me")).body as MeView;
    expect(aMe.couple?.partner).toEqual({ id: b.id, displayName: "Cleo" });
    expect(aMe.pendingInvite).toBeNull();
  });

  it("refuses a used invite as if it never existed, one's own invite, and a second couple", async () => {
    const [a, b, c] = [await new Client(t.app).signUp("Dan"), await new Client(t.app).signUp("Eva"), await new Client(t.app).signUp("Fin")];
    const code = ((await a.request("POST", "/api/invites")).body as { code: string }).code;
    expect(await a.request("POST", `/api/invites/${code}/accept`)).toMatchObject({ status: 400, body: { error: { code: "invite_own" } } });
    expect((await b.request("POST", `/api/invites/${code}/accept`)).status).toBe(200);
    const used = await c.request("POST", `/api/invites/${code}/accept`);
    const never = await c.request("POST", `/api/invites/ZZZZZZZZ/accept`);
    expect(used.status).toBe(404);
    expect(used.body).toEqual(never.body);
    expect(await a.request("POST", "/api/invites")).toMatchObject({ status: 409, body: { error: { code: "already_in_couple" } } });
    const cCode = ((await c.request("POST", "/api/invites")).body as { code: string }).code;
    expect(await b.request("POST", `/api/invites/${cCode}/accept`)).toMatchObject({ status: 409, body: { error: { code: "already_in_couple" } } });
  });

  it("expires an invite after 48 hours", async () => {
    const a = await new Client(t.app).signUp("Gil");
    const b = await new Client(t.app).signUp("Hal");
    const code = ((await a.request("POST", "/api/invites")).body as { code: string }).code;
    t.clock.now += 48 * 3_600_000 + 1;
    try {
      expect(await b.request("GET", `/api/invites/${code}`)).toMatchObject({ status: 410, body: { error: { code: "invite_expired" } } });
      expect((await b.request("POST", `/api/invites/${code}/accept`)).status).toBe(410);
    } finally {
      t.clock.now = Date.now();
    }
  });

  it("replaces a pending invite with a new one and cancels it on request", async () => {
    const a = await new Client(t.app).signUp("Ivy");
    const b = await new Client(t.app).signUp("Jon");
    const first = ((await a.request("POST", "/api/invites")).body as { code: string }).code;
    const second = ((await a.request("POST", "/api/invites")).body as { code: string }).code;
    expect((await b.request("GET", `/api/invites/${first}`)).status).toBe(404);
    expect((await b.request("DELETE", "/api/invites/current")).status).toBe(204); // b's own (none): a's stays
    expect((await b.request("GET", `/api/invites/${second}`)).status).toBe(200);
    expect((await a.request("DELETE", "/api/invites/current")).status).toBe(204);
    expect((await b.request("GET", `/api/invites/${second}`)).status).toBe(404);
  });

  it("lets only one of two people accepting at once link with the inviter", async () => {
    const a = await new Client(t.app).signUp("Kai");
    const b = await new Client(t.app).signUp("Lou");
    const c = await new Client(t.app).signUp("Mo");
    const code = ((await a.request("POST", "/api/invites")).body as { code: string }).code;
    const results = await Promise.all([b.request("POST", `/api/invites/${code}/accept`), c.request("POST", `/api/invites/${code}/accept`)]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses[0]).toBe(200);
    // The loser finds the invite spent (404) or the inviter already linked (409).
    expect([404, 409]).toContain(statuses[1]);
    const partners = await Promise.all([b, c].map(async (x) => ((await x.request("GET", "/api/me")).body as MeView).couple));
    expect(partners.filter((p) => p !== null)).toHaveLength(1);
  });

  it("unlinks for both partners and allows linking again", async () => {
    const a = await new Client(t.app).signUp("Nia");
    const b = await new Client(t.app).signUp("Oz");
    await link(a, b);
    expect((await b.request("POST", "/api/couple/unlink")).status).toBe(204);
    expect(((await a.request("GET", "/api/me")).body as MeView).couple).toBeNull();
    expect(((await b.request("GET", "/api/me")).body as MeView).couple).toBeNull();
    expect(await a.request("POST", "/api/couple/unlink")).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    await link(b, a);
    expect(((await a.request("GET", "/api/me")).body as MeView).couple?.partner.id).toBe(b.id);
  });
});

describe("guessing invite codes", () => {
  it("is throttled: after the limit, look-ups and accepts answer 429 with a clear message", async () => {
    const t = await testApp("sqlite", { inviteAttemptsPerMinute: 5 });
    try {
      const guesser = await new Client(t.app).signUp("Gus");
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await guesser.request("GET", `/api/invites/ABCDEF${"23456789"[i]}2`)).status);
      expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
      expect(statuses.slice(5)).toEqual([429, 429, 429]);
      const accept = await guesser.request("POST", "/api/invites/ABCDEFGH/accept");
      const accepts = [accept.status];
      for (let i = 0; i < 6; i++) accepts.push((await guesser.request("POST", `/api/invites/ABCDEFG${"HJKMNP"[i]}/accept`)).status);
      expect(accepts.at(-1)).toBe(429);
      const limited = await guesser.request("GET", "/api/invites/ABCDEFGH");
      expect(limited.body).toMatchObject({ error: { code: "rate_limited" } });
      // A minute later the person can try again.
      t.clock.now += 61_000;
      expect((await guesser.request("GET", "/api/invites/ABCDEFGH")).status).toBe(404);
    } finally {
      await t.close();
    }
  });
});
