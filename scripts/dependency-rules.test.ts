import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

/**
 * The dependency rules live in .dependency-cruiser.cjs (no cycles, routes never import
 * storage, the web never imports the server, the coach imports nothing from the project,
 * the shared rules import no app, the domain knows no HTTP or SQL). This runs the cruiser
 * over the tree and fails on any violation, printing what broke which rule.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
  cycle?: { name: string }[];
}
interface CruiseOutput {
  summary: { violations: Violation[]; totalCruised: number; ruleSetUsed: { forbidden: { name: string }[] } };
}

async function cruise(): Promise<CruiseOutput> {
  const bin = path.join(root, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [bin, "--config", ".dependency-cruiser.cjs", "--output-type", "json", "apps", "packages", "e2e", "bench", "scripts"],
    { cwd: root, maxBuffer: 256 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as CruiseOutput;
}

const describeViolation = (v: Violation) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle: ${v.cycle.map((c) => c.name).join(" → ")})` : ""}`;

describe("dependency rules", () => {
  it("the tree breaks none of them", { timeout: 120_000 }, async () => {
    const { summary } = await cruise();
    // Guards against a silently empty run: the rules were loaded and the tree was read.
    expect(summary.ruleSetUsed.forbidden.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        "no-circular",
        "routes-call-the-domain",
        "web-never-imports-server",
        "coach-imports-nothing-from-the-project",
        "shared-imports-no-app",
      ]),
    );
    expect(summary.totalCruised).toBeGreaterThan(300);
    expect(summary.violations.map(describeViolation)).toEqual([]);
  });

  // An import rule cannot see `deps.store.x(...)`: routes reach the store through the
  // domain deps they are handed, so this one is read from the source.
  it("routes call domain functions, not the store they pass along", () => {
    const dir = path.join(root, "apps/server/src/routes");
    const offenders = readdirSync(dir)
      .filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f))
      .filter((f) => /\bdeps\.store\b|\bctx\.deps\.store\b/.test(readFileSync(path.join(dir, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
