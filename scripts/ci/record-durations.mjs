// Writes scripts/ci/test-durations.json (seconds each file ran) from a vitest JSON
// report, for the sequencer in vitest.config.ts to start the longest files first on a
// clean clone.
//   node scripts/ci/record-durations.mjs test-output/vitest.json
//     the whole table from a full run (after CI).
//   node scripts/ci/record-durations.mjs test-output/changed.json --merge --reference=apps/server/src/routes/checkins.test.ts
//     only the files in the report change; the others keep their figures. A run of a few files
//     on a busy machine is slower than the run the table came from: include one file you did
//     not change as --reference, and every new figure is scaled by its old/new ratio.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const report = args.find((a) => !a.startsWith("--"));
const merge = args.includes("--merge");
const reference = args.find((a) => a.startsWith("--reference="))?.slice("--reference=".length);
if (!report || (reference && !merge)) {
  throw new Error("usage: node scripts/ci/record-durations.mjs <vitest.json> [--merge [--reference=<unchanged test file>]]");
}
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const table = path.join(root, "scripts/ci/test-durations.json");
const { testResults } = JSON.parse(readFileSync(report, "utf8"));
/** @type {Record<string, number>} */
const measured = {};
for (const file of testResults) {
  // The time the file held its worker (hooks included), not the sum of its tests: tests that
  // run concurrently (the authorization matrix) overlap, and their sum is several times longer.
  const total =
    typeof file.startTime === "number" && typeof file.endTime === "number"
      ? file.endTime - file.startTime
      : file.assertionResults.reduce((sum, test) => sum + (test.duration ?? 0), 0);
  // Paths relative to the clone the report came from: everything after the repository's own folders.
  const relative = file.name.replace(/^.*?\/((?:apps|packages|e2e|scripts)\/)/, "$1");
  measured[relative] = total / 1000;
}
/** @type {Record<string, number>} */
const old = merge ? JSON.parse(readFileSync(table, "utf8")) : {};
let scale = 1;
if (reference) {
  const before = old[reference];
  const now = measured[reference];
  if (!before || !now) throw new Error(`--reference=${reference} must be in both the table and the report`);
  scale = before / now;
  delete measured[reference];
}
const seconds = { ...old };
for (const [file, s] of Object.entries(measured)) seconds[file] = Math.round(s * scale * 10) / 10;
const sorted = Object.fromEntries(Object.entries(seconds).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(table, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(
  `${Object.keys(measured).length} files recorded${reference ? ` (scaled by ${scale.toFixed(2)}, from ${reference})` : ""}; ${Object.keys(sorted).length} in the table`,
);
