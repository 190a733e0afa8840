// The checks `npm test` runs before vitest, side by side instead of one after another:
// `node scripts/ci/checks.mjs typecheck lint build`. The commands are the package.json
// scripts of those names (one source of truth), split at "&&": each step of a script is
// independent of the others (five tsc projects, Biome's lint and format check, the web
// build and the server build). Every step runs even when one fails, so one run shows all
// that is wrong; any failure fails the whole with its output under its name.
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runSideBySide } from "./side-by-side.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const scripts = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts;

// CPU seconds each step took on a quiet run (docs/testing.md): the longest start first, so
// the last to finish is a short one. Steps not listed start first.
const CPU_SECONDS = [
  [/^tsc -p tsconfig\.json/, 27],
  [/^tsc -p apps\/server/, 18],
  [/^tsc -p apps\/web/, 18],
  [/^tsc -p packages\/shared/, 6],
  [/^vite build/, 5],
  [/^tsc -p packages\/coach/, 3],
  [/^node scripts\/build-server/, 2],
  [/^biome /, 1],
];
const weight = (/** @type {string} */ step) => CPU_SECONDS.find(([re]) => re.test(step))?.[1] ?? Number.POSITIVE_INFINITY;

const groups = process.argv.slice(2);
if (groups.length === 0 || groups.some((g) => typeof scripts[g] !== "string")) {
  console.error(`usage: node scripts/ci/checks.mjs <script>... (package.json scripts, e.g. typecheck lint build); got: ${groups.join(" ") || "nothing"}`);
  process.exit(2);
}
const steps = groups.flatMap((g) => scripts[g].split("&&").map((s) => s.trim()));
steps.sort((a, b) => weight(b) - weight(a));

// As npm runs scripts: the project's binaries first on PATH.
process.env.PATH = `${path.join(root, "node_modules/.bin")}${path.delimiter}${process.env.PATH}`;
const concurrency = Number(process.env.ATTUNE_CHECKS_CONCURRENCY) || availableParallelism();
const started = performance.now();
console.log(`checks before the tests (${groups.join(", ")}): ${steps.length} steps, ${concurrency} at a time`);

const outcomes = await runSideBySide(
  steps.map((step) => ({ name: step, command: "sh", args: ["-c", step] })),
  {
    concurrency,
    cwd: root,
    onDone(o) {
      if (o.code === 0) {
        console.log(`  ok   ${o.seconds.toFixed(1).padStart(5)} s  ${o.name}`);
      } else {
        console.log(`  FAIL ${o.seconds.toFixed(1).padStart(5)} s  ${o.name} (exit ${o.code}):`);
        console.log(o.output.trimEnd().replace(/^/gm, "       | "));
      }
    },
  },
);
const failed = outcomes.filter((o) => o.code !== 0);
const wall = ((performance.now() - started) / 1000).toFixed(1);
if (failed.length > 0) {
  console.error(`\n${failed.length} of ${steps.length} checks failed, so the tests did not run (${wall} s):`);
  for (const o of failed) console.error(`  - ${o.name}`);
  process.exit(1);
}
console.log(`all ${steps.length} checks passed in ${wall} s`);
