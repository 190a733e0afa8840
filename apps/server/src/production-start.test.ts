import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const compiled = path.join(repoRoot, "apps/server/dist/main.js");

describe("a production start", () => {
  it("runs the compiled server with plain Node (no TypeScript loader) and serves the API and the app", async () => {
    if (!existsSync(compiled)) throw new Error(`The server is not built (${compiled} is missing). Run "npm run build" first.`);
    const dataDir = mkdtempSync(path.join(tmpdir(), "attune-prod-"));
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn" };
    delete env.DATABASE_URL;
    delete env.NODE_OPTIONS;
    const server = spawn(process.execPath, [compiled], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        server.stdout.on("data", (c: Buffer) => {
          out += String(c);
          const m = /ready at (http:\/\/\S+)/.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        server.stderr.on("data", (c: Buffer) => (out += String(c)));
        server.on("exit", (code) => reject(new Error(`compiled server exited (${String(code)}): ${out}`)));
      });
      expect(await (await fetch(`${url}/api/health`)).json()).toMatchObject({ status: "ok", db: "sqlite" });
      expect(await (await fetch(`${url}/`)).text()).toMatch(/<!doctype html>/i);
      expect((await fetch(`${url}/api/help?country=IE`)).status).toBe(200);
    } finally {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);
});
