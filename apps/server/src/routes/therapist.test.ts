import { INVITE_TTL_HOURS, type MeView, type TherapistClientView, type TherapistGrantView, type TherapistSummaryView } from "@attune/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, link, shareWithTherapist, testApp, uniqueEmail, type TestApp } from "../test/api.ts";
import { engines } from "../test/engines.ts";
import { ACCESS_PAGE } from "../domain/therapist/grants.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const today = () => new Date().toISOString().slice(0, 10);
const range = () => `from=${new Date(Date.now() - 30 * DAY_MS).toISOString().slice(0, 10)}&to=${today()}`;

describe.each(engines)("sharing with a therapist on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine, { authAttemptsPerMinute: 10_000, inviteAttemptsPerMinute: 10_000 });
  });
  afterAll(async () => t.close());

  async function couple() {
    const [a, b] = await Promise.all([new Client(t.app).signUp("Ana"), new Client(t.app).signUp("Ben")]);
    await link(a, b);
    return { a, b, therapist: await new Client(t.app).signUpTherapist("Dr Rhee") };
  }
  const grantOf = async (c: Client, id: string) =>
    ((await c.request("GET", "/api/therapist-grants")).body as { grants: TherapistGrantView[] }).grants.find((g) => g.id === id);
  const summaryFor = (therapist: Client, id: string) => therapist.request("GET", `/api/therapist/clients/${id}/summary?${range()}`);

  it("signs up a therapist with a practice name and tells /api/me the role", async () => {
    const therapist = await new Client(t.app).signUpTherapist("Dr Rhee", "Rhee Counselling");
    expect(therapist.me?.user).toMatchObject({ role: "therapist", practiceName: "Rhee Counselling" });
    const me = (await therapist.request("GET", "/api/me")).body as MeView;
    expect(me.user).toMatchObject({ role: "therapist", practiceName: "Rhee Counselling" });
    const partner = await new Client(t.app).signUp("Pat");
    expect(((await partner.request("GET", "/api/me")).body as MeView).user).toMatchObject({ role: "partner", practiceName: null });
    const noPractice = await new Client(t.app).request("POST", "/api/auth/signup", {
      email: uniqueEmail("x"),
      displayName: "X",
      password: "a calm river at dusk",
      role: "therapist",
    });
    expect(noPractice).toMatchObject({ status: 400, body: { error: { code: "validation_failed", field: "practiceName" } } });
  });

  it("refuses a therapist every partner route and a partner every therapist route", async () => {
    const { a, therapist } = await couple();
    for (const [method, path] of [
      ["POST", "/api/invites"],
      ["GET", "/api/timeline"],
      ["POST", "/api/checkins"],
      ["GET", "/api/therapist-grants"],
    ] as const) {
      expect(await therapist.request(method, path, method === "POST" ? {} : undefined)).toMatchObject({
        status: 403,
        body: { error: { code: "partners_only" } },
      });
    }
    expect(await a.request("GET", "/api/therapist/clients")).toMatchObject({ status: 403, body: { error: { code: "therapists_only" } } });
    expect((await therapist.request("GET", "/api/sessions")).status).toBe(200);
  });

  it("is active only when both consented; narrowing is at once and adding waits for the other", async () => {
    const { a, b, therapist } = await couple();
    const created = await a.request("POST", "/api/therapist-grants", { scopes: ["shared_checkins", "repairs"], endsOn: null });
    expect(created).toMatchObject({ status: 201, body: { state: "waiting_for_therapist", consent: { me: true, partner: false }, invitedBy: "me" } });
    const grant = created.body as TherapistGrantView;
    const code = grant.invite?.code ?? "";
    expect(grant.invite?.link).toContain(code);
    expect((await therapist.request("GET", `/api/therapist/invites/${code}`)).body).toMatchObject({
      coupleName: "Ana & Ben",
      scopes: ["shared_checkins", "repairs"],
    });
    const joined = await therapist.request("POST", "/api/therapist/join", { code });
    expect(joined).toMatchObject({ status: 200, body: { state: "waiting_for_consent", scopes: [] } });
    expect((await new Client(t.app).signUpTherapist("Other").then((o) => o.request("POST", "/api/therapist/join", { code }))).status).toBe(404); // single use
    expect((await summaryFor(therapist, grant.id)).status).toBe(404);
    // B must consent to exactly what is asked.
    expect((await b.request("POST", `/api/therapist-grants/${grant.id}/consent`, { scopes: ["shared_checkins"] })).status).toBe(409);
    const consented = await b.request("POST", `/api/therapist-grants/${grant.id}/consent`, { scopes: ["repairs", "shared_checkins"] });
    expect(consented).toMatchObject({
      status: 200,
      body: { state: "active", scopes: ["shared_checkins", "repairs"], consent: { me: true, partner: true }, invitedBy: "partner" },
    });
    expect((await summaryFor(therapist, grant.id)).status).toBe(200);
    // A adds coach levels: pending until B says yes; the therapist still reads the old two.
    const added = await a.request("PUT", `/api/therapist-grants/${grant.id}/scopes`, { scopes: ["shared_checkins", "repairs", "coach_levels"] });
    expect(added.body).toMatchObject({
      state: "active",
      scopes: ["shared_checkins", "repairs"],
      pendingScopes: ["coach_levels"],
      consent: { me: true, partner: false },
    });
    expect(((await summaryFor(therapist, grant.id)).body as TherapistSummaryView).coachLevels).toBeNull();
    // B narrows to repairs: at once, for both, and the pending scope is gone.
    const narrowed = await b.request("PUT", `/api/therapist-grants/${grant.id}/scopes`, { scopes: ["repairs"] });
    expect(narrowed.body).toMatchObject({ scopes: ["repairs"], pendingScopes: [] });
    const summary = (await summaryFor(therapist, grant.id)).body as TherapistSummaryView;
    expect(summary).toMatchObject({ scopes: ["repairs"], sharedCheckins: null, repairs: [] });
  });

  it("logs every therapist read for both partners and the therapist, not the couple's own preview", async () => {
    const { a, b, therapist } = await couple();
    const id = await shareWithTherapist(a, b, therapist, ["shared_checkins"]);
    await a.request("GET", `/api/therapist-grants/${id}/summary?${range()}`);
    await summaryFor(therapist, id);
    await therapist.request("GET", `/api/therapist/clients/${id}/summary?${range()}&format=json`);
    for (const who of [a, b]) {
      const log = (await who.request("GET", `/api/therapist-grants/${id}/access-log`)).body as { entries: { what: string; from: string }[] };
      expect(log.entries.map((e) => e.what)).toEqual(["summary_json", "summary"]);
    }
    const own = (await therapist.request("GET", `/api/therapist/clients/${id}/access-log`)).body as { entries: unknown[] };
    expect(own.entries).toHaveLength(2);
  });

  it("pages a long access log, newest first, each read once, for the couple and the therapist alike", async () => {
    const { a, b, therapist } = await couple();
    const id = await shareWithTherapist(a, b, therapist, ["repairs"]);
    const reads = ACCESS_PAGE + 3;
    for (let i = 0; i < reads; i++)
      await t.store.therapistGrants.logAccess({
        id: `read-${id}-${String(i).padStart(3, "0")}`,
        grantId: id,
        what: "summary",
        fromDay: null,
        toDay: null,
        at: 1_000 + i,
      });
    for (const [who, path] of [
      [b, `/api/therapist-grants/${id}/access-log`],
      [therapist, `/api/therapist/clients/${id}/access-log`],
    ] as const) {
      const first = (await who.request("GET", path)).body as { entries: { id: string; at: string }[]; nextCursor: string | null };
      expect(first.entries).toHaveLength(ACCESS_PAGE);
      expect(first.entries[0]?.id).toBe(`read-${id}-${String(reads - 1).padStart(3, "0")}`);
      expect(first.nextCursor).not.toBeNull();
      const rest = (await who.request("GET", `${path}?before=${encodeURIComponent(first.nextCursor ?? "")}`)).body as typeof first;
      expect(rest.nextCursor).toBeNull();
      const all = [...first.entries, ...rest.entries].map((e) => e.id);
      expect(new Set(all).size).toBe(reads);
      expect(rest.entries.at(-1)?.id).toBe(`read-${id}-000`);
    }
  });

  it("builds the summary from granted, not-excluded entries of the current couple only", async () => {
    const { a, b, therapist } = await couple();
    const checkin = (mindHeart: string, visibility: string, day = today()) =>
      a.request("POST", "/api/checkins", { day, emotions: { mad: 0, sad: 2, glad: 1, fear: 0 }, mindHeart, visibility });
    const shared = ((await checkin("Shared words", "shared")).body as { id: string }).id;
    await b.request("POST", "/api/checkins", { day: today(), emotions: { mad: 1, sad: 0, glad: 2, fear: 0 }, mindHeart: "Hidden later", visibility: "shared" });
    const yesterday = new Date(Date.now() - DAY_MS).toISOString().slice(0, 10);
    await checkin("Private words", "private", yesterday);
    const id = await shareWithTherapist(a, b, therapist, ["shared_checkins"]);
    const bShared =
      ((await b.request("GET", "/api/timeline")).body as { items: { id: string; author: { id: string } }[] }).items.find((i) => i.author.id === b.id)?.id ?? "";
    expect((await a.request("POST", `/api/therapist-grants/${id}/exclusions`, { kind: "checkin", entryId: bShared })).status).toBe(201);
    // Only entries of this couple can be hidden.
    expect((await a.request("POST", `/api/therapist-grants/${id}/exclusions`, { kind: "checkin", entryId: "no-such-entry" })).status).toBe(404);
    const summary = (await summaryFor(therapist, id)).body as TherapistSummaryView;
    expect(summary.sharedCheckins?.map((c) => c.id)).toEqual([shared]);
    expect(JSON.stringify(summary)).not.toContain("Private words");
    expect(JSON.stringify(summary)).not.toContain("Hidden later");
    expect(summary.emotions?.find((p) => p.personId === a.id)?.weeks[0]).toMatchObject({ checkins: 1, sad: 2 });
    expect((await b.request("DELETE", `/api/therapist-grants/${id}/exclusions/checkin/${bShared}`)).status).toBe(204);
    expect(((await summaryFor(therapist, id)).body as TherapistSummaryView).sharedCheckins).toHaveLength(2);
  });

  it("ends at once on revoke: the therapist's summary is a 404 like a missing grant and the list says only that it ended", async () => {
    const { a, b, therapist } = await couple();
    const id = await shareWithTherapist(a, b, therapist, ["repairs"]);
    const revoked = await b.request("POST", `/api/therapist-grants/${id}/revoke`);
    expect(revoked.body).toMatchObject({ state: "ended", ended: { reason: "revoked", byMe: true } });
    expect((await grantOf(a, id))?.ended).toMatchObject({ reason: "revoked", byMe: false });
    const gone = await summaryFor(therapist, id);
    const missing = await summaryFor(therapist, "00000000-0000-4000-8000-000000000000");
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual(missing.body);
    const clients = ((await therapist.request("GET", "/api/therapist/clients")).body as { clients: TherapistClientView[] }).clients;
    expect(clients).toEqual([expect.objectContaining({ grantId: id, state: "ended", scopes: [] })]);
    expect(clients[0]?.endedAt).not.toBeNull();
  });

  it("ends every grant when the couple unlinks, and a partner's deletion ends theirs", async () => {
    const { a, b, therapist } = await couple();
    const id = await shareWithTherapist(a, b, therapist, ["repairs"]);
    await a.request("POST", "/api/couple/unlink");
    expect((await summaryFor(therapist, id)).status).toBe(404);
    await link(a, b); // together again: a new couple, and the old grant stays ended
    expect((await summaryFor(therapist, id)).status).toBe(404);
    expect(await a.request("GET", "/api/therapist-grants")).toMatchObject({ body: { grants: [] } });
    const second = await shareWithTherapist(a, b, therapist, ["repairs"]);
    expect((await b.request("POST", "/api/me/delete", { password: b.password })).status).toBe(204);
    expect((await summaryFor(therapist, second)).status).toBe(404);
    const stored = await t.store.therapistGrants.findById(second);
    expect(stored?.ended?.reason).toBe("partner_left");
    expect((await t.store.therapistGrants.findById(id))?.ended?.reason).toBe("unlinked");
  });

  it("tells the couple when their therapist deletes their account, and ends grants after their last day", async () => {
    const { a, b, therapist } = await couple();
    const id = await shareWithTherapist(a, b, therapist, ["repairs"]);
    expect((await therapist.request("POST", "/api/me/delete", { password: therapist.password })).status).toBe(204);
    expect(await grantOf(a, id)).toMatchObject({ state: "ended", therapist: null, ended: { reason: "therapist_left" } });
    const other = await new Client(t.app).signUpTherapist("Dr Lane");
    const created = (await a.request("POST", "/api/therapist-grants", { scopes: ["repairs"], endsOn: today() })).body as TherapistGrantView;
    await other.request("POST", "/api/therapist/join", { code: created.invite?.code });
    await b.request("POST", `/api/therapist-grants/${created.id}/consent`, { scopes: ["repairs"] });
    expect((await summaryFor(other, created.id)).status).toBe(200);
    t.clock.now += 2 * DAY_MS;
    try {
      expect((await summaryFor(other, created.id)).status).toBe(404);
      expect(await grantOf(b, created.id)).toMatchObject({ state: "ended", ended: { reason: "expired" } });
    } finally {
      t.clock.now -= 2 * DAY_MS;
    }
  });

  it("gives a new code for one that expired or went astray; the old one stops working, and none once the therapist joined", async () => {
    const { a, b, therapist } = await couple();
    const created = (await a.request("POST", "/api/therapist-grants", { scopes: ["repairs"], endsOn: null })).body as TherapistGrantView;
    const oldCode = created.invite?.code;
    t.clock.now += (INVITE_TTL_HOURS + 1) * 3600 * 1000;
    try {
      expect(await therapist.request("POST", "/api/therapist/join", { code: oldCode })).toMatchObject({
        status: 410,
        body: { error: { code: "invite_expired" } },
      });
      const renewed = await b.request("POST", `/api/therapist-grants/${created.id}/invite`);
      expect(renewed).toMatchObject({ status: 200, body: { id: created.id, state: "waiting_for_therapist" } });
      const fresh = (renewed.body as TherapistGrantView).invite;
      expect(fresh?.code).not.toBe(oldCode);
      expect(Date.parse(fresh?.expiresAt ?? "")).toBeGreaterThan(t.clock.now);
      expect((await therapist.request("POST", "/api/therapist/join", { code: oldCode })).status).toBe(404);
      expect((await therapist.request("POST", "/api/therapist/join", { code: fresh?.code })).status).toBe(200);
      expect(await a.request("POST", `/api/therapist-grants/${created.id}/invite`)).toMatchObject({ status: 409, body: { error: { code: "conflict" } } });
    } finally {
      t.clock.now -= (INVITE_TTL_HOURS + 1) * 3600 * 1000;
    }
  });

  it("puts grants and the therapist's reads in the partner's export, and clients and their own log in the therapist's", async () => {
    const { a, b, therapist } = await couple();
    const id = await shareWithTherapist(a, b, therapist, ["repairs"]);
    await summaryFor(therapist, id);
    const mine = (
      (await b.request("GET", "/api/me/export")).body as {
        therapistSharing: { role: string; grants: { id: string; therapistName: string; accessLog: { what: string }[] }[] };
      }
    ).therapistSharing;
    expect(mine).toMatchObject({ role: "partner", grants: [{ id, therapistName: "Dr Rhee", accessLog: [{ what: "summary" }] }] });
    const theirs = ((await therapist.request("GET", "/api/me/export")).body as { therapistSharing: unknown }).therapistSharing;
    expect(theirs).toMatchObject({
      role: "therapist",
      practiceName: "Harbour Couples Practice",
      grants: [],
      clients: [{ grantId: id, coupleName: "Ana & Ben", endedAt: null, accessLog: [{ what: "summary" }] }],
    });
  });

  it("refuses a bad range and a grant of another couple alike", async () => {
    const { a, b, therapist } = await couple();
    const id = await shareWithTherapist(a, b, therapist, ["repairs"]);
    expect(await therapist.request("GET", `/api/therapist/clients/${id}/summary?from=2026-02-01&to=2026-01-01`)).toMatchObject({
      status: 400,
      body: { error: { code: "validation_failed" } },
    });
    expect(await therapist.request("GET", `/api/therapist/clients/${id}/summary?from=2024-01-01&to=2026-01-01`)).toMatchObject({ status: 400 });
    const other = await couple();
    expect((await other.a.request("GET", `/api/therapist-grants/${id}/access-log`)).status).toBe(404);
    expect((await summaryFor(other.therapist, id)).status).toBe(404);
  });
});
