import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../apps/server/src/server.ts";
import { startTestPushService, TestDevice } from "../apps/server/src/push/test-push-service.ts";
import { api, chromiumPath, expectAccessible, fillSignUp, PHONE, screenshot, uniqueEmail, webDist } from "./lib/index.ts";

// Gentle notifications in the browser: the settings page, permission only on a press, and
// a check-in shared in one browser reaching Ben's device's push service (on loopback),
// where the test decrypts it. Chromium's own push service (Google's) is out of reach here.
let server: RunningServer;
let pushService: Awaited<ReturnType<typeof startTestPushService>>;
let dataDir: string;
let profile: string;
let ben: { context: BrowserContext; page: Page };
let ana: { context: BrowserContext; page: Page };

const BEN_PHONE_PATH = "/ben-phone";
let BEN_PHONE = "";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

async function signUp(page: Page, name: string): Promise<void> {
  await page.goto("/signup");
  await fillSignUp(page, { name, email: uniqueEmail(name), password: "a quiet harbour at noon" });
  await page.locator("h1").waitFor();
}

beforeAll(async () => {
  pushService = await startTestPushService();
  BEN_PHONE = `${pushService.url}${BEN_PHONE_PATH}`;
  dataDir = await mkdtemp(path.join(tmpdir(), "attune-push-e2e-"));
  server = await startServer({ port: 0, host: "127.0.0.1", dataDir, webDist, logLevel: "warn", push: { allowLoopbackHttp: true } });
  profile = await mkdtemp(path.join(tmpdir(), "attune-push-profile-"));
  const options = { executablePath: chromiumPath, headless: true, args: ARGS, baseURL: server.url, viewport: PHONE, locale: "en-GB", timezoneId: "Europe/London", reducedMotion: "reduce" as const };
  const benContext = await chromium.launchPersistentContext(profile, options);
  benContext.setDefaultTimeout(10_000);
  ben = { context: benContext, page: benContext.pages()[0] ?? (await benContext.newPage()) };
  const anaBrowser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ARGS });
  const anaContext = await anaBrowser.newContext({ baseURL: server.url, viewport: PHONE });
  ana = { context: anaContext, page: await anaContext.newPage() };
  await signUp(ana.page, "Ana");
  await signUp(ben.page, "Ben");
  const invite = await api<{ code: string }>(ana.page, "POST", "/api/invites");
  expect((await api(ben.page, "POST", `/api/invites/${invite.data.code}/accept`)).status).toBe(200);
  await ben.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
});

afterAll(async () => {
  await ana?.context.browser()?.close();
  await ben?.context.close();
  await server?.close();
  await pushService?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe("gentle notifications in the browser", () => {
  it("Ben chooses what to hear about from Account → Notifications, by keyboard-reachable controls, accessibly", async () => {
    const page = ben.page;
    await page.goto("/account");
    await page.getByRole("link", { name: "Choose notifications" }).click();
    await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
    await expect.poll(() => page.getByText("Notifications are off for this device.").isVisible(), { timeout: 10_000 }).toBe(true);
    await expectAccessible(page, "notifications settings");
    await page.getByLabel("My partner shared a check-in").check();
    await page.getByLabel("My partner replied to me").check();
    await page.getByLabel("One gentle reminder to check in, at most once a day").check();
    await page.getByLabel("Reminder time", { exact: true }).fill("20:30");
    await page.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => page.getByText("Saved.").isVisible(), { timeout: 10_000 }).toBe(true);
    await screenshot(page, "push-settings-phone");
    const saved = await api<{ prefs: { kinds: string[]; reminderTime: string; timeZone: string } }>(page, "GET", "/api/push/settings");
    expect(saved.data.prefs).toMatchObject({ kinds: ["checkin", "reply"], reminderTime: "20:30", timeZone: "Europe/London" });
  });

  it("a check-in Ana shares reaches the loopback push service for Ben's device, encrypted, and decrypts to kind and first name only", async () => {
    // Ben's device, as the server knows it: its push endpoint on loopback, its keys held by the test.
    const device = new TestDevice(BEN_PHONE);
    expect((await api(ben.page, "PUT", "/api/push/prefs", { kinds: ["checkin"], reminderTime: null, quietHours: null, timeZone: "Europe/London" })).status).toBe(200);
    expect((await api(ben.page, "POST", "/api/push/subscriptions", device.subscription())).status).toBe(204);
    const today = new Date().toISOString().slice(0, 10);
    const shared = await api<{ id: string }>(ana.page, "POST", "/api/checkins", {
      day: today,
      emotions: { mad: 0, sad: 2, glad: 1, fear: 0 },
      high: "",
      low: "A long day",
      mindHeart: "I miss our slow Sundays.",
      visibility: "shared",
    });
    expect(shared.status).toBe(201);
    const forBen = () => pushService.received.filter((r) => r.path === BEN_PHONE_PATH);
    await expect.poll(() => forBen().length, { timeout: 10_000 }).toBe(1);
    const payloadText = device.decrypt(forBen()[0]?.body ?? Buffer.alloc(0));
    const payload = JSON.parse(payloadText) as { body: string; url: string };
    expect(payload).toMatchObject({ body: "Ana shared a check-in — when you have a moment", url: `/checkins/${shared.data.id}` });
    expect(payloadText).not.toContain("slow Sundays");

    // Not verified here: showing it as a notification and its click. Delivering this payload
    // to Ben's worker with DevTools' ServiceWorker.deliverPushMessage ran, but headless
    // Chromium's getNotifications() stayed empty (see docs/notifications.md).
  });

  it("asks the browser for permission only when Ben presses the button", { timeout: 60_000 }, async () => {
    const page = ben.page;
    // This session's device must be off to begin with (another test may have turned it on).
    await api(page, "DELETE", "/api/push/subscriptions", { endpoint: BEN_PHONE });
    await ben.context.clearPermissions();
    await page.goto("/account/notifications");
    await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
    expect(await page.evaluate(() => Notification.permission)).toBe("default"); // opening the page asked nothing
    await ben.context.grantPermissions(["notifications"], { origin: server.url });
    await page.getByRole("button", { name: "Turn on notifications on this device" }).click();
    // Headless Chromium has no push service of its own: either it subscribes (then this
    // device is on) or it says kindly that it could not. Both are the app behaving.
    const outcome = page.getByText(/Notifications are on for this device|could not set up notifications/);
    await expect.poll(() => outcome.isVisible(), { timeout: 25_000 }).toBe(true);
    console.log(`Chromium's own subscribe: ${await outcome.textContent()}`);
  });
});
