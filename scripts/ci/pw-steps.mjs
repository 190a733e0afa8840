#!/usr/bin/env node
// Where a browser file's time goes, from Playwright's own call log:
//   DEBUG=pw:api npx playwright test e2e/x.e2e.test.ts > /tmp/x.log 2>&1; node scripts/ci/pw-steps.mjs /tmp/x.log
// Pairs each "=> call started" with its "<= call succeeded/failed" and sums the time per call
// (page.goto, locator.waitFor, page.evaluate, page.screenshot…), the time when no call was
// running (the test's own code, and expect.poll's pauses between tries), and the whole span.
import { readFileSync } from "node:fs";

const file = process.argv[2];
if (!file) {
  console.error("usage: node scripts/ci/pw-steps.mjs <log of DEBUG=pw:api>");
  process.exit(2);
}
const line = /^(\S+Z) pw:api (=>|<=) (\S+) (started|succeeded|failed)/;
const open = new Map(); // call name → start times (first in, first out)
const totals = new Map(); // call name → { n, ms }
let running = 0;
let idleSince;
let idleMs = 0;
let first;
let last;
for (const text of readFileSync(file, "utf8").split("\n")) {
  const m = line.exec(text);
  if (!m) continue;
  const [, iso, dir, name] = m;
  const at = Date.parse(iso);
  first ??= at;
  last = at;
  if (dir === "=>") {
    if (running === 0 && idleSince !== undefined) idleMs += at - idleSince;
    running++;
    open.set(name, [...(open.get(name) ?? []), at]);
  } else {
    const starts = open.get(name) ?? [];
    const start = starts.shift();
    if (start === undefined) continue;
    running = Math.max(0, running - 1);
    if (running === 0) idleSince = at;
    const t = totals.get(name) ?? { n: 0, ms: 0 };
    t.n++;
    t.ms += at - start;
    totals.set(name, t);
  }
}
const rows = [...totals.entries()].sort((a, b) => b[1].ms - a[1].ms);
for (const [name, t] of rows) console.log(`${(t.ms / 1000).toFixed(1).padStart(7)} s ${String(t.n).padStart(5)}×  ${name}`);
console.log(`${(idleMs / 1000).toFixed(1).padStart(7)} s         no call running (test code, poll pauses, set-up between calls)`);
console.log(`${(((last ?? 0) - (first ?? 0)) / 1000).toFixed(1).padStart(7)} s         from the first call to the last`);
