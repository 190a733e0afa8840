import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { startChildServer } from "./reliability/child-server.ts";
import { SQLITE_FILE } from "./storage/sqlite.ts";

describe("a production start", () => {
  it("runs the compiled server with plain Node (no TypeScript loader), serves the API and the app, and stores argon2id hashes", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "attune-prod-"));
    const server = await startChildServer({ DATA_DIR: dataDir, NODE_ENV: "production" }, 30_000, { compiledOnly: true });
    try {
      expect(await (await fetch(`${server.url}/api/health`)).json()).toMatchObject({ status: "ok", db: "sqlite" });
      expect(await (await fetch(`${server.url}/`)).text()).toMatch(/<!doctype html>/i);
      expect((await fetch(`${server.url}/api/help?country=IE`)).status).toBe(200);
      const signUp = await fetch(`${server.url}/api/auth/signup`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-attune-csrf": "1", origin: server.url },
        body: JSON.stringify({ email: "ada@example.test", displayName: "Ada", password: "a calm river at dusk" }),
      });
      expect(signUp.status).toBe(201);
    } finally {
      await server.stop();
    }
    try {
      // Browser tests hand startServer a fast test hasher; a production start must never have one.
      const db = new Database(path.join(dataDir, SQLITE_FILE), { readonly: true });
      const stored = db.prepare("select password_hash from users").all() as { password_hash: string }[];
      db.close();
      expect(stored.map((row) => row.password_hash.slice(0, 10))).toEqual(["$argon2id$"]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);
});
