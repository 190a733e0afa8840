import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./browser.ts";

/** A person in a real browser profile: its context and first page. */
export interface ProfileDevice {
  context: BrowserContext;
  page: Page;
}

/**
 * Runs `use` with a real Chromium profile of its own (a temporary folder) pointed at `baseURL`,
 * then closes it and deletes the folder. What push subscriptions and installability need: an
 * incognito context has neither. The service worker is allowed, as in the app.
 */
export async function withProfile(baseURL: string, options: BrowserContextOptions, use: (device: ProfileDevice) => Promise<void>): Promise<void> {
  const profile = await mkdtemp(path.join(tmpdir(), "attune-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs],
    baseURL,
    locale: "en-GB",
    reducedMotion: "reduce",
    ...options,
  });
  try {
    context.setDefaultTimeout(10_000);
    await use({ context, page: context.pages()[0] ?? (await context.newPage()) });
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** Waits until the app's service worker controls the page (it installs on the first visit and claims it at once). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
}
