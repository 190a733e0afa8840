/**
 * Storage cost of one timeline request, statement by statement, in this process (no HTTP):
 * session+person, couple, page, unread count. Shows which statement to work on.
 *
 *   COUPLES=2000 DAYS=60 REQUESTS=5000 node --import tsx bench/statement-cost.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { argon2Hasher } from "../apps/server/src/domain/passwords.ts";
import { hashToken } from "../apps/server/src/domain/sessions.ts";
import { openDatabase, openStore } from "../apps/server/src/storage/open-store.ts";
import { loadDays, loadPeople, tokenFor, userId } from "./lib/loop-data.ts";

const COUPLES = Number(process.env.COUPLES ?? 2000);
const DAYS = Number(process.env.DAYS ?? 60);
const REQUESTS = Number(process.env.REQUESTS ?? 5000);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main() {
  const dataDir = process.env.DATA_DIR ?? mkdtempSync(path.join(tmpdir(), "attune-stmt-"));
  try {
    if (!process.env.DATA_DIR) {
      const { db } = await openDatabase({ dataDir, databaseUrl: process.env.DATABASE_URL });
      await loadPeople(db, COUPLES, await argon2Hasher.hash("bench password phrase"));
      await loadDays(db, COUPLES, 0, DAYS, () => {});
      await db.destroy();
    }
    const store = await openStore({ dataDir, databaseUrl: process.env.DATABASE_URL });
    const parts: Record<string, number[]> = { session: [], couple: [], page: [], unread: [] };
    let cpu0 = process.cpuUsage();
    for (let i = 0; i < REQUESTS; i++) {
      if (i === REQUESTS / 5) cpu0 = process.cpuUsage();
      const viewer = userId(Math.floor(Math.random() * COUPLES), i % 2 === 0 ? 0 : 1);
      let t = process.hrtime.bigint();
      const lap = (name: string) => {
        const now = process.hrtime.bigint();
        parts[name]?.push(Number(now - t) / 1000);
        t = now;
      };
      await store.sessions.findActiveWithUser(hashToken(tokenFor(viewer)), Date.now());
      lap("session");
      const couple = await store.couples.activeForUser(viewer);
      lap("couple");
      await store.checkins.timeline(couple?.id ?? "", viewer, null, 10);
      lap("page");
      await store.checkins.unreadCount(couple?.id ?? "", viewer);
      lap("unread");
    }
    const cpu = process.cpuUsage(cpu0);
    console.log(`all four: ${((cpu.user + cpu.system) / (REQUESTS * 0.8)).toFixed(1)} µs CPU per request`);
    await store.close();
    for (const [name, xs] of Object.entries(parts)) console.log(`${name}: median ${median(xs.slice(REQUESTS / 5)).toFixed(1)} µs`);
  } finally {
    if (!process.env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
