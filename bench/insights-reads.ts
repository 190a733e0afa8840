/**
 * CPU per "my insights" store read (`personRows`), in process, on data kept by the insights
 * bench; writes the rows of 100 people to a file so two versions can be checked for the same
 * answer. To compare a change, copy the older repo beside the current one and alternate runs
 * in separate processes (the row-array registry is global, so two versions in one process
 * would share it):
 *
 *   git show REV:apps/server/src/storage/repos/insights.ts > apps/server/src/storage/repos/insights-old.ts
 *   REPO=insights-old KEEP_DIR=/tmp/insights-bench node --import tsx bench/insights-reads.ts
 *   KEEP_DIR=/tmp/insights-bench node --import tsx bench/insights-reads.ts
 *   cmp /tmp/insights-rows-insights-old.json /tmp/insights-rows-insights.json
 */
import { writeFileSync } from "node:fs";
import { openDatabase } from "../apps/server/src/storage/open-store.ts";
import type { InsightRepo } from "../apps/server/src/storage/store.ts";
import { userId } from "./lib/loop-data.ts";

const repoName = process.env.REPO ?? "insights";
const dataDir = process.env.KEEP_DIR ?? "";
const COUPLES = Number(process.env.COUPLES ?? 10_000);
const REQUESTS = Number(process.env.REQUESTS ?? 1500);
if (!dataDir) throw new Error("KEEP_DIR: the directory the insights bench kept its data in");
const pgUrl = process.env.DATABASE_URL;

async function main(): Promise<void> {
  const { insightRepo } = (await import(`../apps/server/src/storage/repos/${repoName}.ts`)) as { insightRepo: (db: unknown) => InsightRepo };
  const { db } = await openDatabase({ dataDir, ...(pgUrl ? { databaseUrl: pgUrl, pgSchema: "bench_insights" } : {}) });
  const repo = insightRepo(db);
  // A fixed day, so runs on different days read the same rows.
  const today = Date.UTC(2026, 11, 5);
  const read = { fromDay: new Date(today - 115 * 86_400_000).toISOString().slice(0, 10), since: today - 115 * 86_400_000, firstLevels: 20 };
  const person = (i: number) => userId((i * 104_729 + 17) % COUPLES, (i % 2) as 0 | 1);
  const sample: string[] = [];
  for (let i = 0; i < 100; i += 1) sample.push(JSON.stringify(await repo.personRows(person(i * 31), read)));
  writeFileSync(`/tmp/insights-rows-${repoName}.json`, sample.join("\n"));
  const began = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < REQUESTS; i += 1) await repo.personRows(person(i), read);
  const used = process.cpuUsage(cpu);
  const ms = (x: number) => (x / REQUESTS).toFixed(3);
  console.log(`${repoName}: ${REQUESTS} reads, wall ms/read ${ms(performance.now() - began)}, CPU ms/read ${ms((used.user + used.system) / 1000)}`);
  await db.destroy();
}

await main();
