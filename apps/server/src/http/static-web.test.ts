import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../test/api.ts";

describe("serving the web app", () => {
  const dist = mkdtempSync(path.join(tmpdir(), "attune-dist-"));
  let t: TestApp;
  beforeAll(async () => {
    writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>Attune</title>");
    mkdirSync(path.join(dist, "assets"));
    writeFileSync(path.join(dist, "assets", "app.js"), "console.log(1)");
    t = await testApp("sqlite", { webDist: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("answers any screen path with the app, whatever the Accept header (curl / gets it too)", async () => {
    for (const [url, accept] of [
      ["/", undefined],
      ["/", "*/*"],
      ["/invite/ABCD2345", "application/json"],
      ["/help", "text/html"],
    ] as const) {
      const res = await t.app.inject({ method: "GET", url, headers: accept ? { accept } : {} });
      expect(res.statusCode, `${url} ${accept ?? ""}`).toBe(200);
      expect(res.headers["content-type"]).toMatch(/text\/html/);
    }
  });

  it("answers a missing file or API path with a JSON 404, not the app", async () => {
    for (const url of ["/assets/missing.js", "/favicon.ico", "/api/nope"]) {
      const res = await t.app.inject({ method: "GET", url, headers: { accept: "text/html" } });
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: "not_found" } });
    }
    expect((await t.app.inject({ method: "GET", url: "/assets/app.js" })).statusCode).toBe(200);
  });

  it("serves the API docs without asking the browser to upgrade to https (they stay readable over a LAN address)", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/docs/" });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers["content-security-policy"])).not.toContain("upgrade-insecure-requests");
  });
});
