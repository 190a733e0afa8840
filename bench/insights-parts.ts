/**
 * Where one "my insights" request spends its time, part by part, in process (no HTTP, no
 * load): the store reads, then the pure functions. Runs on data kept by the insights bench.
 *
 *   KEEP_DIR=/tmp/insights-bench COUPLES=10000 node --import tsx bench/insights.bench.ts   # once, to load
 *   KEEP_DIR=/tmp/insights-bench COUPLES=10000 node --import tsx bench/insights-parts.ts
 *   DATABASE_URL=postgres://… KEEP_DIR=… node --import tsx bench/insights-parts.ts          # schema bench_insights
 */
import { LOOKBACK_DAYS, toFacts } from "../apps/server/src/domain/insights/commands.ts";
import { DAY_MS, dayOfTime, dayString } from "../apps/server/src/domain/insights/facts.ts";
import { buildSeries } from "../apps/server/src/domain/insights/series.ts";
import { signsFor } from "../apps/server/src/domain/insights/signs.ts";
import { mySummary } from "../apps/server/src/domain/insights/summaries.ts";
import { viewFor } from "../apps/server/src/domain/insights/view.ts";
import { openStore } from "../apps/server/src/storage/open-store.ts";
import { userId } from "./lib/loop-data.ts";

const COUPLES = Number(process.env.COUPLES ?? 10_000);
const REQUESTS = Number(process.env.REQUESTS ?? 300);
const dataDir = process.env.KEEP_DIR ?? "";
if (!dataDir) throw new Error("KEEP_DIR: the directory the insights bench kept its data in");
const pgUrl = process.env.DATABASE_URL;

async function main(): Promise<void> {
  const store = await openStore({ dataDir, ...(pgUrl ? { databaseUrl: pgUrl, pgSchema: "bench_insights" } : {}) });
  const spent = new Map<string, number>();
  const time = async <T>(part: string, work: () => T | Promise<T>): Promise<T> => {
    const began = performance.now();
    const result = await work();
    spent.set(part, (spent.get(part) ?? 0) + performance.now() - began);
    return result;
  };
  const today = dayOfTime(Date.now());
  const fromDay = dayString(today - LOOKBACK_DAYS);
  const since = (today - LOOKBACK_DAYS) * DAY_MS;
  for (let i = 0; i < REQUESTS; i += 1) {
    const couple = Math.floor(Math.random() * COUPLES);
    const people: [string, string] = [userId(couple, 0), userId(couple, 1)];
    // Before: the couple, then four reads in parallel (as the endpoint did); after: one read.
    // Which goes first alternates, so neither always finds the other's pages in cache.
    const separate = async () => {
      await time("store before: couple", () => store.couples.activeForUser(people[0]));
      await time("store before: the four reads in parallel", () =>
        Promise.all([
          store.insights.shares(people, fromDay),
          store.insights.replies(`c${couple}`, since),
          store.insights.firstLevels(people[0], 20),
          store.insights.mutedSigns(people[0]),
        ]),
      );
    };
    const once = () => time("store after: one read (personRows)", () => store.insights.personRows(people[0], { fromDay, since, firstLevels: 20 }));
    let rows: Awaited<ReturnType<typeof once>>;
    if (i % 2) {
      await separate();
      rows = await once();
    } else {
      rows = await once();
      await separate();
    }
    const facts = await time("facts and view", () => viewFor(toFacts(people, `c${couple}`, rows.shares, rows.replies), people[0]));
    await time("summary (12 weeks)", () => mySummary(facts, people[0], today, 12, rows.firstLevels));
    const series = await time("daily series", () => buildSeries(facts, today - LOOKBACK_DAYS, today));
    await time("signs", () => signsFor(series, people, people[0], today));
  }
  await store.close();
  const mean = (part: string) => (spent.get(part) ?? 0) / REQUESTS;
  console.log(`| part (${pgUrl ? "postgres" : "sqlite"}, mean of ${REQUESTS} random people) | ms |\n|---|---|`);
  for (const part of spent.keys()) console.log(`| ${part} | ${mean(part).toFixed(2)} |`);
  const compute = ["facts and view", "summary (12 weeks)", "daily series", "signs"].reduce((t, part) => t + mean(part), 0);
  const before = mean("store before: couple") + mean("store before: the four reads in parallel") + compute;
  const after = mean("store after: one read (personRows)") + compute;
  console.log(`| total before | ${before.toFixed(2)} |\n| total after | ${after.toFixed(2)} |\n| after / before | ${(after / before).toFixed(2)} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
