import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openCoupleStore, type CoupleStore } from "../test/couple-store.ts";
import { engines } from "../test/engines.ts";
import type { Store } from "./store.ts";

describe.each(engines)("thread-seen storage on %s", (engine) => {
  let fixture: CoupleStore;
  let store: Store;
  let a: string;
  let b: string;
  let checkin: string;
  beforeEach(async () => {
    fixture = await openCoupleStore(engine, { defaultVisibility: "shared" });
    ({ store, a, b } = fixture);
    checkin = randomUUID();
    await store.checkins.create({
      id: checkin,
      authorId: a,
      coupleId: "c1",
      day: "2026-03-01",
      emotions: { mad: 0, sad: 0, glad: 1, fear: 0 },
      high: "",
      low: "",
      promptId: null,
      mindHeart: "x",
      visibility: "shared",
      createdAt: 10,
      updatedAt: 10,
    });
  });
  afterEach(() => fixture.close());

  const reply = (authorId: string, at: number) =>
    store.replies.create({
      id: randomUUID(),
      targetKind: "checkin",
      targetId: checkin,
      authorId,
      coupleId: "c1",
      body: "r",
      createdAt: at,
      coach: null,
      feedback: null,
    });

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
