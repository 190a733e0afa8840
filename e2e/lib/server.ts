import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AXE_SCRIPT_PATH, axeSource } from "./axe.ts";
import { fastTestHasher } from "../../apps/server/src/test/fast-hasher.ts";
import { scratchRoot } from "../../apps/server/src/test/scratch-root.ts";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const webDist = path.join(repoRoot, "apps/web/dist");
/** The server as `npm run build` compiles it (scripts/build-server.mjs): browser tests drive what ships. */
export const serverDist = path.join(repoRoot, "apps/server/dist/server.js");

/** What a test server serves for the helpers (startServer's test-only `testScripts`): pass it to a server a file starts itself. */
export const testScripts: Readonly<Record<string, string>> = { [AXE_SCRIPT_PATH]: axeSource };

type ServerModule = typeof import("../../apps/server/src/server.ts");

export interface TestServer {
  /** "http://127.0.0.1:PORT", no trailing slash. */
  url: string;
  engine: "sqlite" | "postgres";
  dataDir: string;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Use PostgreSQL at this URL instead of a fresh SQLite directory (default: SQLite). */
  databaseUrl?: string;
  logLevel?: string;
}

/**
 * The real Attune server as built (apps/server/dist, loaded by Node itself: vitest.config.ts
 * keeps it out of the test transform), in-process on a free port, serving the BUILT web app
 * from apps/web/dist, with a fresh temporary data directory (in memory when it can:
 * apps/server/src/test/scratch-root.ts) that `close()` deletes. Passwords are hashed with the
 * API suites' fast test hasher, not argon2id (19 MiB and tens of milliseconds of a core per
 * sign-up and log-in): argon2id has its own tests, and what a browser test checks does not
 * depend on how a password is stored.
 * Run `npm run build` first (`npm run test:e2e` does).
 *
 * @example
 *   const server = await startTestServer();
 *   await page.goto(`${server.url}/signup`);
 *   await server.close();
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  if (!existsSync(path.join(webDist, "index.html")) || !existsSync(serverDist)) {
    throw new Error(`The app is not built (${webDist}/index.html or ${serverDist} is missing). Run "npm run build" first.`);
  }
  const { startServer } = (await import(serverDist)) as ServerModule;
  const dataDir = await mkdtemp(path.join(scratchRoot, "attune-e2e-"));
  // 127.0.0.1 (not "localhost") so the browser and the server agree on one origin.
  const running = await startServer({
    port: 0,
    host: "127.0.0.1",
    dataDir,
    databaseUrl: options.databaseUrl,
    webDist,
    logLevel: options.logLevel ?? "warn",
    passwords: fastTestHasher,
    testScripts: { ...testScripts },
  });
  return {
    url: running.url,
    engine: running.engine,
    dataDir,
    async close() {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
