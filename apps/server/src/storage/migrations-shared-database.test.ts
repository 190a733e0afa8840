import pg from "pg";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./open-store.ts";

const url = process.env.DATABASE_URL;

describe.runIf(url)("migrating on PostgreSQL while another schema of the database is dropped", () => {
  it("opens every store although other schemas come and go meanwhile", { timeout: 120_000 }, async () => {
    const churn = new pg.Client({ connectionString: url });
    await churn.connect();
    let stop = false;
    const churning = (async () => {
      for (let i = 0; !stop; i++) {
        const other = `churn_${process.pid}_${i}`;
        // Tables with many columns, some dropped before their schema: Kysely's look-up reads
        // every column of every table (CI once met "column glad of relation checkins does not exist").
        await churn.query(`create schema ${other}; create table ${other}.t (id serial primary key, a text, b text, c text, d text, e text, f text, g text)`);
        await churn.query(`create table ${other}.u (id serial primary key, a text, b text, c text, d text, e text)`);
        await churn.query(`drop table ${other}.u`);
        await churn.query(`drop schema ${other} cascade`);
      }
    })();
    const schemas: string[] = [];
    const tablesSeen: string[][] = [];
    try {
      for (let i = 0; i < 8; i++) {
        const schema = `t_${Math.random().toString(36).slice(2, 12)}`;
        schemas.push(schema);
        const { db } = await openDatabase({ dataDir: "/nonexistent", databaseUrl: url, pgSchema: schema });
        tablesSeen.push((await db.introspection.getTables({ withInternalKyselyTables: true })).map((t) => `${t.schema}.${t.name}`));
        await db.destroy();
      }
    } finally {
      stop = true;
      await churning;
      for (const s of schemas) await churn.query(`drop schema if exists ${s} cascade`);
      await churn.end();
    }
    expect(schemas).toHaveLength(8);
    // The look-up saw only the store's own schema, its tables and Kysely's.
    tablesSeen.forEach((tables, i) => {
      expect(tables).toContain(`${schemas[i]}.checkins`);
      expect(tables).toContain(`${schemas[i]}.kysely_migration`);
      expect(tables.every((t) => t.startsWith(`${schemas[i]}.`))).toBe(true);
    });
  });
});
