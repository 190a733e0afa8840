import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addPerson, openCoupleStore, type CoupleStore } from "../test/couple-store.ts";
import { engines } from "../test/engines.ts";
import type { CheckinRecord, Store } from "./store.ts";

describe.each(engines)("insights storage on %s", (engine) => {
  let fixture: CoupleStore;
  let store: Store;
  let a: string;
  let b: string;
  beforeEach(async () => {
    fixture = await openCoupleStore(engine);
    ({ store, a, b } = fixture);
  });
  afterEach(() => fixture.close());

  const checkin = (authorId: string, day: string, over: Partial<CheckinRecord> = {}): CheckinRecord => ({
    id: randomUUID(),
    authorId,
    coupleId: "c1",
    day,
    emotions: { mad: 0, sad: 2, glad: 1, fear: 3 },
    high: "h",
    low: "l",
    promptId: null,
    mindHeart: "m",
    visibility: "shared",
    createdAt: Date.parse(`${day}T10:00:00Z`),
    updatedAt: 1,
    ...over,
  });

  it("reads check-ins from a day on with the coach's facts, and replaces facts on a second save", async () => {
    const old = checkin(a, "2026-01-01");
    const read = checkin(a, "2026-02-01");
    const unread = checkin(b, "2026-02-02", { visibility: "private", coupleId: null });
    for (const c of [old, read, unread]) await store.checkins.create(c);
    await store.insights.saveFacts(read.id, false, ["tired"]);
    await store.insights.saveFacts(read.id, true, ["overwhelmed", "anxious"]);
    const rows = await store.insights.shares([a, b], "2026-01-15");
    expect(rows.map((r) => r.id)).toEqual([read.id, unread.id]);
    expect(rows[0]).toMatchObject({
      authorId: a,
      coupleId: "c1",
      visibility: "shared",
      inner: true,
      words: ["overwhelmed", "anxious"],
      emotions: { sad: 2, fear: 3 },
      createdAt: read.createdAt,
    });
    expect(rows[1]).toMatchObject({ visibility: "private", coupleId: null, inner: null, words: [] });
    expect(await store.insights.shares([], "2026-01-01")).toEqual([]);
  });

  it("reads a couple's replies since a time with whom they answer, the verdict and the felt-heard answer", async () => {
    const c = checkin(a, "2026-02-01");
    await store.checkins.create(c);
    const answerId = randomUUID();
    await store.answers.create({ id: answerId, coupleId: "c1", day: "2026-02-01", userId: b, questionId: "q1", text: "t", createdAt: 5 });
    const base = { body: "b", coupleId: "c1", feedback: null };
    const toCheckin = randomUUID();
    await store.replies.create({
      ...base,
      id: toCheckin,
      targetKind: "checkin",
      targetId: c.id,
      authorId: b,
      createdAt: 2_000,
      coach: { level: 0, pitfalls: ["defensiveness", "blaming"], moves: [] },
    });
    await store.replies.create({ ...base, id: randomUUID(), targetKind: "answer", targetId: answerId, authorId: a, createdAt: 3_000, coach: null });
    await store.replies.create({ ...base, id: randomUUID(), targetKind: "checkin", targetId: c.id, authorId: b, createdAt: 500, coach: null });
    await store.replies.setFeedback(toCheckin, { heard: false, note: null, at: 2_500 });
    const rows = await store.insights.replies("c1", 1_000);
    expect(rows).toEqual([
      {
        targetKind: "checkin",
        targetId: c.id,
        authorId: b,
        toId: a,
        createdAt: 2_000,
        level: 0,
        pitfalls: ["defensiveness", "blaming"],
        heard: false,
        heardAt: 2_500,
      },
      { targetKind: "answer", targetId: answerId, authorId: a, toId: b, createdAt: 3_000, level: null, pitfalls: [], heard: null, heardAt: null },
    ]);
    expect(await store.insights.replies("other", 0)).toEqual([]);
    expect(await store.insights.firstLevels(b, 5)).toEqual([0]);
    expect(await store.insights.firstLevels(a, 5)).toEqual([]);
  });

  it("knows whom a reply answers whether its check-in is recent, weeks older than the replies read, or the author's own", async () => {
    const old = checkin(b, "2026-01-01");
    const recent = checkin(b, "2026-03-01");
    const own = checkin(a, "2026-03-02");
    for (const c of [old, recent, own]) await store.checkins.create(c);
    const at = (day: string) => Date.parse(`${day}T12:00:00Z`);
    const base = { body: "b", coupleId: "c1", feedback: null, coach: null, authorId: a, targetKind: "checkin" as const };
    await store.replies.create({ ...base, id: randomUUID(), targetId: old.id, createdAt: at("2026-03-03") });
    await store.replies.create({ ...base, id: randomUUID(), targetId: recent.id, createdAt: at("2026-03-04") });
    await store.replies.create({ ...base, id: randomUUID(), targetId: own.id, createdAt: at("2026-03-05") });
    const rows = await store.insights.replies("c1", at("2026-03-01"));
    expect(rows.map((r) => [r.targetId, r.toId])).toEqual([
      [old.id, b],
      [recent.id, b],
      [own.id, a],
    ]);
  });

  /** Two weeks of a couple: check-ins both ways (one private, one read by the coach), replies to recent, older and own check-ins and to an answer. */
  async function aFewWeeks() {
    const at = (day: string) => Date.parse(`${day}T12:00:00Z`);
    const old = checkin(b, "2026-01-01");
    const shared = checkin(b, "2026-03-01");
    const kept = checkin(b, "2026-03-02", { visibility: "private" });
    const mine = checkin(a, "2026-03-02");
    for (const c of [old, shared, kept, mine]) await store.checkins.create(c);
    await store.insights.saveFacts(mine.id, true, ["tired", "hopeful"]);
    const answerId = randomUUID();
    await store.answers.create({ id: answerId, coupleId: "c1", day: "2026-03-02", userId: b, questionId: "q1", text: "t", createdAt: at("2026-03-02") });
    const base = { body: "b", coupleId: "c1", feedback: null, coach: null, targetKind: "checkin" as const };
    const heardId = randomUUID();
    await store.replies.create({
      ...base,
      id: heardId,
      authorId: a,
      targetId: shared.id,
      createdAt: at("2026-03-03"),
      coach: { level: 2, pitfalls: [], moves: [] },
    });
    await store.replies.create({
      ...base,
      id: randomUUID(),
      authorId: a,
      targetId: old.id,
      createdAt: at("2026-03-04"),
      coach: { level: 0, pitfalls: ["fixing"], moves: [] },
    });
    await store.replies.create({ ...base, id: randomUUID(), authorId: b, targetId: mine.id, createdAt: at("2026-03-05") });
    await store.replies.create({ ...base, id: randomUUID(), authorId: a, targetKind: "answer", targetId: answerId, createdAt: at("2026-03-06") });
    await store.replies.setFeedback(heardId, { heard: true, note: null, at: at("2026-03-07") });
    await store.insights.setMuted(a, "harshness", true, 1);
    return { since: at("2026-02-20"), fromDay: "2026-02-20", ids: { old, shared, kept, mine } };
  }

  it("reads all that my insights need at once, the same rows as the separate reads", async () => {
    const { since, fromDay, ids } = await aFewWeeks();
    const rows = await store.insights.personRows(a, { fromDay, since, firstLevels: 1 });
    expect(rows.couple).toEqual({ id: "c1", partnerId: b });
    expect(rows.shares.map((s) => s.id).sort()).toEqual([ids.shared.id, ids.kept.id, ids.mine.id].sort());
    expect(rows.shares.find((s) => s.id === ids.mine.id)).toMatchObject({ inner: true, words: ["tired", "hopeful"], visibility: "shared" });
    expect(rows.replies.map((r) => r.toId)).toEqual([b, b, a, b]);
    expect(rows.firstLevels).toEqual([2]);
    expect(rows.mutedSigns).toEqual(["harshness"]);
    const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
    expect([...rows.shares].sort(byId)).toEqual((await store.insights.shares([a, b], fromDay)).sort(byId));
    expect(rows.replies).toEqual(await store.insights.replies("c1", since));
    expect((await store.insights.personRows(b, { fromDay, since, firstLevels: 20 })).mutedSigns).toEqual([]);
  });

  it("reads only the person's own check-ins, and no replies, outside a couple or after it ended", async () => {
    const { since, fromDay, ids } = await aFewWeeks();
    await store.couples.end("c1", 10);
    const rows = await store.insights.personRows(a, { fromDay, since, firstLevels: 20 });
    expect(rows).toEqual({ couple: null, shares: await store.insights.shares([a], fromDay), replies: [], firstLevels: [2, 0], mutedSigns: ["harshness"] });
    expect(rows.shares.map((s) => s.id)).toEqual([ids.mine.id]);
    const c = await addPerson(store, "Cai");
    await store.couples.create("c2", [a, c], 11);
    const next = await store.insights.personRows(a, { fromDay, since, firstLevels: 20 });
    expect(next.couple).toEqual({ id: "c2", partnerId: c });
    expect(next.replies).toEqual([]);
  });

  it("reads our rows only while both partners of the current couple said yes", async () => {
    const { since, fromDay } = await aFewWeeks();
    expect(await store.insights.coupleRows(a, { fromDay, since })).toEqual({ couple: { id: "c1", partnerId: b }, optedIn: [], shares: [], replies: [] });
    await store.insights.setOptIn("c1", a, true, 1);
    expect(await store.insights.coupleRows(b, { fromDay, since })).toEqual({ couple: { id: "c1", partnerId: a }, optedIn: [a], shares: [], replies: [] });
    await store.insights.setOptIn("c1", b, true, 2);
    const rows = await store.insights.coupleRows(b, { fromDay, since });
    expect([...rows.optedIn].sort()).toEqual([a, b].sort());
    expect(rows.shares.map((s) => s.id).sort()).toEqual((await store.insights.shares([a, b], fromDay)).map((s) => s.id).sort());
    expect(rows.shares).toHaveLength(3);
    expect(rows.replies).toEqual(await store.insights.replies("c1", since));
    await store.couples.end("c1", 10);
    expect(await store.insights.coupleRows(a, { fromDay, since })).toEqual({ couple: null, optedIn: [], shares: [], replies: [] });
  });

  it("mutes and unmutes a sign for one person only, idempotently", async () => {
    await store.insights.setMuted(a, "distance", true, 1);
    await store.insights.setMuted(a, "distance", true, 2);
    await store.insights.setMuted(a, "imbalance", true, 3);
    expect(await store.insights.mutedSigns(a)).toEqual(["distance", "imbalance"]);
    expect(await store.insights.mutedSigns(b)).toEqual([]);
    await store.insights.setMuted(a, "distance", false, 4);
    expect(await store.insights.mutedSigns(a)).toEqual(["imbalance"]);
  });

  it("keeps each partner's opt-in per couple; a new couple starts with none", async () => {
    await store.insights.setOptIn("c1", a, true, 1);
    await store.insights.setOptIn("c1", a, true, 2);
    expect(await store.insights.optedIn("c1")).toEqual([a]);
    await store.insights.setOptIn("c1", b, true, 3);
    expect([...(await store.insights.optedIn("c1"))].sort()).toEqual([a, b].sort());
    await store.insights.setOptIn("c1", b, false, 4);
    expect(await store.insights.optedIn("c1")).toEqual([a]);
    await store.couples.end("c1", 5);
    const c = await addPerson(store, "Cai");
    await store.couples.create("c2", [a, c], 6);
    expect(await store.insights.optedIn("c2")).toEqual([]);
  });

  it("forgets facts with their check-in and opt-ins and mutes with the account", async () => {
    const c = checkin(a, "2026-02-01");
    await store.checkins.create(c);
    await store.insights.saveFacts(c.id, true, ["calm"]);
    await store.insights.setMuted(a, "loneliness", true, 1);
    await store.insights.setOptIn("c1", a, true, 1);
    await store.checkins.delete(c.id);
    expect(await store.insights.shares([a, b], "2026-01-01")).toEqual([]);
    await store.users.delete(a);
    expect(await store.insights.mutedSigns(a)).toEqual([]);
    expect(await store.insights.optedIn("c1")).toEqual([]);
  });
});
