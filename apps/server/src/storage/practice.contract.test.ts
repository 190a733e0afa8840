import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addPerson, openCoupleStore, type CoupleStore } from "../test/couple-store.ts";
import { engines, testDatabase } from "../test/engines.ts";
import { UniqueViolation, type RepairRecord, type Store } from "./store.ts";

describe.each(engines)("practice storage on %s", (engine) => {
  let fixture: CoupleStore;
  let store: Store;
  let a: string;
  let b: string;
  beforeEach(async () => {
    fixture = await openCoupleStore(engine);
    ({ store, a, b } = fixture);
  });
  afterEach(() => fixture.close());

  const repair = (over: Partial<RepairRecord> = {}): RepairRecord => ({
    id: randomUUID(),
    coupleId: "c1",
    aId: a,
    bId: b,
    mode: "apart",
    state: { step: "safety_check" },
    open: true,
    version: 0,
    createdAt: 1,
    updatedAt: 1,
    ...over,
  });

  it("allows one open repair per couple, and another once it is closed", async () => {
    const first = repair();
    await store.repairs.create(first);
    await expect(store.repairs.create(repair())).rejects.toBeInstanceOf(UniqueViolation);
    expect(await store.repairs.saveState(first.id, 0, { step: "done" }, false, 2)).toBe(true);
    await store.repairs.create(repair());
    expect((await store.repairs.openForCouple("c1"))?.id).not.toBe(first.id);
  });

  it("saves a repair step only over the version it was read at (two devices at once)", async () => {
    const r = repair();
    await store.repairs.create(r);
    const [one, two] = await Promise.all([
      store.repairs.saveState(r.id, 0, { step: "pause_and_agree", by: "a" }, true, 2),
      store.repairs.saveState(r.id, 0, { step: "pause_and_agree", by: "b" }, true, 2),
    ]);
    expect([one, two].filter(Boolean)).toHaveLength(1);
    expect((await store.repairs.findById(r.id))?.version).toBe(1);
  });

  it("clears a note's response, keeps the first done time of a shared practice, and round-trips readiness JSON", async () => {
    const id = randomUUID();
    await store.notes.create({
      id,
      authorId: a,
      subjectId: b,
      category: "history",
      text: "t",
      promptId: null,
      visibility: "shown",
      response: null,
      createdAt: 1,
      updatedAt: 1,
    });
    await store.notes.update(id, { response: { status: "corrected", correction: "c", at: 5 }, updatedAt: 1 });
    expect((await store.notes.shownTo(b, a))[0]?.response).toEqual({ status: "corrected", correction: "c", at: 5 });
    await store.notes.update(id, { response: null, updatedAt: 6 });
    expect((await store.notes.findById(id))?.response).toBeNull();
    expect(await store.notes.byAuthorAbout(b, a)).toEqual([]);

    const tryId = randomUUID();
    await store.library.createTry({ id: tryId, coupleId: "c1", itemId: "x", inviterId: a, createdAt: 1, inviterDoneAt: null, partnerDoneAt: null });
    await store.library.setTryDone(tryId, "partner", 10);
    await store.library.setTryDone(tryId, "partner", 20);
    expect((await store.library.findTry(tryId))?.partnerDoneAt).toBe(10);

    const result = { subscales: [{ subscale: "listening", score: 75 }], nested: { ok: true } };
    await store.readiness.create({ id: "r1", userId: a, version: 1, answers: { q1: 5 }, result, sharedCoupleId: null, createdAt: 3 });
    expect(await store.readiness.findById("r1")).toMatchObject({ answers: { q1: 5 }, result, sharedCoupleId: null });
    expect(await store.readiness.forUser(a, "c1")).toEqual([]);
    await store.readiness.setSharedCouple("r1", "c1");
    expect((await store.readiness.forUser(a, "c1")).map((r) => r.id)).toEqual(["r1"]);
    expect(await store.readiness.forUser(a, "another-couple")).toEqual([]);
  });
});

describe.skipIf(!process.env.DATABASE_URL)("migrations on postgres", () => {
  it("migrate a schema while another schema already holds migrated tables", async () => {
    const first = testDatabase("postgres");
    const second = testDatabase("postgres");
    const one = await first.open();
    try {
      const two = await second.open(); // Kysely must not take the first schema's migration tables for its own
      await addPerson(two, "Cy");
      await two.close();
    } finally {
      await one.close();
      await first.drop();
      await second.drop();
    }
  });
});
