import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

export interface ChildServer {
  url: string;
  process: ChildProcess;
  /** Everything the process printed so far (stdout and stderr), for the log scan. */
  output: () => string;
  /** SIGKILL: no handler runs, nothing is flushed; resolves once the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM and wait for a clean exit. */
  stop(): Promise<void>;
}

/** The compiled server `npm start` runs (built by `npm test`); from source when not built. */
const compiled = path.join(repoRoot, "apps/server/dist/main.js");
const serverArgs = () => (existsSync(compiled) ? [compiled] : ["--import", "tsx", "apps/server/src/main.ts"]);

/**
 * `npm start` without the build: the real server as its own process, on a free port,
 * exactly as an operator runs it, so SIGKILL hits what production would. The compiled
 * server starts in a fraction of the time the TypeScript loader takes, which is most of
 * this probe's cost in CI.
 */
export async function startChildServer(
  env: { DATA_DIR: string; DATABASE_URL?: string | undefined; NODE_ENV?: string },
  timeoutMs = 30_000,
  options: { compiledOnly?: boolean } = {},
): Promise<ChildServer> {
  if (options.compiledOnly && !existsSync(compiled)) throw new Error(`The server is not built (${compiled} is missing). Run "npm run build" first.`);
  const child = spawn(process.execPath, serverArgs(), {
    cwd: repoRoot,
    env: { ...process.env, ...env, DATABASE_URL: env.DATABASE_URL ?? "", PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // A server that never said it was ready is killed, not left running after the test.
      child.kill("SIGKILL");
      reject(new Error(`server did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const look = () => {
      const m = /ready at (http:\/\/\S+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on("data", look);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${output}`));
    });
  });
  return {
    url,
    process: child,
    output: () => output,
    async kill9() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
