/**
 * Profiles the server under load on one endpoint and prints where its CPU went: loads the
 * loop bench's data, starts the compiled server with `node --cpu-prof`, drives the endpoint
 * with autocannon, stops the server (which writes the profile) and prints the top functions
 * and packages by self time. The .cpuprofile is kept (open it in Chrome DevTools).
 *
 *   node --import tsx bench/profile.ts                                  # timeline on SQLite
 *   ENDPOINT=reply|timeline|daily-question|partner-map COUPLES=2000 DAYS=60 SECONDS=12 CONNECTIONS=16 …
 *   DATABASE_URL=postgres://… node --import tsx bench/profile.ts        # PostgreSQL (schema bench_profile)
 *   SERVER=tsx …   # profile the TypeScript sources under tsx instead of apps/server/dist
 *   SERVER=/path/to/other/apps/server/dist/main.js …   # another build (e.g. before a change)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { sql } from "kysely";
import { argon2Hasher } from "../apps/server/src/domain/passwords.ts";
import { openDatabase } from "../apps/server/src/storage/open-store.ts";
import { summarise } from "./lib/cpu-profile.ts";
import { loadDays, loadPeople } from "./lib/loop-data.ts";
import { loopRequests, type BenchRequest } from "./lib/loop-requests.ts";
import { cpuMicros, start } from "./lib/server-process.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const COUPLES = Number(process.env.COUPLES ?? 2000);
const DAYS = Number(process.env.DAYS ?? 60);
const SECONDS = Number(process.env.SECONDS ?? 12);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 16);
const ENDPOINT = process.env.ENDPOINT ?? "timeline";
// "compiled" (this checkout's build), "tsx" (its sources), or the path of another build's main.js.
const SERVER = process.env.SERVER ?? "compiled";
const SCHEMA = "bench_profile";
const pgUrl = process.env.DATABASE_URL;
const OUT = path.resolve(process.env.PROFILE_DIR ?? path.join(root, "bench/profiles"));
const log = (msg: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);

const requests = loopRequests(COUPLES);
const endpoints: Record<string, () => BenchRequest> = {
  timeline: requests.timeline,
  reply: requests.reply(DAYS),
  "daily-question": requests.dailyQuestion(DAYS),
  "partner-map": requests.partnerMap,
};

async function main(): Promise<void> {
  const makeRequest = endpoints[ENDPOINT];
  if (!makeRequest) throw new Error(`ENDPOINT must be one of ${Object.keys(endpoints).join(", ")}`);
  const engine = pgUrl ? "postgres" : "sqlite";
  const dataDir = mkdtempSync(path.join(tmpdir(), "attune-profile-"));
  const open = () => openDatabase({ dataDir, databaseUrl: pgUrl, ...(pgUrl ? { pgSchema: SCHEMA } : {}) });
  log(`engine ${engine}, server ${SERVER}, ${COUPLES} couples × ${DAYS} days, ${ENDPOINT} for ${SECONDS} s at ${CONNECTIONS} connections`);

  let { db } = await open();
  if (pgUrl) {
    await sql`drop schema ${sql.id(SCHEMA)} cascade`.execute(db);
    await db.destroy();
    ({ db } = await open());
  }
  await loadPeople(db, COUPLES, await argon2Hasher.hash("bench password phrase"));
  await loadDays(db, COUPLES, 0, DAYS, log);
  await db.updateTable("sessions").set({ last_seen_at: Date.now() }).execute();
  if (pgUrl) await sql`vacuum analyze`.execute(db);
  await db.destroy();

  if (SERVER === "compiled") execFileSync(process.execPath, ["scripts/build-server.mjs"], { cwd: root, stdio: "inherit" });
  mkdirSync(OUT, { recursive: true });
  const before = new Set(readdirSync(OUT));
  const serverUrl = pgUrl ? `${pgUrl}${pgUrl.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${SCHEMA}`)}` : undefined;
  const server = await start(
    SERVER === "tsx" ? "apps/server/src/main.ts" : SERVER === "compiled" ? "apps/server/dist/main.js" : SERVER,
    { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn", ...(serverUrl ? { DATABASE_URL: serverUrl } : {}) },
    ["--cpu-prof", `--cpu-prof-dir=${OUT}`],
  );
  try {
    const url = `http://127.0.0.1:${server.port}`;
    const setup = [{ setupRequest: (req: object) => ({ ...req, ...makeRequest() }) }];
    await autocannon({ url, connections: CONNECTIONS, duration: 3, requests: setup }); // warm-up
    const cpuBefore = cpuMicros(server.child.pid ?? 0);
    const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests: setup });
    const cpu = (cpuMicros(server.child.pid ?? 0) - cpuBefore) / Math.max(1, result.requests.total);
    const errors = result.errors + result.timeouts + result.non2xx;
    log(
      `${ENDPOINT}: ${(result.requests.total / result.duration).toFixed(0)} req/s, p99 ${result.latency.p99} ms, errors ${errors}, server CPU ${cpu.toFixed(0)} µs/req, load average ${loadavg()[0]?.toFixed(2)}`,
    );
  } finally {
    server.child.kill("SIGTERM");
    await new Promise((r) => server.child.once("exit", r));
    rmSync(dataDir, { recursive: true, force: true });
  }

  const file = readdirSync(OUT).find((f) => f.endsWith(".cpuprofile") && !before.has(f));
  if (!file) throw new Error("the server wrote no profile");
  // The profile covers the whole process; warm-up and start-up are a small part of it.
  const { busyMs, functions, packages } = summarise(path.join(OUT, file));
  console.log(`\nprofile ${path.relative(root, path.join(OUT, file))}: ${(busyMs / 1000).toFixed(1)} s busy (idle left out)\n`);
  console.log("| self % | self ms | package |\n|---|---|---|");
  for (const p of packages) console.log(`| ${(p.share * 100).toFixed(1)} | ${p.ms.toFixed(0)} | ${p.name} |`);
  console.log("\n| self % | self ms | function |\n|---|---|---|");
  for (const f of functions) console.log(`| ${(f.share * 100).toFixed(1)} | ${f.ms.toFixed(0)} | ${f.name} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
