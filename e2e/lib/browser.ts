import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from "playwright-core";

/** Debian's Chromium; override with ATTUNE_CHROMIUM=/path/to/chrome. */
export const chromiumPath = process.env.ATTUNE_CHROMIUM ?? "/usr/bin/chromium";

// No sandbox (containers and CI run as root), no GPU, and nothing that phones home or
// updates itself in the middle of a test run. playwright.config.ts launches the tests'
// browser with these; launchBrowser (benchmarks, scripts) too.
export const chromiumArgs: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * A headless Chromium of its own, for benchmarks and scripts; close it when done. Browser
 * tests take Playwright Test's `browser` fixture instead (one per worker, traced).
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}. Install it with "apt-get install -y chromium" or set ATTUNE_CHROMIUM.`);
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs] });
}

export const DESKTOP = { width: 1280, height: 860 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/**
 * A fresh, isolated browser profile (its own cookies) pointed at `baseURL`, so
 * `page.goto("/signup")` works. One context = one person.
 *
 * Without the service worker unless `{ serviceWorkers: "allow" }`: in a fresh context it
 * installs on the first page and precaches the whole build (about a hundred requests, ~0.9 s
 * of CPU), work no test of a screen looks at and every person paid again. The worker itself
 * is tested where it matters: pwa and push (real profiles), egress (allowed, so its requests
 * are recorded too).
 */
export async function newPerson(browser: Browser, baseURL: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: DESKTOP,
    locale: "en-GB",
    timezoneId: "Europe/London",
    reducedMotion: "reduce",
    serviceWorkers: "block",
    ...options,
  });
  // Three browser files run at once (playwright.config.ts): a first load that compiles the app's
  // chunks can take longer than a click, so navigation gets its own, wider limit.
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

/**
 * Closes every context open on the browser: `test.afterEach(() => closeContexts(browser))` in
 * files whose tests each make their own people, so no test leaves pages behind that keep a
 * live stream open and timers running while the next test runs; and in every file's afterAll,
 * since the worker's browser outlives the file (one file at a time runs in a worker).
 */
export async function closeContexts(browser: Browser): Promise<void> {
  await Promise.all(browser.contexts().map((context) => context.close()));
}
