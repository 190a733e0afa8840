import { defineConfig } from "vitest/config";
import { DurationSequencer } from "./scripts/ci/duration-sequencer.ts";

// The in-process tests (unit, storage, API). Browser flows run on Playwright Test
// (playwright.config.ts); `npm test` runs both. CI sets DATABASE_URL so the storage and API
// suites also run against PostgreSQL.
const reports = process.env.ATTUNE_TEST_REPORTS;

export default defineConfig({
  test: {
    // In CI (.ci/run sets ATTUNE_TEST_REPORTS), a JSON report beside Playwright's for the closing line.
    ...(reports ? { reporters: ["default", "json"], outputFile: { json: `${reports}/vitest.json` } } : {}),
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
    ],
  },
});
