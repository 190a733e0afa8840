/**
 * Insights benchmark: the loop benchmark's data (COUPLES couples, DAYS days of check-ins
 * and replies, ending today so the insights windows are full), then the insights endpoints
 * and the timeline measured under the same load in the same run. The budget: insights p99
 * within 2× the timeline's.
 *
 *   node --import tsx bench/insights.bench.ts                          # SQLite
 *   DATABASE_URL=postgres://… node --import tsx bench/insights.bench.ts  # PostgreSQL (schema bench_insights)
 *   COUPLES=10000 DAYS=365 SECONDS=15 CONNECTIONS=32 WARMUP_SECONDS=3 …
 *   KEEP_DIR=/tmp/insights-bench …   # keep the loaded data there and reuse it on the next run (same COUPLES, DAYS, engine)
 *   LOAD_ONLY=1 KEEP_DIR=…            # load and keep, measure nothing (to load both engines, then measure them in the same conditions)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { sql } from "kysely";
import pg from "pg";
import { argon2Hasher } from "../apps/server/src/domain/passwords.ts";
import { openDatabase } from "../apps/server/src/storage/open-store.ts";
import { BASE, DAY_MS, loadDays, loadPeople, tokenFor, userId } from "./lib/loop-data.ts";
import { loadDaysPg } from "./lib/loop-data-pg.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const COUPLES = Number(process.env.COUPLES ?? 10_000);
const DAYS = Number(process.env.DAYS ?? 365);
const SECONDS = Number(process.env.SECONDS ?? 15);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32);
const WARMUP_SECONDS = Number(process.env.WARMUP_SECONDS ?? 3);
const SCHEMA = "bench_insights";
const pgUrl = process.env.DATABASE_URL;
const log = (msg: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);
/** The server's own PostgreSQL connections carry this name, so their backends' CPU can be told from other clients'. */
const APP_NAME = "attune-insights-bench";

/** CPU seconds a process has used so far (user + system), from /proc; 0 once it is gone. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 a second on Linux)
  } catch {
    return 0;
  }
}

/**
 * CPU the server spends on requests: its process, and on PostgreSQL the database backends of its
 * own pool. Unlike latency on a shared machine, CPU per request hardly depends on what else runs.
 * The pool opens and closes connections as it likes, so backends are sampled through the run: each
 * counts from its first reading to its last.
 */
function cpuMeter(serverPid: number, monitor: pg.Client | null) {
  const sample = async (seen: Map<number, { first: number; last: number }>) => {
    if (!monitor) return;
    const { rows } = await monitor.query<{ pid: number }>("select pid from pg_stat_activity where application_name = $1", [APP_NAME]);
    for (const { pid } of rows) {
      const now = cpuSeconds(pid);
      if (now === 0) continue; // gone since the query
      const known = seen.get(pid);
      if (known) known.last = now;
      else seen.set(pid, { first: now, last: now });
    }
  };
  return async () => {
    const seen = new Map<number, { first: number; last: number }>();
    await sample(seen);
    const server = cpuSeconds(serverPid);
    let sampling = Promise.resolve();
    const timer = setInterval(() => {
      sampling = sampling.then(() => sample(seen));
    }, 200);
    return async () => {
      clearInterval(timer);
      await sampling;
      await sample(seen);
      let db = 0;
      for (const { first, last } of seen.values()) db += last - first;
      return { server: cpuSeconds(serverPid) - server, db };
    };
  };
}

function start(script: string, env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    child.stdout?.on("data", (chunk: Buffer) => {
      const m = chunk.toString().match(/listening (\d+)|ready at https?:\/\/[^:\s]+:(\d+)/);
      if (m) resolve({ child, port: Number(m[1] ?? m[2]) });
    });
    child.on("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

interface Result {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU ms per request: the server process, and its PostgreSQL backends */
  cpuServer: number;
  cpuDb: number;
}
type Meter = () => Promise<() => Promise<{ server: number; db: number }>>;
const random = (n: number) => Math.floor(Math.random() * n);
const cookie = () => ({ cookie: `attune_session=${tokenFor(userId(random(COUPLES), random(2) as 0 | 1))}` });

async function load(name: string, port: number, makePath: () => string, meter: Meter): Promise<Result> {
  const requests: autocannon.Request[] = [{ setupRequest: (req) => ({ ...req, method: "GET" as const, path: makePath(), headers: cookie() }) }];
  if (WARMUP_SECONDS > 0) await autocannon({ url: `http://127.0.0.1:${port}`, connections: CONNECTIONS, duration: WARMUP_SECONDS, requests });
  const stop = await meter();
  const result = await autocannon({ url: `http://127.0.0.1:${port}`, connections: CONNECTIONS, duration: SECONDS, requests });
  const cpu = await stop();
  const done = Math.max(1, result.requests.total);
  const r = {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    cpuServer: (1000 * cpu.server) / done,
    cpuDb: (1000 * cpu.db) / done,
  };
  log(`${name}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}, CPU ms/req ${r.cpuServer.toFixed(2)} + ${r.cpuDb.toFixed(2)}`);
  return r;
}

async function main(): Promise<void> {
  const keep = process.env.KEEP_DIR;
  const engine = pgUrl ? "postgres" : "sqlite";
  const dataDir = keep ? path.resolve(keep) : mkdtempSync(path.join(tmpdir(), "attune-bench-"));
  if (keep) mkdirSync(dataDir, { recursive: true });
  // The year ends on the day it was loaded: reuse it on that day or the next (one day short of
  // the windows changes nothing the endpoints do), with the same size and engine.
  const markerOf = (ms: number) => `loaded-${engine}-${COUPLES}-${DAYS}-${new Date(ms).toISOString().slice(0, 10)}`;
  const marker = path.join(dataDir, markerOf(Date.now()));
  const reusable = existsSync(dataDir) && readdirSync(dataDir).some((f) => f === markerOf(Date.now()) || f === markerOf(Date.now() - DAY_MS));
  log(`engine ${engine}, ${COUPLES} couples, ${DAYS} days, ${CONNECTIONS} connections, ${SECONDS}s per run`);
  const serverUrl = pgUrl
    ? `${pgUrl}${pgUrl.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${SCHEMA}`)}&application_name=${APP_NAME}`
    : undefined;
  if (keep && reusable) {
    log(`reusing the data loaded in ${dataDir}`);
    const { db } = await openDatabase({ dataDir, databaseUrl: pgUrl, ...(pgUrl ? { pgSchema: SCHEMA } : {}) });
    await db.destroy(); // runs any migration added since the load
  } else {
    await loadData(dataDir, log);
    if (keep) writeFileSync(marker, "");
  }
  if (process.env.LOAD_ONLY) return;
  await measureAll(dataDir, serverUrl, engine, keep === undefined);
}

async function loadData(dataDir: string, log: (msg: string) => void): Promise<void> {
  const engine = pgUrl ? "postgres" : "sqlite";
  if (pgUrl) {
    const { db } = await openDatabase({ dataDir, databaseUrl: pgUrl, pgSchema: SCHEMA });
    await sql`drop schema ${sql.id(SCHEMA)} cascade`.execute(db);
    await db.destroy();
  }
  const { db } = await openDatabase({ dataDir, databaseUrl: pgUrl, ...(pgUrl ? { pgSchema: SCHEMA } : {}) });
  await loadPeople(db, COUPLES, await argon2Hasher.hash("bench password phrase"));
  // The year ends today, so the insights endpoints read full windows.
  const last = Math.floor((Date.now() - BASE) / DAY_MS);
  const t = Date.now();
  await (engine === "postgres" ? loadDaysPg : loadDays)(db, COUPLES, last - DAYS + 1, last + 1, log);
  log(`loaded a year in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  // Both partners said yes to "our insights", so /insights/us does its full work.
  await db
    .insertInto("insight_opt_ins")
    .columns(["couple_id", "user_id", "at"])
    .expression(sql`select m.couple_id, m.user_id, 0 from couple_members m`)
    .execute();
  if (engine === "postgres") await sql`vacuum analyze`.execute(db);
  await db.destroy();
}

async function measureAll(dataDir: string, serverUrl: string | undefined, engine: string, removeData: boolean): Promise<void> {
  const serverEnv: Record<string, string> = {
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    ...(serverUrl ? { DATABASE_URL: serverUrl } : {}),
  };
  const server = await start("apps/server/src/main.ts", serverEnv);
  const results: Result[] = [];
  const monitor = pgUrl ? new pg.Client({ connectionString: pgUrl }) : null;
  await monitor?.connect();
  const meter = cpuMeter(server.child.pid!, monitor);
  try {
    results.push(await load("timeline (page of 10)", server.port, () => "/api/timeline?limit=10", meter));
    results.push(await load("my insights, 4 weeks (with signs)", server.port, () => "/api/insights/me?weeks=4", meter));
    results.push(await load("my insights, 12 weeks (with signs)", server.port, () => "/api/insights/me?weeks=12", meter));
    results.push(await load("our insights, 12 weeks", server.port, () => "/api/insights/us?weeks=12", meter));
    results.push(await load("timeline again", server.port, () => "/api/timeline?limit=10", meter));
  } finally {
    await monitor?.end();
    server.child.kill("SIGTERM");
    if (removeData) rmSync(dataDir, { recursive: true, force: true });
  }
  const timeline = Math.max(results[0]!.p99, results.at(-1)!.p99);
  const timelineCpu = Math.min(results[0]!.cpuServer + results[0]!.cpuDb, results.at(-1)!.cpuServer + results.at(-1)!.cpuDb);
  console.log(
    `\n| ${engine}, ${COUPLES} couples × ${DAYS} days | req/s | p50 ms | p99 ms | errors | p99 vs timeline | CPU ms/req: server + database | CPU vs timeline |`,
  );
  console.log("|---|---|---|---|---|---|---|---|");
  for (const r of results)
    console.log(
      `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${(r.p99 / timeline).toFixed(2)} | ${r.cpuServer.toFixed(2)} + ${r.cpuDb.toFixed(2)} | ${((r.cpuServer + r.cpuDb) / timelineCpu).toFixed(2)} |`,
    );
  const worst = Math.max(...results.slice(1, -1).map((r) => r.p99));
  console.log(
    `\ninsights p99 / timeline p99 (worse of its two runs) = ${(worst / timeline).toFixed(2)} (budget ≤ 2): ${worst <= 2 * timeline ? "PASS" : "FAIL"}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
