/**
 * Server CPU per request for a few routes of one running server: where a request's cost
 * sits between the framework (health: no session, no data), the session (me) and the work
 * (timeline). Reads CPU from /proc, so outside load does not count.
 *
 *   DATA_DIR=/tmp/db node --import tsx bench/route-cost.ts     # data loaded by bench/lib/seed-only.ts
 *   SERVER=/other/apps/server/dist/main.js REQUESTS=5000 ROUTES=health,timeline …
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { loopRequests, type BenchRequest } from "./lib/loop-requests.ts";
import { tokenFor, userId } from "./lib/loop-data.ts";
import { cpuMicros, start } from "./lib/server-process.ts";

const COUPLES = Number(process.env.COUPLES ?? 2000);
const REQUESTS = Number(process.env.REQUESTS ?? 5000);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 16);
const SERVER = process.env.SERVER ?? "apps/server/dist/main.js";
const source = process.env.DATA_DIR;
if (!source) throw new Error("DATA_DIR: a data folder loaded by bench/lib/seed-only.ts");

const requests = loopRequests(COUPLES);
const person = () => ({ cookie: `attune_session=${tokenFor(userId(Math.floor(Math.random() * COUPLES), Math.random() < 0.5 ? 0 : 1))}` });
const routes: Record<string, () => BenchRequest> = {
  health: () => ({ method: "GET", path: "/api/health", headers: {} }),
  me: () => ({ method: "GET", path: "/api/me", headers: person() }),
  timeline: requests.timeline,
};
const chosen = (process.env.ROUTES ?? Object.keys(routes).join(",")).split(",");

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "attune-route-cost-"));
  cpSync(source as string, dataDir, { recursive: true });
  const server = await start(SERVER, { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn" });
  try {
    const url = `http://127.0.0.1:${server.port}`;
    for (let round = 0; round < 2; round++) {
      for (const name of chosen) {
        const make = routes[name];
        if (!make) throw new Error(`unknown route ${name}`);
        const setup = [{ setupRequest: (req: object) => ({ ...req, ...make() }) }];
        const cpu0 = cpuMicros(server.child.pid ?? 0);
        const r = await autocannon({ url, connections: CONNECTIONS, amount: REQUESTS, requests: setup });
        const cpu = (cpuMicros(server.child.pid ?? 0) - cpu0) / r.requests.total;
        if (round > 0)
          console.log(
            `${name}: ${cpu.toFixed(0)} µs CPU/req, ${(r.requests.total / r.duration).toFixed(0)} req/s, p99 ${r.latency.p99} ms, errors ${r.errors + r.timeouts + r.non2xx}, load ${loadavg()[0]?.toFixed(1)}`,
          );
      }
    }
  } finally {
    server.child.kill("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
