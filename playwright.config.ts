import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./e2e/lib/browser.ts";

// Browser tests: the built app (`npm run build` first) in Debian's Chromium, driven by
// Playwright Test. Each file starts its own server (free port, fresh data); each test makes its
// own people (browser contexts) on the worker's one Chromium (e2e/lib/fixtures.ts).
const reports = process.env.ATTUNE_TEST_REPORTS;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.e2e.test.ts",
  outputDir: "test-output/playwright",
  // The built server (e2e/lib/server.ts) is plain JavaScript: Node loads it as it ships,
  // instead of the test transform reading a 1 MB bundle.
  build: { external: ["**/apps/server/dist/**"] },
  // Three files at a time: a browser file keeps about half a core busy (CI's daily-loop: ~27 s
  // of CPU over ~50 s; the rest is waiting for a page, a poll, the live stream), so two left
  // CI's two cores idle about half the time. Tests within a file run in order, one at a time.
  workers: 3,
  fullyParallel: false,
  // A failing test runs once more, with a trace (below); a test that then passes is flaky, and a
  // flaky test must stay visible: it fails the run all the same.
  retries: 1,
  failOnFlakyTests: true,
  forbidOnly: Boolean(process.env.CI),
  timeout: 90_000,
  // Web-first assertions retry until this long; newPerson's actions wait as long.
  expect: { timeout: 10_000 },
  // In CI (.ci/run sets ATTUNE_TEST_REPORTS), a JSON report beside vitest's for the closing line.
  reporter: reports ? [["list"], ["json", { outputFile: `${reports}/playwright.json` }]] : [["list"]],
  use: {
    browserName: "chromium",
    headless: true,
    launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
    // A failing test's retry leaves test-output/playwright/<test>-retry1/trace.zip: every context
    // it used, action by action, with the DOM before and after each, network and console
    // (`npx playwright show-trace <zip>`). Recorded on the retry only: a trace of every test
    // (dropped when it passed) cost ~18% more CPU, ~100 s of CI, for the rare failure. The
    // screencast (a screenshot per frame) stays off: it nearly doubled that cost.
    trace: { mode: "on-first-retry", screenshots: false, snapshots: true, sources: true },
  },
});
