import Database from "better-sqlite3";
import { Kysely, SqliteDialect, type CompiledQuery } from "kysely";
import { checkinRepo } from "../apps/server/src/storage/repos/checkins.ts";
import { withStatementCache } from "../apps/server/src/storage/sqlite-statement-cache.ts";
import type { Database as DB } from "../apps/server/src/storage/schema.ts";
const raw = new Database("/tmp/scratch/db2000/attune.sqlite");
raw.pragma("locking_mode = EXCLUSIVE"); raw.pragma("journal_mode = WAL"); raw.exec("BEGIN IMMEDIATE; COMMIT;"); raw.pragma("cache_size = -32000"); raw.pragma("mmap_size = 268435456");
let last: CompiledQuery | undefined;
const kdb = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }), log: (e) => { last = e.query; } });
const repo = checkinRepo(kdb);
await repo.timelineOf("u1a", null, 10);
const q = last!;
console.log(q.parameters);
const st = raw.prepare(q.sql);
const N = 4000;
const cpu = async (f: (k: number) => unknown) => { const c0 = process.cpuUsage(); for (let i = 0; i < N; i++) await f(Math.floor(Math.random() * 2000)); const c = process.cpuUsage(c0); return ((c.user + c.system) / N).toFixed(1); };
for (let rep = 0; rep < 3; rep++) {
  console.log("kysely repo", await cpu((k) => repo.timelineOf(`u${k}a`, null, 10)));
  console.log("raw same sql", await cpu((k) => st.all(q.parameters.map((p) => (p === "u1a" ? `u${k}a` : p)) as unknown[])));
}
// which parameter matters?
const lit = (sql: string, idxs: number[]) => {
  let i = 0;
  const params: unknown[] = [];
  const text = sql.replace(/\?/g, () => { const p = q.parameters[i]; const j = i++; if (idxs.includes(j)) return typeof p === "string" ? `'${p}'` : String(p); params.push(p); return "?"; });
  return { st: raw.prepare(text), params };
};
for (const [name, idxs] of Object.entries({ none: [], checkin: [1], shared: [3, 8], limits: [4, 9], all3: [1, 3, 8, 4, 9] })) {
  const { st: s2, params } = lit(q.sql, idxs);
  console.log(name, await cpu((k) => s2.all(params.map((p) => (p === "u1a" ? `u${k}a` : p)))));
}
for (const [name, idxs] of Object.entries({ unreadLimit: [4], pageLimit: [9] })) {
  const { st: s2, params } = lit(q.sql, idxs);
  console.log(name, await cpu((k) => s2.all(params.map((p) => (p === "u1a" ? `u${k}a` : p)))));
}
console.log("bigint", await cpu((k) => st.all(q.parameters.map((p) => (p === "u1a" ? `u${k}a` : typeof p === "number" ? BigInt(p) : p)))));
const plan = (sql: string, params: unknown[]) => raw.prepare(`explain query plan ${sql}`).all(params).map((r) => (r as { detail: string }).detail).join("\n  ");
console.log("PARAMS\n  " + plan(q.sql, q.parameters as unknown[]));
const l = lit(q.sql, [4, 9]);
console.log("LITERAL LIMITS\n  " + plan(l.st.source, l.params));
console.log("bytecode ops params", (raw.prepare(`explain ${q.sql}`).all(q.parameters as unknown[]) as unknown[]).length, "literal", (raw.prepare(`explain ${l.st.source}`).all(l.params) as unknown[]).length);
