import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./open-store.ts";
import { preparedAs } from "./pg-prepared.ts";

const url = process.env.DATABASE_URL;

describe.runIf(url)("PostgreSQL prepared statements on request", () => {
  it("prepares a marked statement once per connection and reuses it with new values; others stay unnamed", async () => {
    const { db } = await openDatabase({ dataDir: "/nonexistent", databaseUrl: url, pgPoolMax: 1 });
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
      await db.destroy();
    }
  });
});
