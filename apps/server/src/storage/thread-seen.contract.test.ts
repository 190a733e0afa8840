import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { engines, testDatabase, type TestDatabase } from "../test/engines.ts";
import type { Store } from "./store.ts";

async function person(store: Store, name: string): Promise<string> {
  const id = randomUUID();
  await store.users.create({ id, email: `${id}@example.test`, displayName: name, passwordHash: "h", createdAt: 1, passwordChangedAt: 1, defaultVisibility: "shared", country: null });
  return id;
}

describe.each(engines)("thread-seen storage on %s", (engine) => {
  let tdb: TestDatabase;
  let store: Store;
  let a: string;
  let b: string;
  let checkin: string;
  beforeEach(async () => {
    tdb = testDatabase(engine);
    store = await tdb.open();
    a = await person(store, "Ari");
    b = await person(store, "Bex");
    await store.couples.create("c1", [a, b], 1);
    checkin = randomUUID();
    await store.checkins.create({ id: checkin, authorId: a, coupleId: "c1", day: "2026-03-01", emotions: { mad: 0, sad: 0, glad: 1, fear: 0 }, high: "", low: "", promptId: null, mindHeart: "x", visibility: "shared", createdAt: 10, updatedAt: 10 });
  });
  afterEach(async () => {
    await store.close();
    await tdb.drop();
  });

  const reply = (authorId: string, at: number) =>
    store.replies.create({ id: randomUUID(), targetKind: "checkin", targetId: checkin, authorId, coupleId: "c1", body: "r", createdAt: at, coach: null, feedback: null });

  it("counts the partner's replies after the last look, never the person's own", async () => {
    await reply(b, 20);
    await reply(a, 25);
    await reply(b, 30);
    expect(await store.threadSeen.unseen(a, "c1")).toEqual([{ targetKind: "checkin", targetId: checkin, count: 2, latestAt: 30 }]);
    expect(await store.threadSeen.unseen(b, "c1")).toEqual([]);
    await store.threadSeen.markSeen(a, "checkin", checkin, 20);
    expect(await store.threadSeen.unseen(a, "c1")).toEqual([{ targetKind: "checkin", targetId: checkin, count: 1, latestAt: 30 }]);
  });

  it("never moves a look back in time (two devices, one slow)", async () => {
    await reply(b, 20);
    await store.threadSeen.markSeen(a, "checkin", checkin, 50);
    await store.threadSeen.markSeen(a, "checkin", checkin, 15);
    expect(await store.threadSeen.unseen(a, "c1")).toEqual([]);
  });
});
