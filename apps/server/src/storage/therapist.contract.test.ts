import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { engines } from "../test/engines.ts";
import { openCoupleStore, type CoupleStore } from "../test/couple-store.ts";
import type { Store } from "./store.ts";

async function therapist(store: Store, name: string): Promise<string> {
  const id = randomUUID();
  await store.users.create({
    id,
    email: `${id}@example.test`,
    displayName: name,
    passwordHash: "h",
    createdAt: 1,
    passwordChangedAt: 1,
    defaultVisibility: "private",
    country: null,
    role: "therapist",
    practiceName: "Practice",
  });
  return id;
}

describe.each(engines)("therapist grant storage on %s", (engine) => {
  let fixture: CoupleStore;
  let store: Store;
  let a: string;
  let b: string;
  let t: string;
  const grantId = "g1";
  beforeEach(async () => {
    fixture = await openCoupleStore(engine);
    ({ store, a, b } = fixture);
    t = await therapist(store, "Dr T");
    await store.therapistGrants.create({
      id: grantId,
      coupleId: "c1",
      inviterId: a,
      inviteCode: "ABCDEFGH",
      inviteExpiresAt: 100,
      askedScopes: ["repairs", "readiness"],
      endsOn: "2026-12-31",
      createdAt: 10,
    });
  });
  afterEach(async () => fixture.close());

  it("keeps a therapist's role and practice", async () => {
    expect(await store.users.findById(t)).toMatchObject({ role: "therapist", practiceName: "Practice" });
    expect(await store.users.findById(a)).toMatchObject({ role: "partner", practiceName: null });
  });

  it("stores a grant with each partner's consent, in the contract's scope order", async () => {
    await store.therapistGrants.setConsent(grantId, { userId: a, scopes: ["repairs", "readiness"], at: 11 });
    await store.therapistGrants.setConsent(grantId, { userId: b, scopes: ["readiness"], at: 12 });
    await store.therapistGrants.setConsent(grantId, { userId: b, scopes: ["readiness", "repairs"], at: 13 }); // replaces
    const grant = await store.therapistGrants.findByCode("ABCDEFGH");
    expect(grant).toMatchObject({
      id: grantId,
      coupleId: "c1",
      inviterId: a,
      therapistId: null,
      askedScopes: ["readiness", "repairs"],
      endsOn: "2026-12-31",
      ended: null,
    });
    expect(grant?.consents.sort((x, y) => x.at - y.at)).toEqual([
      { userId: a, scopes: ["readiness", "repairs"], at: 11 },
      { userId: b, scopes: ["readiness", "repairs"], at: 13 },
    ]);
    expect((await store.therapistGrants.forCouple("c1")).map((g) => g.id)).toEqual([grantId]);
  });

  it("lets one therapist join, once, and never an ended grant", async () => {
    const other = await therapist(store, "Dr O");
    expect(await store.therapistGrants.join(grantId, t, 20)).toBe(true);
    expect(await store.therapistGrants.join(grantId, other, 21)).toBe(false);
    expect((await store.therapistGrants.forTherapist(t)).map((g) => g.id)).toEqual([grantId]);
    expect(await store.therapistGrants.end(grantId, 30, "revoked", b)).toBe(true);
    expect(await store.therapistGrants.end(grantId, 31, "unlinked", a)).toBe(false); // the first ending stands
    expect((await store.therapistGrants.findById(grantId))?.ended).toEqual({ at: 30, reason: "revoked", by: b });
  });

  it("renews the code of a grant nobody joined, never of a joined or ended one", async () => {
    expect(await store.therapistGrants.renewInvite(grantId, "NEWCODE1", 500)).toBe(true);
    expect(await store.therapistGrants.findByCode("ABCDEFGH")).toBeUndefined();
    expect(await store.therapistGrants.findByCode("NEWCODE1")).toMatchObject({ id: grantId, inviteExpiresAt: 500 });
    await store.therapistGrants.join(grantId, t, 20);
    expect(await store.therapistGrants.renewInvite(grantId, "NEWCODE2", 600)).toBe(false);
    expect((await store.therapistGrants.findById(grantId))?.inviteCode).toBe("NEWCODE1");
    await store.therapistGrants.create({
      id: "g2",
      coupleId: "c1",
      inviterId: a,
      inviteCode: "ENDED001",
      inviteExpiresAt: 100,
      askedScopes: [],
      endsOn: null,
      createdAt: 10,
    });
    await store.therapistGrants.end("g2", 30, "revoked", a);
    expect(await store.therapistGrants.renewInvite("g2", "NEWCODE3", 600)).toBe(false);
  });

  it("keeps exclusions once each and pages the access log newest first", async () => {
    await store.therapistGrants.exclude({ grantId, kind: "checkin", entryId: "x", userId: a, at: 5 });
    await store.therapistGrants.exclude({ grantId, kind: "checkin", entryId: "x", userId: b, at: 6 });
    expect(await store.therapistGrants.exclusions(grantId)).toEqual([{ grantId, kind: "checkin", entryId: "x", userId: a, at: 5 }]);
    expect(await store.therapistGrants.unexclude(grantId, "checkin", "x")).toBe(true);
    expect(await store.therapistGrants.unexclude(grantId, "checkin", "x")).toBe(false);
    for (let i = 1; i <= 3; i++)
      await store.therapistGrants.logAccess({ id: `l${i}`, grantId, what: "summary", fromDay: "2026-01-01", toDay: "2026-01-31", at: i * 100 });
    const first = await store.therapistGrants.accessLog(grantId, null, 2);
    expect(first.map((e) => e.id)).toEqual(["l3", "l2"]);
    const last = first[1]!;
    expect((await store.therapistGrants.accessLog(grantId, { key: last.at, id: last.id }, 2)).map((e) => e.id)).toEqual(["l1"]);
  });

  it("tells whether the couple is still together, and ends a therapist's link when they delete their account", async () => {
    await store.therapistGrants.join(grantId, t, 20);
    expect(await store.therapistSources.couple("c1")).toMatchObject({ current: true, since: 1 });
    await store.users.delete(t);
    expect((await store.therapistGrants.findById(grantId))?.therapistId).toBeNull();
    await store.couples.end("c1", 50);
    expect(await store.therapistSources.couple("c1")).toMatchObject({ current: false });
  });
});
