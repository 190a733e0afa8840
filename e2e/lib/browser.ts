import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from "playwright-core";

/** Debian's Chromium; override with ATTUNE_CHROMIUM=/path/to/chrome. */
export const chromiumPath = process.env.ATTUNE_CHROMIUM ?? "/usr/bin/chromium";

// No sandbox (containers and CI run as root), no GPU, and nothing that phones home or
// updates itself in the middle of a test run.
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Headless Chromium. Close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}. Install it with "apt-get install -y chromium" or set ATTUNE_CHROMIUM.`);
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: ARGS });
}

export const DESKTOP = { width: 1280, height: 860 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/**
 * A fresh, isolated browser profile (its own cookies) pointed at `baseURL`, so
 * `page.goto("/signup")` works. One context = one person.
 */
export async function newPerson(browser: Browser, baseURL: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: DESKTOP,
    locale: "en-GB",
    timezoneId: "Europe/London",
    reducedMotion: "reduce",
    ...options,
  });
  // Two browser files run at once (vitest.config.ts): a first load that compiles the app's
  // chunks can take longer than a click, so navigation gets its own, wider limit.
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}
