import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type BrowserServer } from "playwright-core";

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

function assertChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}. Install it with "apt-get install -y chromium" or set ATTUNE_CHROMIUM.`);
  }
}

/** A headless Chromium that test files connect to (browser-servers.ts starts one per e2e worker). */
export async function launchBrowserServer(): Promise<BrowserServer> {
  assertChromium();
  return chromium.launchServer({ executablePath: chromiumPath, headless: true, args: ARGS });
}

/** This vitest worker's shared Chromium, when the e2e project's global setup started one. */
async function workerEndpoint(): Promise<string | undefined> {
  const poolId = Number(process.env.VITEST_POOL_ID);
  if (!Number.isInteger(poolId) || poolId < 1) return undefined;
  // Only inside a vitest worker: benchmarks and scripts launch their own browser.
  const { inject } = await import("vitest");
  const endpoints = inject("chromiumEndpoints") ?? [];
  return endpoints[(poolId - 1) % Math.max(1, endpoints.length)];
}

/**
 * Headless Chromium. Close it in afterAll. In the e2e project this connects to the
 * worker's shared browser (closing the connection closes the contexts this file made);
 * elsewhere it launches one.
 */
export async function launchBrowser(): Promise<Browser> {
  const endpoint = await workerEndpoint();
  if (endpoint) return chromium.connect(endpoint);
  assertChromium();
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: ARGS });
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
  // Three browser files run at once (vitest.config.ts): a first load that compiles the app's
  // chunks can take longer than a click, so navigation gets its own, wider limit.
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

/**
 * Closes every context this file's connection opened: `afterEach(() => closeContexts(browser))`
 * in files whose tests each make their own people, so no test leaves pages behind that keep
 * a live stream open and timers running while the next test runs.
 */
export async function closeContexts(browser: Browser): Promise<void> {
  await Promise.all(browser.contexts().map((context) => context.close()));
}
