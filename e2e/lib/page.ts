import type { Download, Page, Request } from "playwright-core";

/** The page's current path, without origin or query. */
export const pathOf = (page: Page): string => new URL(page.url()).pathname;

/** True when nothing scrolls sideways (the layout fits a phone). */
export const fitsWidth = (page: Page): Promise<boolean> => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** A request from inside the page, with the person's own cookies (and the CSRF header). */
export async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; data: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const headers: Record<string, string> = { accept: "application/json" };
      if (method !== "GET") headers["x-attune-csrf"] = "1";
      if (body !== undefined) headers["content-type"] = "application/json";
      const res = await fetch(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      const text = await res.text();
      return { status: res.status, data: (text ? JSON.parse(text) : null) as T };
    },
    { method, path, body },
  );
}

/** A download's contents as text, streamed (a browser connected over the wire, as benchmarks may use, keeps no local path). */
export async function downloadText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}

/** The live stream (/api/events) stays open for the page's life: it never counts as in flight. */
const isLiveStream = (request: Request) => new URL(request.url()).pathname === "/api/events";

/**
 * Moves to an in-app path the way the app's own links do (history.pushState and a popstate
 * event, which apps/web/src/router.tsx listens to), then waits until the screen has a heading
 * and nothing it asked for is still loading: no request (the live stream aside) in flight for
 * `quietMs`. Instead of `page.goto` + `waitForLoadState("networkidle")` where a test checks
 * many screens one after another: a full load re-runs the whole app and every script the test
 * injected (axe-core alone is ~0.6 s a page here), and networkidle waits 500 ms of silence.
 * The first screen of a page still needs a `goto`.
 */
export async function goInApp(page: Page, to: string, { quietMs = 150, timeout = 10_000 } = {}): Promise<void> {
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  const started = (request: Request) => {
    if (isLiveStream(request)) return;
    inFlight.add(request);
    lastChange = Date.now();
  };
  const ended = (request: Request) => {
    if (inFlight.delete(request)) lastChange = Date.now();
  };
  page.on("request", started);
  page.on("requestfinished", ended);
  page.on("requestfailed", ended);
  try {
    await page.evaluate((path) => {
      window.history.pushState(null, "", path);
      window.scrollTo(0, 0);
      window.dispatchEvent(new PopStateEvent("popstate"));
    }, to);
    const deadline = Date.now() + timeout;
    // Polled, like networkidle itself: quiet is the absence of requests, so there is no event to wait for.
    while (inFlight.size > 0 || Date.now() - lastChange < quietMs) {
      if (Date.now() > deadline) throw new Error(`goInApp(${to}): still loading after ${timeout} ms (${[...inFlight].map((r) => r.url()).join(", ")})`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await page.locator("h1").waitFor({ timeout });
  } finally {
    page.off("request", started);
    page.off("requestfinished", ended);
    page.off("requestfailed", ended);
  }
}
