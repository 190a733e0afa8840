/**
 * Two builds of the server side by side on the same data, in alternating rounds: for each
 * round and endpoint, build A then build B under the same load. On a machine shared with other
 * work, load drifts between runs minutes apart; alternating rounds put A and B under the same
 * drift, so B ÷ A per round is the figure to trust (median of the rounds printed).
 *
 *   A=/path/to/before/apps/server/dist/main.js node --import tsx bench/ab.bench.ts
 *   (B defaults to this checkout's build, compiled first)  COUPLES=500 DAYS=60 REQUESTS=2000 ROUNDS=3 CONNECTIONS=16
 *   DATABASE_URL=postgres://… …   # both servers on one PostgreSQL schema (bench_ab)
 *
 * The data is loaded with this checkout's migrations: A must know every one of them (a build
 * from before a later migration refuses the database), so compare builds of one schema.
 */
import { execFileSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { sql } from "kysely";
import { argon2Hasher } from "../apps/server/src/domain/passwords.ts";
import { openDatabase } from "../apps/server/src/storage/open-store.ts";
import { loadDays, loadPeople } from "./lib/loop-data.ts";
import { loopRequests, type BenchRequest } from "./lib/loop-requests.ts";
import { cpuMicros, start } from "./lib/server-process.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const COUPLES = Number(process.env.COUPLES ?? 500);
const DAYS = Number(process.env.DAYS ?? 60);
const REQUESTS = Number(process.env.REQUESTS ?? 2000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 16);
const A = process.env.A;
const B = process.env.B ?? path.join(root, "apps/server/dist/main.js");
const SCHEMA = "bench_ab";
const pgUrl = process.env.DATABASE_URL;
const log = (msg: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);

interface Server {
  child: ChildProcess;
  port: number;
}

async function measure(server: Server, makeRequest: () => BenchRequest): Promise<{ rps: number; cpu: number; errors: number }> {
  const requests = [{ setupRequest: (req: object) => ({ ...req, ...makeRequest() }) }];
  const url = `http://127.0.0.1:${server.port}`;
  await autocannon({ url, connections: CONNECTIONS, amount: Math.ceil(REQUESTS / 4), requests }); // warm-up
  const before = cpuMicros(server.child.pid ?? 0);
  const r = await autocannon({ url, connections: CONNECTIONS, amount: REQUESTS, requests });
  return {
    rps: r.requests.total / r.duration,
    cpu: (cpuMicros(server.child.pid ?? 0) - before) / Math.max(1, r.requests.total),
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  if (!A) throw new Error("A=<path to the other build's main.js> is required");
  const dirA = mkdtempSync(path.join(tmpdir(), "attune-ab-"));
  const dirB = mkdtempSync(path.join(tmpdir(), "attune-ab-"));
  const { db } = await openDatabase({ dataDir: dirA, databaseUrl: pgUrl, ...(pgUrl ? { pgSchema: SCHEMA } : {}) });
  if (pgUrl) await sql`drop schema ${sql.id(SCHEMA)} cascade`.execute(db);
  await db.destroy();
  const again = await openDatabase({ dataDir: dirA, databaseUrl: pgUrl, ...(pgUrl ? { pgSchema: SCHEMA } : {}) });
  await loadPeople(again.db, COUPLES, await argon2Hasher.hash("bench password phrase"));
  await loadDays(again.db, COUPLES, 0, DAYS, () => {});
  await again.db
    .updateTable("sessions")
    .set({ last_seen_at: Date.now() + 3_600_000 })
    .execute();
  if (pgUrl) await sql`vacuum analyze`.execute(again.db);
  await again.db.destroy();
  if (!pgUrl) cpSync(dirA, dirB, { recursive: true }); // SQLite: one process per data directory

  if (!process.env.B) execFileSync(process.execPath, ["scripts/build-server.mjs"], { cwd: root, stdio: "inherit" });
  const serverUrl = pgUrl ? `${pgUrl}${pgUrl.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${SCHEMA}`)}` : undefined;
  const env = (dir: string) => ({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dir, LOG_LEVEL: "warn", ...(serverUrl ? { DATABASE_URL: serverUrl } : {}) });
  const bare = await start("bench/lib/bare-server.mjs", { PORT: "0" });
  const a = await start(A, env(dirA));
  const b = await start(B, env(dirB));
  const requests = loopRequests(COUPLES);
  const endpoints: [string, () => BenchRequest][] = [
    ["timeline", requests.timeline],
    ["reply", requests.reply(DAYS)],
  ];
  log(`${pgUrl ? "postgres" : "sqlite"}, ${COUPLES} couples × ${DAYS} days, ${REQUESTS} requests per measure, ${ROUNDS} rounds; A ${A}; B ${B}`);
  const rows: string[] = [];
  const ratios = new Map<string, { cpu: number[]; rps: number[]; ofBareA: number[]; ofBareB: number[] }>();
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const bareR = await measure(bare, () => ({ method: "GET", path: "/bare", headers: {} }));
      for (const [name, make] of endpoints) {
        const ra = await measure(a, make);
        const rb = await measure(b, make);
        const entry = ratios.get(name) ?? { cpu: [], rps: [], ofBareA: [], ofBareB: [] };
        entry.cpu.push(rb.cpu / ra.cpu);
        entry.rps.push(rb.rps / ra.rps);
        entry.ofBareA.push(ra.rps / bareR.rps);
        entry.ofBareB.push(rb.rps / bareR.rps);
        ratios.set(name, entry);
        const line = `| ${round} | ${name} | ${bareR.rps.toFixed(0)} | ${ra.rps.toFixed(0)} | ${rb.rps.toFixed(0)} | ${ra.cpu.toFixed(0)} | ${rb.cpu.toFixed(0)} | ${(rb.cpu / ra.cpu).toFixed(2)} | ${ra.errors + rb.errors} | ${loadavg()[0]?.toFixed(1)} |`;
        rows.push(line);
        log(line);
      }
    }
  } finally {
    for (const s of [a, b, bare]) s.child.kill("SIGTERM");
    rmSync(dirA, { recursive: true, force: true });
    rmSync(dirB, { recursive: true, force: true });
  }
  console.log(
    "\n| round | endpoint | bare req/s | A req/s | B req/s | A CPU µs/req | B CPU µs/req | B ÷ A CPU | errors | load avg |\n|---|---|---|---|---|---|---|---|---|---|",
  );
  for (const r of rows) console.log(r);
  console.log("\n| endpoint | median B ÷ A CPU/req | median B ÷ A req/s | median A req/s vs bare | median B req/s vs bare |\n|---|---|---|---|---|");
  for (const [name, r] of ratios)
    console.log(`| ${name} | ${median(r.cpu).toFixed(2)} | ${median(r.rps).toFixed(2)} | ${median(r.ofBareA).toFixed(3)} | ${median(r.ofBareB).toFixed(3)} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
