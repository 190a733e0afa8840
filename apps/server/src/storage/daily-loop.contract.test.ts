import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addPerson, openCoupleStore, type CoupleStore } from "../test/couple-store.ts";
import { engines } from "../test/engines.ts";
import { UNREAD_COUNT_CAP } from "@attune/shared";
import { UniqueViolation, type CheckinRecord, type Store } from "./store.ts";

const checkin = (authorId: string, over: Partial<CheckinRecord> = {}): CheckinRecord => ({
  id: randomUUID(),
  authorId,
  coupleId: null,
  day: "2026-11-01",
  emotions: { mad: 0, sad: 2, glad: 1, fear: 0 },
  high: "a walk at lunch",
  low: "the meeting ran long",
  promptId: "mh-01",
  mindHeart: "I felt unseen at work today.",
  visibility: "private",
  createdAt: 1000,
  updatedAt: 1000,
  ...over,
});

describe.each(engines)("daily-loop storage on %s", (engine) => {
  let fixture: CoupleStore;
  let store: Store;
  let a: string;
  let b: string;
  beforeEach(async () => {
    fixture = await openCoupleStore(engine);
    ({ store, a, b } = fixture);
  });
  afterEach(() => fixture.close());

  it("stores a check-in whole and allows one per author per day", async () => {
    const c = checkin(a);
    await store.checkins.create(c);
    expect(await store.checkins.findById(c.id)).toEqual(c);
    await expect(store.checkins.create(checkin(a))).rejects.toBeInstanceOf(UniqueViolation);
    await store.checkins.create(checkin(b)); // the partner's own day is separate
  });

  it("finds a check-in with the viewer's couple now in one call", async () => {
    const c = checkin(b, { visibility: "shared", coupleId: "c1" });
    await store.checkins.create(c);
    expect(await store.checkins.findWithViewerCouple(c.id, a)).toEqual({ checkin: c, viewerCoupleId: "c1" });
    expect(await store.checkins.findWithViewerCouple("no-such-id", a)).toBeUndefined();
    const outsider = await addPerson(store, "Cy");
    expect(await store.checkins.findWithViewerCouple(c.id, outsider)).toEqual({ checkin: c, viewerCoupleId: null });
    await store.couples.end("c1", 9000);
    expect(await store.checkins.findWithViewerCouple(c.id, a)).toEqual({ checkin: c, viewerCoupleId: null });
  });

  it("pages a couple's shared timeline newest first without gaps or repeats, leaving out private ones", async () => {
    for (let i = 0; i < 7; i++) {
      await store.checkins.create(
        checkin(i % 2 ? a : b, { day: `2026-11-${String(i + 1).padStart(2, "0")}`, createdAt: 1000 + (i < 4 ? i : 3), visibility: "shared", coupleId: "c1" }),
      );
    }
    await store.checkins.create(checkin(a, { day: "2026-12-01", createdAt: 5000 })); // private
    const seen: string[] = [];
    let cursor = null;
    for (;;) {
      const page = await store.checkins.timeline("c1", a, cursor, 3);
      seen.push(...page.map((p) => p.id));
      const last = page.at(-1);
      if (page.length < 3 || !last) break;
      cursor = { key: last.createdAt, id: last.id };
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    const all = await store.checkins.timeline("c1", a, null, 50);
    expect(all.map((c) => c.id)).toEqual(seen);
    const times = all.map((c) => c.createdAt);
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect(all.every((c) => c.visibility === "shared")).toBe(true);
  });

  it("tracks read markers per viewer and counts the partner's unread shares", async () => {
    const c1 = checkin(b, { visibility: "shared", coupleId: "c1", day: "2026-11-02" });
    const c2 = checkin(b, { visibility: "shared", coupleId: "c1", day: "2026-11-03" });
    await store.checkins.create(c1);
    await store.checkins.create(c2);
    await store.checkins.create(checkin(a, { visibility: "shared", coupleId: "c1" }));
    expect(await store.checkins.unreadCount("c1", a)).toBe(2);
    await store.checkins.markRead(a, c1.id, 10);
    await store.checkins.markRead(a, c1.id, 11); // twice is fine
    expect(await store.checkins.unreadCount("c1", a)).toBe(1);
    expect((await store.checkins.findItem(c1.id, a))?.read).toBe(true);
    expect((await store.checkins.findItem(c1.id, b))?.read).toBe(false);
  });

  it("counts unread shares among the newest UNREAD_COUNT_CAP only, so the count never scans the history", async () => {
    const start = Date.UTC(2026, 0, 1);
    const days = UNREAD_COUNT_CAP + 5;
    for (let i = 0; i < days; i++) {
      const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      await store.checkins.create(checkin(b, { visibility: "shared", coupleId: "c1", day, createdAt: 1000 + i }));
    }
    expect(await store.checkins.unreadCount("c1", a)).toBe(UNREAD_COUNT_CAP);
    const newest = await store.checkins.timeline("c1", a, null, 1);
    await store.checkins.markRead(a, newest[0]?.id ?? "", 2000);
    // The window is the newest entries, read or not: reading one of them leaves 99.
    expect(await store.checkins.unreadCount("c1", a)).toBe(UNREAD_COUNT_CAP - 1);
  });

  it("gives the viewer's couple's timeline with its unread count in one call, and nothing from a couple they left", async () => {
    for (let i = 0; i < 5; i++) {
      await store.checkins.create(checkin(i % 2 ? a : b, { day: `2026-11-0${i + 1}`, createdAt: 1000 + i, visibility: "shared", coupleId: "c1" }));
    }
    await store.checkins.create(checkin(b, { day: "2026-12-01", createdAt: 5000 })); // private: never shown
    const first = await store.checkins.timelineOf(a, null, 2);
    expect(first).toEqual({ items: await store.checkins.timeline("c1", a, null, 2), unread: 3 });
    const last = first.items.at(-1);
    const next = await store.checkins.timelineOf(a, last ? { key: last.createdAt, id: last.id } : null, 10);
    expect(next.items.map((c) => c.id)).toEqual((await store.checkins.timeline("c1", a, null, 10)).slice(2).map((c) => c.id));
    // Past the last entry the page is empty, and the count is still the couple's.
    const end = next.items.at(-1);
    expect(await store.checkins.timelineOf(a, end ? { key: end.createdAt, id: end.id } : null, 10)).toEqual({ items: [], unread: 3 });
    const bexView = await store.checkins.timelineOf(b, null, 10);
    expect(bexView.unread).toBe(2);
    expect(bexView.items.find((c) => c.authorId === a)?.read).toBe(false);
    await store.checkins.markRead(b, bexView.items.find((c) => c.authorId === a)?.id ?? "", 10);
    const after = await store.checkins.timelineOf(b, null, 10);
    expect(after.unread).toBe(1);
    expect(after.items.filter((c) => c.read).map((c) => c.authorId)).toEqual([a]);

    await store.couples.end("c1", 9000);
    expect(await store.checkins.timelineOf(a, null, 10)).toEqual({ items: [], unread: 0 });
    const outsider = await addPerson(store, "Cy");
    expect(await store.checkins.timelineOf(outsider, null, 10)).toEqual({ items: [], unread: 0 });
  });

  it("updates, lists history by day, and deletes", async () => {
    const c = checkin(a, { day: "2026-11-05" });
    await store.checkins.create(c);
    await store.checkins.create(checkin(a, { day: "2026-11-07" }));
    await store.checkins.update(c.id, { mindHeart: "Better now.", visibility: "shared", coupleId: "c1", updatedAt: 2000 });
    expect(await store.checkins.findById(c.id)).toMatchObject({
      mindHeart: "Better now.",
      visibility: "shared",
      coupleId: "c1",
      updatedAt: 2000,
      high: c.high,
    });
    const history = await store.checkins.history(a, null, 10);
    expect(history.map((h) => h.day)).toEqual(["2026-11-07", "2026-11-05"]);
    expect((await store.checkins.history(a, { key: "2026-11-07", id: history[0]?.id ?? "" }, 10)).map((h) => h.day)).toEqual(["2026-11-05"]);
    await store.checkins.delete(c.id);
    expect(await store.checkins.findById(c.id)).toBeUndefined();
  });

  it("stores replies with the coach result and the sharer's feedback, and counts them", async () => {
    const c = checkin(a, { visibility: "shared", coupleId: "c1" });
    await store.checkins.create(c);
    const id = randomUUID();
    await store.replies.create({
      id,
      targetKind: "checkin",
      targetId: c.id,
      authorId: b,
      coupleId: "c1",
      body: "That sounds hard.",
      createdAt: 5,
      coach: { level: 1, pitfalls: [], moves: ["validation", "warmth"] },
      feedback: null,
    });
    await store.replies.create({
      id: randomUUID(),
      targetKind: "checkin",
      targetId: c.id,
      authorId: b,
      coupleId: "c1",
      body: "x",
      createdAt: 6,
      coach: null,
      feedback: null,
    });
    await store.replies.setFeedback(id, { heard: true, note: "thank you", at: 9 });
    const list = await store.replies.listForTarget("checkin", c.id);
    expect(list.map((r) => r.id)[0]).toBe(id);
    expect(list[0]).toMatchObject({
      authorName: "Bex",
      coach: { level: 1, pitfalls: [], moves: ["validation", "warmth"] },
      feedback: { heard: true, note: "thank you", at: 9 },
    });
    expect(list[1]?.coach).toBeNull();
    expect((await store.checkins.findItem(c.id, a))?.replyCount).toBe(2);
    await store.replies.deleteForTarget("checkin", c.id);
    expect(await store.replies.listForTarget("checkin", c.id)).toEqual([]);
  });

  it("keeps one daily answer per person per day", async () => {
    const base = { coupleId: "c1", day: "2026-11-09", questionId: "dq-001", createdAt: 1 };
    await store.answers.create({ ...base, id: "x1", userId: a, text: "mine" });
    await expect(store.answers.create({ ...base, id: "x2", userId: a, text: "again" })).rejects.toBeInstanceOf(UniqueViolation);
    await store.answers.create({ ...base, id: "x3", userId: b, text: "theirs", createdAt: 2 });
    expect((await store.answers.forCoupleDay("c1", "2026-11-09")).map((x) => x.id)).toEqual(["x1", "x3"]);
    expect(await store.answers.findById("x3")).toMatchObject({ userId: b, text: "theirs" });
  });
});
