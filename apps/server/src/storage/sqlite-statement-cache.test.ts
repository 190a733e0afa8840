import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { withStatementCache } from "./sqlite-statement-cache.ts";

describe("SQLite statement cache", () => {
  it("prepares a query once and reuses it, dropping the least recently used beyond its size", () => {
    const raw = new BetterSqlite3(":memory:");
    let prepared = 0;
    const counting = Object.assign(Object.create(raw) as BetterSqlite3.Database, {
      prepare: (sql: string) => {
        prepared++;
        return raw.prepare(sql);
      },
    });
    const db = withStatementCache(counting, 2);
    const one = db.prepare("select 1 as n");
    expect(db.prepare("select 1 as n")).toBe(one);
    db.prepare("select 2 as n");
    db.prepare("select 1 as n"); // now the newest
    db.prepare("select 3 as n"); // evicts "select 2"
    expect(prepared).toBe(3);
    expect(db.prepare("select 1 as n")).toBe(one);
    db.prepare("select 2 as n");
    expect(prepared).toBe(4);
    db.close();
  });

  it("gives the right rows after the schema changes under a cached statement", () => {
    const db = withStatementCache(new BetterSqlite3(":memory:"));
    db.prepare("create table t (a integer)").run([]);
    db.prepare("insert into t (a) values (?)").run([1]);
    expect(db.prepare("select * from t").all([])).toEqual([{ a: 1 }]);
    db.prepare("alter table t add column b text default 'x'").run([]);
    expect(db.prepare("select * from t").all([])).toEqual([{ a: 1, b: "x" }]);
    db.close();
  });

  it("with size 0, hands back the database untouched", () => {
    const raw = new BetterSqlite3(":memory:");
    expect(withStatementCache(raw, 0)).toBe(raw);
    raw.close();
  });
});
