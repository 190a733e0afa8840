import { describe, expect, it } from "vitest";
import { coachBrowserBundle } from "./bundle.ts";

/**
 * Ceiling for the whole coach in the browser (engine, lexicons, emotion weights),
 * minified and gzipped. 120 KiB is ~0.6 s on a slow 3G phone connection, once, and the
 * composer loads it in its own chunk after the page is up; it leaves room to grow the
 * lexicons while catching an accidental dependency or an unpruned weights file.
 */
const COACH_GZIP_CEILING = 120 * 1024;

describe("coach browser bundle", () => {
  it(`stays under ${COACH_GZIP_CEILING / 1024} KiB gzip and has no Node-only imports`, async () => {
    const bundle = await coachBrowserBundle();
    console.log(`coach bundle: ${(bundle.bytes / 1024).toFixed(1)} KiB minified, ${(bundle.gzipBytes / 1024).toFixed(1)} KiB gzip`);
    expect(bundle.gzipBytes).toBeLessThan(COACH_GZIP_CEILING);
    // platform "browser" would fail the build on node: imports; check the text too.
    expect(bundle.code).not.toMatch(/require\(["']node:|from ["']node:/);
  });
});
