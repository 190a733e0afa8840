import { expect } from "@playwright/test";
import { expectAccessible, PHONE, type ProfileDevice, screenshot, signUpInContext, testWithServer, waitForServiceWorker, withProfile } from "./lib/index.ts";

// The installable app, as Chromium judges it: manifest, icons, a service worker that
// controls the page, no installability errors, and an offline shell that says so kindly.
// Each test has its own profile and person.

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

const test = testWithServer().extend<{ ana: ProfileDevice }>({
  /** Ana in a real profile of her own, signed up, the service worker controlling her page. */
  ana: async ({ server }, use) => {
    // A real profile, not an incognito context: Chromium never offers to install from incognito.
    await withProfile(server.url, { viewport: PHONE }, async (ana) => {
      // Signing up is not what this checks (foundation does): through the API, then home.
      await signUpInContext(ana.context, "Ana");
      await ana.page.goto("/");
      await waitForServiceWorker(ana.page);
      await use(ana);
    });
  },
});

test.describe("the installable app", () => {
  test("has a manifest Chromium parses, with the icons it asks for, and they load", async ({ ana }) => {
    const cdp = await ana.context.newCDPSession(ana.page);
    const { errors, data } = (await cdp.send("Page.getAppManifest")) as { errors: { message: string }[]; data?: string };
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data ?? "{}") as {
      name: string;
      short_name: string;
      display: string;
      start_url: string;
      theme_color: string;
      background_color: string;
      icons: ManifestIcon[];
      shortcuts: { name: string; url: string }[];
    };
    expect(manifest).toMatchObject({
      name: "Attune",
      short_name: "Attune",
      display: "standalone",
      start_url: "/",
      theme_color: "#fbf5ee",
      background_color: "#fbf5ee",
    });
    expect(manifest.shortcuts.map((s) => [s.name, s.url])).toEqual([
      ["Check in", "/check-in"],
      ["Today's question", "/daily"],
    ]);
    const pngs = manifest.icons.filter((i) => i.type === "image/png");
    expect(pngs.map((i) => `${i.purpose}:${i.sizes}`).sort()).toEqual(["any:192x192", "any:512x512", "maskable:192x192", "maskable:512x512"]);
    for (const icon of pngs) {
      const res = await ana.page.request.get(icon.src);
      expect(res.status(), icon.src).toBe(200);
      expect(res.headers()["content-type"]).toBe("image/png");
      const [w, h] = icon.sizes.split("x").map(Number);
      expect(pngSize(await res.body())).toEqual({ width: w, height: h });
    }
  });

  test("is installable: the service worker controls the page and Chromium reports no installability errors", async ({ ana, server }) => {
    const cdp = await ana.context.newCDPSession(ana.page);
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors).toEqual([]);
    const scope = await ana.page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${server.url}/`);
    const sw = await ana.page.request.get("/sw.js");
    expect(sw.headers()["cache-control"]).toBe("no-cache");
  });

  test("opens offline with a kind note, and has cached no API response", async ({ ana }) => {
    const page = ana.page;
    await page.goto("/daily");
    await expect(page.locator("h1")).toBeVisible();
    await ana.context.setOffline(true);
    try {
      await page.reload();
      const note = page.getByRole("complementary", { name: "Connection and updates" }).getByText("You're offline.");
      await expect(note).toBeVisible({ timeout: 10_000 });
      // The app itself opened from the cache (its script ran), it did not fall to the browser's error page.
      await expect(page.locator("#root > *").first()).toBeAttached({ timeout: 10_000 });
      await expectAccessible(page, "offline shell");
      await screenshot(page, "pwa-offline-phone");
      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
        return urls;
      });
      expect(cached).toContain("/index.html");
      expect(cached.filter((u) => u.startsWith("/api/"))).toEqual([]);
    } finally {
      await ana.context.setOffline(false);
    }
    await page.reload();
    await expect(page.getByText("You're offline.")).toHaveCount(0, { timeout: 10_000 });
  });
});
