// The tests `npm test` runs after its checks: the in-process suites (vitest), then the browser
// flows (Playwright Test, on the build the checks just made). The browser part runs even when
// the first failed (one run shows everything that is wrong; it costs a few minutes, not a
// rebuild), and any failure fails the whole. CI asks both for JSON reports through
// ATTUNE_TEST_REPORTS (see vitest.config.ts and playwright.config.ts), not through flags.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const bin = (name) => path.join(root, "node_modules/.bin", name);
const parts = [
  ["unit and API tests (vitest)", bin("vitest"), ["run"]],
  ["browser tests (Playwright Test)", bin("playwright"), ["test"]],
];

const failed = [];
for (const [name, command, args] of parts) {
  console.log(`\n== ${name}`);
  const { status, error } = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (error) console.error(`${name}: could not start (${error.message})`);
  if (status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.join("; ")}`);
  process.exit(1);
}
