import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { type Generated, Kysely, sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { scratchRoot } from "../test/scratch-root.ts";
import { GroupCommitSqliteDialect } from "./sqlite-group-commit.ts";
import { withStatementCache } from "./sqlite-statement-cache.ts";

interface Tables {
  notes: { id: Generated<number>; body: string };
}

/** The database with its `exec` watched: commits are counted, and the next one can be made to fail. */
function watched(file: string) {
  const raw = new BetterSqlite3(file);
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = FULL");
  raw.exec("create table if not exists notes (id integer primary key, body text not null unique)");
  const seen = { commits: 0, failNextCommit: false };
  const database = new Proxy(raw, {
    get(target, prop) {
      if (prop === "exec") {
        return (text: string) => {
          if (text === "commit") {
            if (seen.failNextCommit) {
              seen.failNextCommit = false;
              throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
            }
            const result = target.exec(text);
            seen.commits++;
            return result;
          }
          return target.exec(text);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const db = new Kysely<Tables>({ dialect: new GroupCommitSqliteDialect(database, withStatementCache(raw)) });
  return { db, seen };
}

/** What another connection finds in the file: only what was committed. */
function onDisk(file: string): string[] {
  const reader = new BetterSqlite3(file, { readonly: true });
  try {
    return (reader.prepare("select body from notes order by id").all() as { body: string }[]).map((r) => r.body);
  } finally {
    reader.close();
  }
}

describe("SQLite group commit", () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(scratchRoot, "attune-group-commit-"));
    file = path.join(dir, "db.sqlite");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("lets writes that arrive together share one commit, and answers each only after it", async () => {
    const { db, seen } = watched(file);
    const writes = Array.from({ length: 20 }, (_, i) =>
      db
        .insertInto("notes")
        .values({ body: `n${i}` })
        .execute()
        .then(() => {
          // Acknowledged: it must already be in the file for any other reader.
          expect(onDisk(file)).toContain(`n${i}`);
          return seen.commits;
        }),
    );
    const commitsSeen = await Promise.all(writes);
    expect(commitsSeen.every((n) => n >= 1)).toBe(true);
    expect(seen.commits).toBeLessThan(20);
    expect(seen.commits).toBeGreaterThanOrEqual(1);
    expect(onDisk(file)).toHaveLength(20);
    await db.destroy();
  });

  it("fails only the write that fails, in its own savepoint, and keeps the others of the batch", async () => {
    const { db } = watched(file);
    await db.insertInto("notes").values({ body: "taken" }).execute();
    const results = await Promise.allSettled([
      db.insertInto("notes").values({ body: "a" }).execute(),
      db.insertInto("notes").values({ body: "taken" }).execute(),
      db.transaction().execute(async (trx) => {
        await trx.insertInto("notes").values({ body: "in a transaction that fails" }).execute();
        throw new Error("changed my mind");
      }),
      db.transaction().execute(async (trx) => {
        await trx.insertInto("notes").values({ body: "b" }).execute();
        await trx.insertInto("notes").values({ body: "c" }).execute();
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "rejected", "fulfilled"]);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE/);
    expect(String((results[2] as PromiseRejectedResult).reason)).toMatch(/changed my mind/);
    expect(onDisk(file).sort()).toEqual(["a", "b", "c", "taken"]);
    await db.destroy();
  });

  it("when the commit fails, fails every write in it, and no reader ever saw them", async () => {
    const { db, seen } = watched(file);
    await db.insertInto("notes").values({ body: "before" }).execute();
    seen.failNextCommit = true;
    const write = db.insertInto("notes").values({ body: "lost" }).execute();
    const other = db.insertInto("notes").values({ body: "lost too" }).execute();
    // Starts while the writes wait for their commit: it must not see them.
    const read = db.selectFrom("notes").select("body").execute();
    await expect(write).rejects.toThrow(/disk is full/);
    await expect(other).rejects.toThrow(/disk is full/);
    expect((await read).map((r) => r.body)).toEqual(["before"]);
    expect(onDisk(file)).toEqual(["before"]);
    // The next write commits normally.
    await db.insertInto("notes").values({ body: "after" }).execute();
    expect(onDisk(file)).toEqual(["before", "after"]);
    await db.destroy();
  });

  it("shows a reader its own write once it is answered, and other readers only committed writes", async () => {
    const { db, seen } = watched(file);
    const chains = Array.from({ length: 10 }, async (_, i) => {
      await db
        .insertInto("notes")
        .values({ body: `mine${i}` })
        .execute();
      const row = await db.selectFrom("notes").select("body").where("body", "=", `mine${i}`).executeTakeFirst();
      return row?.body;
    });
    const reads = Array.from({ length: 10 }, async () => {
      const commitsBefore = seen.commits;
      const rows = await db.selectFrom("notes").select("body").execute();
      // Whatever it saw was already on disk when it read.
      const disk = onDisk(file);
      for (const r of rows) expect(disk).toContain(r.body);
      return commitsBefore;
    });
    expect(await Promise.all(chains)).toEqual(Array.from({ length: 10 }, (_, i) => `mine${i}`));
    await Promise.all(reads);
    await db.destroy();
  });

  it("commits what is pending when the database is closed", async () => {
    const { db } = watched(file);
    const write = db.insertInto("notes").values({ body: "last" }).execute();
    // The write's promise chain runs to its wait for the commit before a tick comes round.
    await new Promise((resolve) => process.nextTick(resolve));
    expect(onDisk(file)).toEqual([]);
    await db.destroy();
    await write;
    expect(onDisk(file)).toEqual(["last"]);
  });

  it("runs migrations' DDL in its transactions", async () => {
    const { db } = watched(file);
    await db.transaction().execute(async (trx) => {
      await sql`create table extra (id integer primary key)`.execute(trx);
      await sql`insert into extra (id) values (1)`.execute(trx);
    });
    const rows = await sql<{ id: number }>`select id from extra`.execute(db);
    expect(rows.rows).toEqual([{ id: 1 }]);
    await db.destroy();
  });
});
