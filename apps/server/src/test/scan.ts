import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { SQLITE_FILE } from "../storage/sqlite.ts";
import type { TestDatabase } from "./engines.ts";

/**
 * Every row of every table of a test database, as JSON text per table, read straight
 * from the engine (not through the store), so a test can prove something is gone
 * everywhere. The store must be closed first (SQLite holds its file exclusively).
 */
export async function dumpAllTables(tdb: TestDatabase): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (tdb.engine === "sqlite") {
    const db = new Database(path.join(tdb.dataDir, SQLITE_FILE), { readonly: true });
    try {
      const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as { name: string }[];
      for (const { name } of tables) out.set(name, JSON.stringify(db.prepare(`select * from "${name}"`).all()));
    } finally {
      db.close();
    }
    return out;
  }
  const client = new pg.Client({ connectionString: tdb.databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = $1", [tdb.pgSchema]);
    for (const { table_name } of tables.rows) {
      const rows = await client.query(`select * from "${tdb.pgSchema}"."${table_name}"`);
      out.set(table_name, JSON.stringify(rows.rows));
    }
  } finally {
    await client.end();
  }
  return out;
}
