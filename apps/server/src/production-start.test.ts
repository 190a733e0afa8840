import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startChildServer } from "./reliability/child-server.ts";

describe("a production start", () => {
  it("runs the compiled server with plain Node (no TypeScript loader) and serves the API and the app", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "attune-prod-"));
    const server = await startChildServer({ DATA_DIR: dataDir, NODE_ENV: "production" }, 30_000, { compiledOnly: true });
    try {
      expect(await (await fetch(`${server.url}/api/health`)).json()).toMatchObject({ status: "ok", db: "sqlite" });
      expect(await (await fetch(`${server.url}/`)).text()).toMatch(/<!doctype html>/i);
      expect((await fetch(`${server.url}/api/help?country=IE`)).status).toBe(200);
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);
});
