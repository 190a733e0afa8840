/**
 * What group commit would buy on the reply path (SQLite, WAL, synchronous=FULL): the cost of
 * committing replies one transaction each (today: one fsync per reply) against several replies
 * per transaction (what a group commit would do with replies that arrive together), in
 * alternating rounds on one database. Durability is the same in every row: a reply is only
 * answered once its transaction is fsynced.
 *
 *   node --import tsx bench/group-commit.bench.ts        # REPLIES=2000 ROUNDS=3 BATCHES=1,4,16
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { openDatabase } from "../apps/server/src/storage/open-store.ts";
import { SQLITE_FILE } from "../apps/server/src/storage/sqlite.ts";

const REPLIES = Number(process.env.REPLIES ?? 2000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const BATCHES = (process.env.BATCHES ?? "1,4,16").split(",").map(Number);

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "attune-group-commit-"));
  const { db } = await openDatabase({ dataDir: dir }); // the real schema, migrated
  await db.destroy();
  const sqlite = new BetterSqlite3(path.join(dir, SQLITE_FILE));
  // The server's settings (storage/sqlite.ts).
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = OFF"); // replies to check-ins this bench does not create
  const insert = sqlite.prepare(
    `insert into replies (id, target_kind, target_id, author_id, couple_id, body, created_at, coach_level, coach_pitfalls, coach_moves, feedback_heard, feedback_note, feedback_at)
     values (?, 'checkin', ?, ?, ?, ?, ?, 1, '', 'validation', null, null, null)`,
  );
  let n = 0;
  const commitBatch = sqlite.transaction((size: number) => {
    for (let i = 0; i < size; i++, n++)
      insert.run(`r${n}`, `k${n % 500}`, `u${n % 1000}`, `c${n % 500}`, "That sounds really hard. What stung most?", Date.now());
  });
  const results = new Map<number, number[]>();
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      for (const size of BATCHES) {
        const t = process.hrtime.bigint();
        for (let done = 0; done < REPLIES; done += size) commitBatch(Math.min(size, REPLIES - done));
        const us = Number(process.hrtime.bigint() - t) / 1000 / REPLIES;
        results.set(size, [...(results.get(size) ?? []), us]);
        console.log(`round ${round}, ${size} per commit: ${us.toFixed(0)} µs per reply (load average ${loadavg()[0]?.toFixed(1)})`);
      }
    }
  } finally {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const one = median(results.get(1) ?? []);
  console.log("\n| replies per commit | median µs per reply | replies/s (one writer) | vs one per commit |\n|---|---|---|---|");
  for (const size of BATCHES) {
    const m = median(results.get(size) ?? []);
    console.log(`| ${size} | ${m.toFixed(0)} | ${(1e6 / m).toFixed(0)} | ${(one / m).toFixed(2)}× |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
