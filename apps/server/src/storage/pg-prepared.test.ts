import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { compiledQuery } from "./compiled-query.ts";
import { openDatabase } from "./open-store.ts";
import { preparedAs } from "./pg-prepared.ts";

const url = process.env.DATABASE_URL;

const coupleById = compiledQuery<{ id: string }, Record<string, unknown>>((db, p) => db.selectFrom("couples").selectAll().where("id", "=", p.id));

describe.runIf(url)("PostgreSQL named prepared statements for compiled queries", () => {
  it("prepares a hot query once per connection, and prepares it again when a migration changed its table", async () => {
    const schema = `t_${Math.random().toString(36).slice(2, 12)}`;
    // One connection, so the prepared statements seen are the ones the queries used.
    const { db } = await openDatabase({ dataDir: "/nonexistent", databaseUrl: url, pgSchema: schema, pgPoolMax: 1 });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await db.insertInto("couples").values({ id: "c1", created_at: 1, ended_at: null }).execute();
      expect((await coupleById(db, { id: "c1" })).rows).toEqual([{ id: "c1", created_at: 1, ended_at: null }]);
      expect((await coupleById(db, { id: "c2" })).rows).toEqual([]);
      const prepared = await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements`.execute(db);
      const mine = prepared.rows.filter((r) => r.statement.includes('from "couples"'));
      expect(mine).toHaveLength(1);
      expect(mine[0]?.name).toMatch(/^attune_\d+$/);

      // Another instance migrates the shared database: `select *` now returns another column.
      await admin.query(`alter table ${schema}.couples add column note text`);
      expect((await coupleById(db, { id: "c1" })).rows).toEqual([{ id: "c1", created_at: 1, ended_at: null, note: null }]);

      // Inside a transaction the stale plan aborts it; the next attempt runs prepared afresh.
      await admin.query(`alter table ${schema}.couples add column mood text`);
      await expect(db.transaction().execute((tx) => coupleById(tx, { id: "c1" }))).rejects.toThrow(/cached plan must not change result type/);
      const again = await db.transaction().execute((tx) => coupleById(tx, { id: "c1" }));
      expect(again.rows).toEqual([{ id: "c1", created_at: 1, ended_at: null, note: null, mood: null }]);
    } finally {
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
      await db.destroy();
    }
  });
});

describe.runIf(url)("PostgreSQL prepared statements on request", () => {
  it("prepares a marked statement once per connection and reuses it with new values; others stay unnamed", async () => {
    // A schema of its own: migrating into the shared database's public schema would leave tables there.
    const schema = `t_${Math.random().toString(36).slice(2, 12)}`;
    const { db } = await openDatabase({ dataDir: "/nonexistent", databaseUrl: url, pgSchema: schema, pgPoolMax: 1 });
    try {
      const doubled = (n: number) =>
        sql<{ twice: number; named: string[] }>`${sql.raw(preparedAs("test_doubled"))}
        select ${n}::int * 2 as twice, array(select name from pg_prepared_statements order by name) as named`.execute(db);
      const first = await doubled(2);
      expect(first.rows[0]).toEqual({ twice: 4, named: ["test_doubled"] });
      // Run again on the same (only) connection: no second prepare (pg would refuse a duplicate name), a new value.
      expect((await doubled(5)).rows[0]).toEqual({ twice: 10, named: ["test_doubled"] });
      const plain = await sql<{ named: string[] }>`select array(select name from pg_prepared_statements order by name) as named`.execute(db);
      expect(plain.rows[0]?.named).toEqual(["test_doubled"]);
    } finally {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
      await db.destroy();
    }
  });
});
