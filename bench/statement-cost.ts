/**
 * Storage cost of one timeline request in this process (no HTTP), two ways in alternating
 * rounds: the four calls the timeline made before issue 18's second pass (session+person,
 * couple, page, unread count) and the two it makes now (session+person, then
 * checkins.timelineOf: couple, page and count in one statement). CPU µs per request from
 * process.cpuUsage, so waiting for a core on a shared machine does not count.
 *
 *   COUPLES=2000 DAYS=60 REQUESTS=5000 ROUNDS=3 node --import tsx bench/statement-cost.ts
 *   DATA_DIR=/tmp/db …            # reuse data loaded by bench/lib/seed-only.ts (SQLite)
 *   DATABASE_URL=postgres://… …   # PostgreSQL (schema bench_stmt, loaded afresh)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { argon2Hasher } from "../apps/server/src/domain/passwords.ts";
import { hashToken } from "../apps/server/src/domain/sessions.ts";
import { openDatabase, openStore } from "../apps/server/src/storage/open-store.ts";
import type { Store } from "../apps/server/src/storage/store.ts";
import { loadDays, loadPeople, tokenFor, userId } from "./lib/loop-data.ts";

const COUPLES = Number(process.env.COUPLES ?? 2000);
const DAYS = Number(process.env.DAYS ?? 60);
const REQUESTS = Number(process.env.REQUESTS ?? 5000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const pgUrl = process.env.DATABASE_URL;
const SCHEMA = "bench_stmt";
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const viewer = () => userId(Math.floor(Math.random() * COUPLES), Math.random() < 0.5 ? 0 : 1);
const ways: Record<string, (store: Store, me: string) => Promise<unknown>> = {
  "four calls (before)": async (store, me) => {
    await store.sessions.findActiveWithUser(hashToken(tokenFor(me)), Date.now());
    const couple = await store.couples.activeForUser(me);
    if (!couple) return;
    await store.checkins.timeline(couple.id, me, null, 10);
    await store.checkins.unreadCount(couple.id, me);
  },
  "two calls (timelineOf)": async (store, me) => {
    await store.sessions.findActiveWithUser(hashToken(tokenFor(me)), Date.now());
    await store.checkins.timelineOf(me, null, 10);
  },
};

async function cpuPerRequest(store: Store, run: (store: Store, me: string) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < REQUESTS / 10; i++) await run(store, viewer()); // warm-up
  const before = process.cpuUsage();
  for (let i = 0; i < REQUESTS; i++) await run(store, viewer());
  const used = process.cpuUsage(before);
  return (used.user + used.system) / REQUESTS;
}

async function main() {
  const dataDir = process.env.DATA_DIR ?? mkdtempSync(path.join(tmpdir(), "attune-stmt-"));
  const options = { dataDir, databaseUrl: pgUrl, ...(pgUrl ? { pgSchema: SCHEMA } : {}) };
  try {
    if (!process.env.DATA_DIR) {
      let { db } = await openDatabase(options);
      if (pgUrl) {
        await sql`drop schema ${sql.id(SCHEMA)} cascade`.execute(db);
        await db.destroy();
        ({ db } = await openDatabase(options));
      }
      await loadPeople(db, COUPLES, await argon2Hasher.hash("bench password phrase"));
      await loadDays(db, COUPLES, 0, DAYS, () => {});
      if (pgUrl) await sql`vacuum analyze`.execute(db);
      await db.destroy();
    }
    const store = await openStore(options);
    const results: Record<string, number[]> = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, run] of Object.entries(ways)) {
        const cpu = await cpuPerRequest(store, run);
        results[name] = [...(results[name] ?? []), cpu];
        console.log(`round ${round + 1}: ${name} ${cpu.toFixed(1)} µs CPU/request`);
      }
    }
    await store.close();
    console.log(`\n${pgUrl ? "PostgreSQL" : "SQLite"}, ${COUPLES} couples × ${DAYS} days, ${REQUESTS} requests × ${ROUNDS} rounds`);
    console.log("| storage work of a timeline request | median CPU µs/request |\n|---|---|");
    for (const [name, xs] of Object.entries(results)) console.log(`| ${name} | ${median(xs).toFixed(1)} |`);
    const [before, after] = Object.values(results).map(median);
    if (before && after) console.log(`\nafter ÷ before = ${(after / before).toFixed(2)}`);
  } finally {
    if (!process.env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
