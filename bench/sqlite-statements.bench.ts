/**
 * What caching prepared statements saves on SQLite: the storage work of one timeline
 * request (session lookup, the page, the unread count) run in this process against the
 * same data with the statement cache on and off (off = Kysely's own behaviour, the
 * baseline), in alternating rounds so machine noise falls on both.
 *
 *   node --import tsx bench/sqlite-statements.bench.ts
 *   COUPLES=2000 DAYS=90 REQUESTS=20000 ROUNDS=3 …
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { replyCoach } from "../apps/server/src/coach.ts";
import type { DomainDeps } from "../apps/server/src/domain/deps.ts";
import { timeline } from "../apps/server/src/domain/checkins.ts";
import { argon2Hasher } from "../apps/server/src/domain/passwords.ts";
import { hashToken } from "../apps/server/src/domain/sessions.ts";
import { memoryBus } from "../apps/server/src/events/memory-bus.ts";
import { openDatabase, openStore } from "../apps/server/src/storage/open-store.ts";
import { DEFAULT_STATEMENT_CACHE_SIZE } from "../apps/server/src/storage/sqlite-statement-cache.ts";
import { loadDays, loadPeople, tokenFor, userId } from "./lib/loop-data.ts";

const COUPLES = Number(process.env.COUPLES ?? 2000);
const DAYS = Number(process.env.DAYS ?? 90);
const REQUESTS = Number(process.env.REQUESTS ?? 20_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const p99 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.99))] ?? 0;
};

async function round(dataDir: string, cacheSize: number): Promise<number[]> {
  const store = await openStore({ dataDir, sqliteStatementCache: cacheSize });
  const deps: DomainDeps = { store, events: memoryBus(), passwords: argon2Hasher, coach: replyCoach, now: Date.now };
  const times: number[] = [];
  try {
    for (let i = 0; i < REQUESTS; i++) {
      const viewer = userId(Math.floor(Math.random() * COUPLES), i % 2 === 0 ? 0 : 1);
      const t = process.hrtime.bigint();
      await store.sessions.findActiveByTokenHash(hashToken(tokenFor(viewer)), Date.now());
      await timeline(deps, viewer, null, 10); // the page and the unread count
      times.push(Number(process.hrtime.bigint() - t) / 1000);
    }
  } finally {
    await store.close();
  }
  return times.slice(Math.floor(REQUESTS / 10)); // the first tenth warms the page cache
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "attune-stmt-"));
  try {
    const { db } = await openDatabase({ dataDir });
    await loadPeople(db, COUPLES, await argon2Hasher.hash("bench password phrase"));
    await loadDays(db, COUPLES, 0, DAYS, (m) => console.log(m));
    await db.destroy();
    console.log(`${COUPLES} couples × ${DAYS} days; ${REQUESTS} timeline requests' storage work per round, ${ROUNDS} rounds each`);

    const off: number[] = [];
    const on: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      off.push(...(await round(dataDir, 0)));
      on.push(...(await round(dataDir, DEFAULT_STATEMENT_CACHE_SIZE)));
      console.log(`round ${r + 1}: median off ${median(off).toFixed(1)} µs, on ${median(on).toFixed(1)} µs`);
    }
    console.log("\n| statements | median µs | p99 µs | per second (one connection) |");
    console.log("|---|---|---|---|");
    console.log(`| prepared per query (Kysely default, baseline) | ${median(off).toFixed(1)} | ${p99(off).toFixed(1)} | ${(1e6 / median(off)).toFixed(0)} |`);
    console.log(`| cached (${DEFAULT_STATEMENT_CACHE_SIZE}) | ${median(on).toFixed(1)} | ${p99(on).toFixed(1)} | ${(1e6 / median(on)).toFixed(0)} |`);
    console.log(`\ncached / baseline median = ${(median(on) / median(off)).toFixed(2)}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
