import { describe, expect, it } from "vitest";
import { coachBrowserBundle } from "./bundle.ts";

/**
 * Ceiling for the whole coach in the browser (engine, lexicons, emotion weights and the
 * learned reply and share models — everything the first analysis needs; nothing is
 * loaded lazily), minified and gzipped. Issue 12 set 200 KiB: ~1 s on a slow 3G phone
 * connection, once, in the composer's own chunk after the page is up. It catches an
 * accidental dependency or an unpruned weights file (the trainer caps the features).
 */
const COACH_GZIP_CEILING = 200 * 1024;

describe("coach browser bundle", () => {
  it(`stays under ${COACH_GZIP_CEILING / 1024} KiB gzip and has no Node-only imports`, async () => {
    const bundle = await coachBrowserBundle();
    console.log(`coach bundle: ${(bundle.bytes / 1024).toFixed(1)} KiB minified, ${(bundle.gzipBytes / 1024).toFixed(1)} KiB gzip`);
    expect(bundle.gzipBytes).toBeLessThan(COACH_GZIP_CEILING);
    // platform "browser" would fail the build on node: imports; check the text too.
    expect(bundle.code).not.toMatch(/require\(["']node:|from ["']node:/);
  });
});
