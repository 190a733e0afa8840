import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { engines, testDatabase, type TestDatabase } from "../test/engines.ts";
import { userRecord as user } from "../test/user-record.ts";
import { UniqueViolation, type Store } from "./store.ts";

/**
 * Writes that arrive together (on SQLite they share one group commit: sqlite-group-commit.ts)
 * give each caller the result it would get alone, and everything acknowledged survives a reopen.
 */
describe.each(engines)("concurrent writes on %s", (engine) => {
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

  it("fails only the write that breaks a rule, keeps the rest, and they survive a reopen", async () => {
    const taken = user();
    await store.users.create(taken);
    const people = Array.from({ length: 12 }, () => user());
    const results = await Promise.allSettled([
      ...people.slice(0, 6).map((p) => store.users.create(p)),
      store.users.create(user({ email: taken.email })),
      ...people.slice(6).map((p) => store.users.create(p)),
    ]);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
    expect((results[6] as PromiseRejectedResult).reason).toBeInstanceOf(UniqueViolation);
    await store.close();
    store = await tdb.open();
    for (const p of [taken, ...people]) expect(await store.users.findById(p.id)).toEqual(p);
  });

  it("rolls back a failing transaction alone among others running at the same time", async () => {
    const a = user();
    const b = user();
    const c = user();
    const outcomes = await Promise.allSettled([
      store.transaction(async (repos) => {
        await repos.users.create(a);
      }),
      store.transaction(async (repos) => {
        await repos.users.create(b);
        throw new Error("changed my mind");
      }),
      store.users.create(c),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await store.users.findById(a.id)).toEqual(a);
    expect(await store.users.findById(b.id)).toBeUndefined();
    expect(await store.users.findById(c.id)).toEqual(c);
  });

  it("shows each writer its own write as soon as the write is answered", async () => {
    const people = Array.from({ length: 16 }, () => user());
    const seen = await Promise.all(
      people.map(async (p) => {
        await store.users.create(p);
        return store.users.findById(p.id);
      }),
    );
    expect(seen).toEqual(people);
  });
});
