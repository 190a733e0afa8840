import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openCoupleStore, type CoupleStore } from "../test/couple-store.ts";
import { engines } from "../test/engines.ts";
import type { Store } from "./store.ts";

describe.each(engines)("daily question choices storage on %s", (engine) => {
  let fixture: CoupleStore;
  let store: Store;
  let pair: [string, string];
  beforeEach(async () => {
    fixture = await openCoupleStore(engine, { linked: false });
    store = fixture.store;
    const { a, b } = fixture;
    pair = a < b ? [a, b] : [b, a];
  });
  afterEach(() => fixture.close());

  it("records what a pair was served once per day and seq, and reads it back from a day on", async () => {
    expect(await store.dailyChoices.recordServed(pair, { day: "2026-11-01", seq: 1, questionId: "dq-001" }, 10)).toBe(true);
    expect(await store.dailyChoices.recordServed(pair, { day: "2026-11-01", seq: 1, questionId: "dq-999" }, 11)).toBe(false);
    expect(await store.dailyChoices.recordServed(pair, { day: "2026-11-01", seq: 2, questionId: "dq-002" }, 12)).toBe(true);
    expect(await store.dailyChoices.recordServed(pair, { day: "2026-11-03", seq: 1, questionId: "dq-003" }, 13)).toBe(true);
    expect(await store.dailyChoices.servedSince(pair, "2026-11-01")).toEqual([
      { day: "2026-11-01", seq: 1, questionId: "dq-001" },
      { day: "2026-11-01", seq: 2, questionId: "dq-002" },
      { day: "2026-11-03", seq: 1, questionId: "dq-003" },
    ]);
    expect(await store.dailyChoices.servedSince(pair, "2026-11-02")).toEqual([{ day: "2026-11-03", seq: 1, questionId: "dq-003" }]);
    // Another pair (the first person on their own) has its own log.
    expect(await store.dailyChoices.servedSince([pair[0], pair[0]], "2000-01-01")).toEqual([]);
  });

  it("finds the questions either person answered since a day", async () => {
    await store.couples.create("c1", pair, 1);
    await store.answers.create({ id: randomUUID(), coupleId: "c1", day: "2026-10-01", userId: pair[0], questionId: "dq-010", text: "x", createdAt: 1 });
    await store.answers.create({ id: randomUUID(), coupleId: "c1", day: "2026-11-01", userId: pair[1], questionId: "dq-020", text: "y", createdAt: 2 });
    const found = await store.dailyChoices.answeredSince(pair, "2026-10-15");
    expect(found).toEqual([{ day: "2026-11-01", questionId: "dq-020" }]);
    expect(await store.dailyChoices.answeredSince([], "2000-01-01")).toEqual([]);
  });

  it("keeps a skip per person and day, and takes it back", async () => {
    await store.dailyChoices.setSkip(pair[0], "2026-11-01", true, 5);
    await store.dailyChoices.setSkip(pair[0], "2026-11-01", true, 6); // twice is still one skip
    expect(await store.dailyChoices.skipped(pair, "2026-11-01")).toEqual([pair[0]]);
    expect(await store.dailyChoices.skipped(pair, "2026-11-02")).toEqual([]);
    await store.dailyChoices.setSkip(pair[0], "2026-11-01", false, 7);
    expect(await store.dailyChoices.skipped(pair, "2026-11-01")).toEqual([]);
  });

  it("stores each person's chosen sets and rough patch, defaulting to none", async () => {
    expect(await store.dailyChoices.prefs(pair[0])).toEqual({ sets: [], roughPatch: false });
    await store.dailyChoices.setPrefs(pair[0], { sets: ["money", "intimacy", "money"], roughPatch: true }, 1);
    expect(await store.dailyChoices.prefs(pair[0])).toEqual({ sets: ["intimacy", "money"], roughPatch: true });
    await store.dailyChoices.setPrefs(pair[0], { sets: [], roughPatch: false }, 2);
    expect(await store.dailyChoices.prefs(pair[0])).toEqual({ sets: [], roughPatch: false });
    expect(await store.dailyChoices.prefs(pair[1])).toEqual({ sets: [], roughPatch: false });
  });

  it("forgets everything of a person when the account is deleted", async () => {
    await store.dailyChoices.recordServed(pair, { day: "2026-11-01", seq: 1, questionId: "dq-001" }, 1);
    await store.dailyChoices.setSkip(pair[0], "2026-11-01", true, 1);
    await store.dailyChoices.setPrefs(pair[0], { sets: ["money"], roughPatch: true }, 1);
    await store.users.delete(pair[0]);
    expect(await store.dailyChoices.servedSince(pair, "2000-01-01")).toEqual([]);
    expect(await store.dailyChoices.skipped(pair, "2026-11-01")).toEqual([]);
    expect(await store.dailyChoices.prefs(pair[0])).toEqual({ sets: [], roughPatch: false });
  });
});
