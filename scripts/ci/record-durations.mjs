// Writes scripts/ci/test-durations.json (seconds of test time per file) from a vitest JSON
// report, for the sequencer in vitest.config.ts to start the longest files first on a
// clean clone. Usage: node scripts/ci/record-durations.mjs test-output/vitest.json
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const [report] = process.argv.slice(2);
if (!report) throw new Error("usage: node scripts/ci/record-durations.mjs test-output/vitest.json");
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const { testResults } = JSON.parse(readFileSync(report, "utf8"));
const seconds = {};
for (const file of testResults) {
  const total = file.assertionResults.reduce((sum, test) => sum + (test.duration ?? 0), 0);
  // Paths relative to the clone the report came from: everything after the repository's own folders.
  const relative = file.name.replace(/^.*?\/((?:apps|packages|e2e|scripts)\/)/, "$1");
  seconds[relative] = Math.round(total / 100) / 10;
}
const sorted = Object.fromEntries(Object.entries(seconds).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(path.join(root, "scripts/ci/test-durations.json"), `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`${Object.keys(sorted).length} files`);
