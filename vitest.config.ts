import { defineConfig } from "vitest/config";
import { DurationSequencer } from "./scripts/ci/duration-sequencer.ts";

// Two projects: fast in-process tests, and browser flows that drive the built app in
// Debian's Chromium. `npm test` runs both; CI sets DATABASE_URL so the storage and API
// suites also run against PostgreSQL.
export default defineConfig({
  test: {
    // Longest files first (from scripts/ci/test-durations.json): a clean clone has no cache.
    sequence: { sequencer: DurationSequencer },
    projects: [
      {
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          environment: "node",
          include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "apps/*/src/**/*.test.ts", "scripts/**/*.test.ts"],
          testTimeout: 20_000,
          hookTimeout: 30_000,
          // Two at a time: left alone, vitest runs one file per core minus one, which is one on
          // CI's two cores, while most of these tests wait on PostgreSQL or the disk.
          maxWorkers: 2,
          // A worker keeps the modules it loaded from one file to the next (importing the server
          // and its dependencies was a third of this project's time). Each test still opens its
          // own database; no file mocks a module, and the one that sets an env var restores it.
          isolate: false,
        },
      },
      {
        test: {
          name: "e2e",
          environment: "node",
          include: ["e2e/**/*.e2e.test.ts"],
          // The built server (e2e/lib/server.ts) is plain JavaScript: Node loads it as it
          // ships, instead of the test transform reading a 1 MB bundle in every file.
          server: { deps: { external: [/apps\/server\/dist\//] } },
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // Each file has its own server (free port, fresh data) and browser contexts: three run
          // at a time, after the in-process tests (a project with its own worker count needs its
          // own group). A browser file keeps about half a core busy (CI's daily-loop: ~27 s of CPU
          // over ~50 s; the rest is waiting for a page, a poll, the live stream), so two left
          // CI's two cores idle about half the time.
          maxWorkers: 3,
          // Files share a worker's loaded modules (playwright, the built server): each still
          // starts its own server and browser contexts, and none mocks or patches a module.
          isolate: false,
          sequence: { groupOrder: 1 },
          // One Chromium per worker for the whole run; each file connects to its worker's.
          globalSetup: ["e2e/lib/browser-servers.ts"],
        },
      },
    ],
  },
});
