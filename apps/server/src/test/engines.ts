import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { openStore } from "../storage/open-store.ts";
import type { Engine, Store } from "../storage/store.ts";
import { scratchRoot } from "./scratch-root.ts";

/**
 * The engines a storage or API suite runs against: SQLite always; PostgreSQL when
 * DATABASE_URL is set (CI sets it). Use with `describe.each(engines)`.
 */
export const engines: Engine[] = process.env.DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];

export interface TestDatabase {
  engine: Engine;
  dataDir: string;
  databaseUrl: string | undefined;
  pgSchema: string | undefined;
  open(): Promise<Store>;
  drop(): Promise<void>;
}

/** A fresh, empty database: a scratch folder for SQLite (in memory when it can: scratch-root.ts), a new schema for PostgreSQL. */
export function testDatabase(engine: Engine): TestDatabase {
  const dataDir = mkdtempSync(path.join(scratchRoot, "attune-test-"));
  const databaseUrl = engine === "postgres" ? process.env.DATABASE_URL : undefined;
  const pgSchema = engine === "postgres" ? `t_${Math.random().toString(36).slice(2, 12)}` : undefined;
  return {
    engine,
    dataDir,
    databaseUrl,
    pgSchema,
    open: () => openStore({ dataDir, databaseUrl, ...(pgSchema ? { pgSchema } : {}) }),
    async drop() {
      rmSync(dataDir, { recursive: true, force: true });
      if (databaseUrl && pgSchema) {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        await client.query(`drop schema if exists ${pgSchema} cascade`);
        await client.end();
      }
    },
  };
}
