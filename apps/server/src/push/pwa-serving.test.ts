import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../test/api.ts";

describe("serving the installable app", () => {
  const dist = mkdtempSync(path.join(tmpdir(), "attune-pwa-dist-"));
  let t: TestApp;
  beforeAll(async () => {
    writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>Attune</title>");
    writeFileSync(path.join(dist, "sw.js"), "self.addEventListener('push', () => {});");
    writeFileSync(path.join(dist, "manifest.webmanifest"), JSON.stringify({ name: "Attune" }));
    mkdirSync(path.join(dist, "icons"));
    writeFileSync(path.join(dist, "icons", "icon-192.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    t = await testApp("sqlite", { webDist: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("serves the service worker and the manifest uncached, with their own types", async () => {
    const sw = await t.app.inject({ method: "GET", url: "/sw.js" });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers["content-type"]).toMatch(/javascript/);
    expect(sw.headers["cache-control"]).toBe("no-cache");
    const manifest = await t.app.inject({ method: "GET", url: "/manifest.webmanifest" });
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers["content-type"]).toMatch(/^application\/manifest\+json/);
    expect(manifest.headers["cache-control"]).toBe("no-cache");
    expect((await t.app.inject({ method: "GET", url: "/icons/icon-192.png" })).headers["content-type"]).toBe("image/png");
  });

  it("lets the page load its own worker and manifest under the CSP, and nothing from elsewhere", async () => {
    const csp = String((await t.app.inject({ method: "GET", url: "/" })).headers["content-security-policy"]);
    // worker-src and manifest-src fall back to default-src, which is the app's own origin only.
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/worker-src|manifest-src/);
  });
});
