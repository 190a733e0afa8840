import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { repoRoot } from "./server.ts";

/** test-output/ is git-ignored. */
export const screenshotDir = path.join(repoRoot, "test-output/screenshots");

/**
 * Saves a full-page PNG to test-output/screenshots/<name>.png and returns its path.
 * Use kebab-case names with a feature prefix ("foundation-home", "loop-check-in").
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`screenshot name must be kebab-case: ${name}`);
  await mkdir(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
  return file;
}
