// Prints the closing line CI reads: "N passed, N failed". When the tests never ran
// (type errors, failed build), that counts as one failure so the run cannot look green.
import { existsSync, readFileSync } from "node:fs";

const [file, statusArg] = process.argv.slice(2);
const status = Number(statusArg ?? 1);
if (!file || !existsSync(file)) {
  console.log(`0 passed, ${status === 0 ? 0 : 1} failed`);
  process.exit(0);
}
const report = JSON.parse(readFileSync(file, "utf8"));
const passed = report.numPassedTests ?? 0;
let failed = report.numFailedTests ?? 0;
// A failing suite (e.g. an import error) has no failing test of its own.
if (failed === 0 && status !== 0) failed = Math.max(1, report.numFailedTestSuites ?? 0);
console.log(`${passed} passed, ${failed} failed`);
