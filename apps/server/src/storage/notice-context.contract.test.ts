import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { engines, testDatabase, type TestDatabase } from "../test/engines.ts";
import { userRecord } from "../test/user-record.ts";
import type { Store } from "./store.ts";

describe.each(engines)("push notice context on %s", (engine) => {
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

  it("gives the actor's couple now, the partner, the actor's name, and whether the partner has a device", async () => {
    const [ana, ben, cy] = [userRecord({ displayName: "Ana Lopez" }), userRecord({ displayName: "Ben" }), userRecord({ displayName: "Cy" })];
    for (const u of [ana, ben, cy]) await store.users.create(u);
    expect(await store.push.noticeContext(ana.id)).toBeUndefined();

    await store.couples.create("c1", [ana.id, ben.id], 100);
    expect(await store.push.noticeContext(ana.id)).toEqual({ coupleId: "c1", partnerId: ben.id, actorName: "Ana Lopez", partnerHasDevice: false });

    // The actor's own device is not the partner's.
    const session = { createdAt: 200, lastSeenAt: 200, expiresAt: 9_000_000_000_000, userAgent: null };
    await store.sessions.create({ ...session, id: "s-ana", tokenHash: "ha", userId: ana.id });
    await store.sessions.create({ ...session, id: "s-ben", tokenHash: "hb", userId: ben.id });
    const sub = { userId: ana.id, sessionId: "s-ana", p256dh: "k", auth: "a", createdAt: 200 };
    await store.push.saveSubscription({ endpoint: "https://push.example/ana", ...sub });
    expect((await store.push.noticeContext(ana.id))?.partnerHasDevice).toBe(false);
    await store.push.saveSubscription({ endpoint: "https://push.example/ben", ...sub, userId: ben.id, sessionId: "s-ben" });
    expect((await store.push.noticeContext(ana.id))?.partnerHasDevice).toBe(true);
    expect(await store.push.noticeContext(ben.id)).toEqual({ coupleId: "c1", partnerId: ana.id, actorName: "Ben", partnerHasDevice: true });

    // After the couple ends, and in a new couple, only the couple now counts.
    await store.couples.end("c1", 300);
    expect(await store.push.noticeContext(ana.id)).toBeUndefined();
    await store.couples.create("c2", [ana.id, cy.id], 400);
    expect(await store.push.noticeContext(ana.id)).toEqual({ coupleId: "c2", partnerId: cy.id, actorName: "Ana Lopez", partnerHasDevice: false });
  });
});
