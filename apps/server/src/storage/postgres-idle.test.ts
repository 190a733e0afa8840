import { sql } from "kysely";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Log } from "../log.ts";
import { openDatabase } from "./open-store.ts";

const url = process.env.DATABASE_URL;

describe.runIf(url)("PostgreSQL storage pool", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("survives an idle connection being cut (a database restart), says so in one line, and queries again", async () => {
    const schema = `t_${Math.random().toString(36).slice(2, 12)}`;
    const said = vi.fn();
    const log = { error: said, warn: vi.fn(), info: vi.fn() } as unknown as Log;
    const { db } = await openDatabase({ dataDir: "/nonexistent", databaseUrl: url, pgSchema: schema, log });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      // A query only this pool has run marks its idle connection.
      const mark = `idle-probe-${schema}`;
      await sql`select ${sql.lit(mark)} as mark`.execute(db);
      const cut = await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where query like $1 and pid <> pg_backend_pid()", [`%${mark}%`]);
      expect(cut.rowCount).toBeGreaterThanOrEqual(1);
      await new Promise((r) => setTimeout(r, 300));
      expect(said.mock.calls.some(([, line]) => String(line).includes("connection lost while idle"))).toBe(true);
      const again = await sql<{ n: number }>`select 2 as n`.execute(db);
      expect(again.rows[0]?.n).toBe(2);
    } finally {
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
      await db.destroy();
    }
  });
});
