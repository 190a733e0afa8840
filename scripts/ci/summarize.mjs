// Prints the closing line CI reads: "N passed, N failed", over both reports of `npm test`:
//   node scripts/ci/summarize.mjs <status> test-output/vitest.json test-output/playwright.json
// vitest's JSON (numPassedTests, numFailedTests) and Playwright's (stats.expected, unexpected,
// flaky) are told apart by their shape. When the tests never ran (type errors, a failed
// build) or a part failed without a failing test of its own (an import error, a crashed
// worker), that counts as one failure, so the run cannot look green.
import { existsSync, readFileSync } from "node:fs";

const [statusArg, ...files] = process.argv.slice(2);
const status = Number(statusArg ?? 1);

/** @param {any} report @returns {{ passed: number, failed: number }} */
function counts(report) {
  if (report && typeof report.stats === "object" && "expected" in report.stats) {
    // Playwright: a test that passed only on its retry (flaky) fails the run (failOnFlakyTests
    // in playwright.config.ts), so it counts as failed here too.
    const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
    const errors = Array.isArray(report.errors) ? report.errors.length : 0;
    return { passed: expected, failed: unexpected + flaky + (unexpected + flaky === 0 && errors > 0 ? 1 : 0) };
  }
  const failed = report.numFailedTests ?? 0;
  // A failing file (e.g. an import error) has no failing test of its own.
  return { passed: report.numPassedTests ?? 0, failed: failed === 0 ? (report.numFailedTestSuites ?? 0) : failed };
}

let passed = 0;
let failed = 0;
for (const file of files) {
  if (!existsSync(file)) continue;
  const c = counts(JSON.parse(readFileSync(file, "utf8")));
  passed += c.passed;
  failed += c.failed;
}
if (failed === 0 && status !== 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
