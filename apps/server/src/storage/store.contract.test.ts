import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { engines, testDatabase, type TestDatabase } from "../test/engines.ts";
import { userRecord as user } from "../test/user-record.ts";
import { UniqueViolation, type Store } from "./store.ts";

describe.each(engines)("storage contract on %s", (engine) => {
  let tdb: TestDatabase;
  let store: Store;
  beforeEach(async () => {
    tdb = testDatabase(engine);
    store = await tdb.open();
  });
  afterEach(async () => {
    await store.close();
    await tdb.drop();
  });

  it("reports its engine", () => {
    expect(store.engine).toBe(engine);
  });

  it("stores users and finds them by id and email, with times as numbers", async () => {
    const u = user({ createdAt: 1_800_000_000_123 });
    await store.users.create(u);
    expect(await store.users.findById(u.id)).toEqual(u);
    expect(await store.users.findByEmail(u.email)).toEqual(u);
    expect(await store.users.findByEmail("nobody@example.test")).toBeUndefined();
  });

  it("refuses a second user with the same email", async () => {
    const u = user();
    await store.users.create(u);
    await expect(store.users.create(user({ email: u.email }))).rejects.toBeInstanceOf(UniqueViolation);
  });

  it("updates a password hash and its time", async () => {
    const u = user();
    await store.users.create(u);
    await store.users.updatePassword(u.id, "new-hash", 42);
    expect(await store.users.findById(u.id)).toMatchObject({ passwordHash: "new-hash", passwordChangedAt: 42 });
    expect((await store.users.findById(u.id))?.country).toBeNull();
    await store.users.setCountry(u.id, "IE");
    expect((await store.users.findById(u.id))?.country).toBe("IE");
  });

  it("finds only unexpired sessions and deletes only the owner's", async () => {
    const a = user();
    const b = user();
    await store.users.create(a);
    await store.users.create(b);
    const base = { createdAt: 100, lastSeenAt: 100, userAgent: null };
    await store.sessions.create({ ...base, id: "s1", tokenHash: "h1", userId: a.id, expiresAt: 1000 });
    await store.sessions.create({ ...base, id: "s2", tokenHash: "h2", userId: a.id, expiresAt: 5000 });
    await store.sessions.create({ ...base, id: "s3", tokenHash: "h3", userId: b.id, expiresAt: 5000 });
    expect(await store.sessions.findActiveByTokenHash("h1", 999)).toMatchObject({ id: "s1" });
    expect(await store.sessions.findActiveByTokenHash("h1", 1000)).toBeUndefined();
    // One round trip for session and person: the same records as the two lookups give.
    const both = await store.sessions.findActiveWithUser("h3", 999);
    expect(both).toEqual({ session: await store.sessions.findActiveByTokenHash("h3", 999), user: await store.users.findById(b.id) });
    expect(both?.user.id).toBe(b.id);
    expect(await store.sessions.findActiveWithUser("h1", 1000)).toBeUndefined();
    expect(await store.sessions.findActiveWithUser("nobody", 0)).toBeUndefined();
    expect((await store.sessions.listForUser(a.id, 2000)).map((s) => s.id)).toEqual(["s2"]);
    expect(await store.sessions.deleteForUser("s3", a.id)).toBe(false);
    expect(await store.sessions.deleteForUser("s2", a.id)).toBe(true);
    expect(await store.sessions.deleteAllForUser(b.id, "s3")).toBe(0);
    expect(await store.sessions.deleteAllForUser(b.id, null)).toBe(1);
    expect(await store.sessions.deleteExpired(2000)).toBe(1);
  });

  it("links two people into one couple and lets each see the other as partner", async () => {
    const a = user();
    const b = user();
    await store.users.create(a);
    await store.users.create(b);
    await store.couples.create("c1", [a.id, b.id], 500);
    expect(await store.couples.activeForUser(a.id)).toEqual({ id: "c1", since: 500, partnerId: b.id });
    expect(await store.couples.activeForUser(b.id)).toEqual({ id: "c1", since: 500, partnerId: a.id });
    await store.couples.end("c1", 900);
    expect(await store.couples.activeForUser(a.id)).toBeUndefined();
    // After an unlink, both can link again.
    await store.couples.create("c2", [a.id, b.id], 1000);
    expect(await store.couples.activeForUser(b.id)).toMatchObject({ id: "c2" });
  });

  it("keeps a person in at most one couple, and rolls the transaction back", async () => {
    const [a, b, c] = [user(), user(), user()];
    for (const u of [a, b, c]) await store.users.create(u);
    await store.couples.create("c1", [a.id, b.id], 500);
    await expect(store.transaction((repos) => repos.couples.create("c2", [a.id, c.id], 600))).rejects.toBeInstanceOf(UniqueViolation);
    expect(await store.couples.activeForUser(c.id)).toBeUndefined();
    expect(await store.couples.activeForUser(a.id)).toMatchObject({ id: "c1", partnerId: b.id });
  });

  it("makes an invite single-use", async () => {
    const [a, b, c] = [user(), user(), user()];
    for (const u of [a, b, c]) await store.users.create(u);
    const invite = { code: "ABCDEFGH", inviterId: a.id, createdAt: 1, expiresAt: 100, acceptedBy: null, acceptedAt: null };
    await store.invites.create(invite);
    expect(await store.invites.findPendingForInviter(a.id, 50)).toEqual(invite);
    expect(await store.invites.findPendingForInviter(a.id, 100)).toBeUndefined();
    expect(await store.invites.markAccepted("ABCDEFGH", b.id, 10)).toBe(true);
    expect(await store.invites.markAccepted("ABCDEFGH", c.id, 11)).toBe(false);
    expect(await store.invites.findByCode("ABCDEFGH")).toMatchObject({ acceptedBy: b.id, acceptedAt: 10 });
    expect(await store.invites.findPendingForInviter(a.id, 50)).toBeUndefined();
  });

  it("deletes only pending invites of an inviter", async () => {
    const [a, b] = [user(), user()];
    for (const u of [a, b]) await store.users.create(u);
    await store.invites.create({ code: "PENDING2", inviterId: a.id, createdAt: 1, expiresAt: 100, acceptedBy: null, acceptedAt: null });
    await store.invites.create({ code: "USEDUSED", inviterId: a.id, createdAt: 1, expiresAt: 100, acceptedBy: b.id, acceptedAt: 2 });
    await store.invites.deletePendingForInviter(a.id);
    expect(await store.invites.findByCode("PENDING2")).toBeUndefined();
    expect(await store.invites.findByCode("USEDUSED")).toBeDefined();
  });

  it("counts login failures in a window and clears them", async () => {
    for (const at of [10, 20, 30]) await store.loginFailures.record("k", at);
    await store.loginFailures.record("other", 25);
    expect(await store.loginFailures.since("k", 15)).toEqual([20, 30]);
    await store.loginFailures.prune(25);
    expect(await store.loginFailures.since("k", 0)).toEqual([30]);
    await store.loginFailures.clear("k");
    expect(await store.loginFailures.since("k", 0)).toEqual([]);
    expect(await store.loginFailures.since("other", 0)).toEqual([25]);
  });

  it("keeps one server secret under a name, whoever creates it first", async () => {
    const created = await Promise.all(["a", "b", "c"].map((candidate) => store.secrets.getOrCreate("key", candidate, 1)));
    expect(new Set(created).size).toBe(1);
    expect(await store.secrets.getOrCreate("key", "later", 2)).toBe(created[0]);
    expect(await store.secrets.getOrCreate("other", "x", 2)).toBe("x");
  });

  it("hands a password reset to one taker only, and deletes a person's resets and expired ones", async () => {
    const [a, b] = [user(), user()];
    for (const u of [a, b]) await store.users.create(u);
    await store.passwordResets.create({ tokenHash: "h1", userId: a.id, createdAt: 1, expiresAt: 100 });
    await store.passwordResets.create({ tokenHash: "h2", userId: a.id, createdAt: 1, expiresAt: 50 });
    await store.passwordResets.create({ tokenHash: "h3", userId: b.id, createdAt: 1, expiresAt: 50 });
    const taken = await Promise.all([store.passwordResets.take("h1"), store.passwordResets.take("h1")]);
    expect(taken.filter(Boolean)).toEqual([{ tokenHash: "h1", userId: a.id, createdAt: 1, expiresAt: 100 }]);
    expect(await store.passwordResets.deleteForUser(a.id)).toBe(1);
    expect(await store.passwordResets.deleteExpired(50)).toBe(0);
    expect(await store.passwordResets.deleteExpired(51)).toBe(1);
    expect(await store.passwordResets.take("h3")).toBeUndefined();
  });

  it("keeps what was written after the store is closed and reopened", async () => {
    const u = user();
    await store.users.create(u);
    await store.close();
    store = await tdb.open();
    expect(await store.users.findById(u.id)).toEqual(u);
  });
});
