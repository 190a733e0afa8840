import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
/** axe-core's browser bundle: the test server serves it (server.ts), or it goes into the page directly. */
export const axeSource: string = (require("axe-core") as { source: string }).source;
/** Where the test servers serve axeSource (their test-only `testScripts`). */
export const AXE_SCRIPT_PATH = "/__test/axe.min.js";

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

export interface AxeOptions {
  /** CSS selectors to leave out (e.g. a third-party widget). */
  exclude?: string[];
  /** Impacts that fail the check; default serious and critical. */
  failOn?: string[];
}

/** Runs axe-core (WCAG 2.x A/AA rules and best practices) on the page as it is now. */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  // The app's CSP (rightly) refuses inline <script>s, and we test the page under its real CSP
  // rather than bypass it: a same-origin script the test server serves (startTestServer's
  // testScripts) passes it, and the context caches and compiles it once; sending the source
  // through the DevTools protocol instead cost ~0.6 s a page here. A page that cannot fetch it
  // (pwa.e2e checks the offline shell) still gets it that way.
  if (!loaded) {
    const served = await page
      .addScriptTag({ url: AXE_SCRIPT_PATH })
      .then(() => true)
      .catch(() => false);
    if (!served) await page.evaluate(axeSource);
  }
  return page.evaluate(async (exclude) => {
    type AxeResult = { violations: AxeViolation[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const context = exclude.length > 0 ? { exclude: exclude.map((s) => [s]) } : document;
    const result = await axe.run(context, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), ...(n.failureSummary ? { failureSummary: n.failureSummary } : {}) })),
    }));
  }, options.exclude ?? []);
}

/**
 * Fails (throws) when axe finds serious or critical violations on the page, printing
 * each one with the elements it found. Lesser findings are printed but do not fail.
 *
 * @example await expectAccessible(page, "sign-up");
 */
export async function expectAccessible(page: Page, label: string, options: AxeOptions = {}): Promise<void> {
  const failOn = options.failOn ?? ["serious", "critical"];
  const violations = await axeViolations(page, options);
  const where = (n: AxeViolation["nodes"][number]) =>
    `      at ${n.target.join(" ")}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\n/g, "\n        ")}` : ""}`;
  const format = (v: AxeViolation) => [`  [${v.impact ?? "?"}] ${v.id}: ${v.help} (${v.helpUrl})`, ...v.nodes.map(where)].join("\n");
  const failing = violations.filter((v) => v.impact !== null && failOn.includes(v.impact));
  const minor = violations.filter((v) => !failing.includes(v));
  if (minor.length > 0) console.warn(`axe (${label}): ${minor.length} minor finding(s)\n${minor.map(format).join("\n")}`);
  if (failing.length > 0) throw new Error(`axe (${label}): ${failing.length} serious/critical violation(s)\n${failing.map(format).join("\n")}`);
}
