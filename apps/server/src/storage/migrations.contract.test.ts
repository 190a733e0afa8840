import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { addPerson } from "../test/couple-store.ts";
import { engines, testDatabase, type TestDatabase } from "../test/engines.ts";
import { openDatabase } from "./open-store.ts";

describe.each(engines)("migrations on %s", (engine) => {
  let tdb: TestDatabase;
  afterEach(() => tdb.drop());

  // Features are numbered ahead of time and land in any order, so a database that already
  // ran a later migration must still run an earlier one it lacks.
  it("runs a migration that is older than ones the database already ran", async () => {
    tdb = testDatabase(engine);
    const options = { dataDir: tdb.dataDir, databaseUrl: tdb.databaseUrl, ...(tdb.pgSchema ? { pgSchema: tdb.pgSchema } : {}) };
    const first = await openDatabase(options);
    await sql`drop index replies_couple_created_idx`.execute(first.db);
    await sql`drop table thread_seen`.execute(first.db);
    await sql`delete from kysely_migration where name = ${"0014_thread_seen"}`.execute(first.db);
    const later = await sql<{ n: number }>`select count(*) as n from kysely_migration where name > ${"0014_thread_seen"}`.execute(first.db);
    expect(Number(later.rows[0]?.n)).toBeGreaterThan(0);
    await first.db.destroy();

    const store = await tdb.open();
    try {
      const person = await addPerson(store, "Ari");
      await store.threadSeen.markSeen(person, "checkin", "c-1", 10);
    } finally {
      await store.close();
    }
    const after = await openDatabase(options);
    try {
      const ran = await sql<{ name: string }>`select name from kysely_migration where name = ${"0014_thread_seen"}`.execute(after.db);
      expect(ran.rows).toHaveLength(1);
    } finally {
      await after.db.destroy();
    }
  });
});
