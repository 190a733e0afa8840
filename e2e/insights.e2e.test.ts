import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  api,
  DESKTOP,
  expectAccessible,
  fitsWidth,
  launchBrowser,
  pathOf,
  PHONE,
  screenshot,
  signUpInBrowser,
  startTestServer,
  type Person,
  type TestServer,
} from "./lib/index.ts";

// Insights with two people: Ana checks in and shares, Ben replies, Ana says she felt heard.
// Ana sees her own insights (chart, summary, table) at desktop and phone width; "our
// insights" appear only once both said yes, and disappear when Ben takes his yes back.
let server: TestServer;
let browser: Browser;
let ana: Person;
let ben: Person;
const soon = { timeout: 10_000 };
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  ana = await signUpInBrowser(browser, server.url, "Ana");
  ben = await signUpInBrowser(browser, server.url, "Ben");
  const invite = await api<{ code: string }>(ana.page, "POST", "/api/invites");
  expect((await api(ben.page, "POST", `/api/invites/${invite.data.code}/accept`)).status).toBe(200);
  const checkin = await api<{ id: string }>(ana.page, "POST", "/api/checkins", {
    day: today,
    emotions: { mad: 0, sad: 2, glad: 1, fear: 2 },
    mindHeart: "I felt overwhelmed and anxious about the move.",
    visibility: "shared",
  });
  expect(checkin.status).toBe(201);
  const reply = await api<{ id: string }>(ben.page, "POST", `/api/checkins/${checkin.data.id}/replies`, {
    body: "That sounds like a lot. What feels heaviest about it?",
  });
  expect(reply.status).toBe(201);
  expect((await api(ana.page, "POST", `/api/replies/${reply.data.id}/feedback`, { heard: true })).status).toBe(200);
  await ana.page.reload();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("insights in the browser", () => {
  it("Ana finds her insights from home: emotions as a chart, a summary and a table; themes; being heard", async () => {
    const a = ana.page;
    await a.setViewportSize(DESKTOP);
    await a.goto("/");
    await a
      .getByRole("link", { name: /Insights/ })
      .first()
      .click();
    await expect.poll(() => pathOf(a), soon).toBe("/insights");
    await expect.poll(() => a.getByRole("heading", { name: "Your emotions" }).isVisible(), soon).toBe(true);
    await expect(a.getByRole("img", { name: /Your four emotions, week by week/ }).isVisible()).resolves.toBe(true);
    await expect(a.getByText(/Afraid: quite a bit on average/).isVisible()).resolves.toBe(true);
    await expect(a.getByRole("table", { name: /Your emotions as a table/ }).isVisible()).resolves.toBe(true);
    await expect(a.locator(".ins-themes").getByText("overwhelmed").isVisible()).resolves.toBe(true);
    await expect(a.getByText("You felt heard in 1 of 1 answers (100%).").isVisible()).resolves.toBe(true);
    await expect(a.getByText(/Nothing stands out right now/).isVisible()).resolves.toBe(true);
    await a.getByRole("radio", { name: "The last 12 weeks" }).check();
    await expect.poll(() => a.locator(".ins-table tbody tr").count(), soon).toBe(12);
    await screenshot(a, "insights-desktop");
    await expectAccessible(a, "my insights");
  });

  it("our insights show only while both said yes, and hide at once when one takes it back", async () => {
    const a = ana.page;
    const b = ben.page;
    await a.goto("/insights");
    await a.getByRole("button", { name: "Yes, show our insights" }).click();
    await expect.poll(() => a.getByText("Ben hasn't said yes (yet).").isVisible(), soon).toBe(true);
    await expect(a.getByRole("table", { name: /the two of you/ }).count()).resolves.toBe(0);

    await b.goto("/insights");
    await expect.poll(() => b.getByText("Ana said yes.").isVisible(), soon).toBe(true);
    await b.getByRole("button", { name: "Yes, show our insights" }).click();
    await expect.poll(() => b.getByRole("table", { name: /the two of you/ }).isVisible(), soon).toBe(true);
    await expectAccessible(b, "our insights");

    await a.reload();
    await expect.poll(() => a.getByRole("table", { name: /the two of you/ }).isVisible(), soon).toBe(true);
    await b.getByRole("button", { name: "Stop showing our insights" }).click();
    await expect.poll(() => b.getByRole("table", { name: /the two of you/ }).count(), soon).toBe(0);
    // The server hides it at once: Ana's next look has nothing to show.
    await a.reload();
    await expect.poll(() => a.getByText("Ben hasn't said yes (yet).").isVisible(), soon).toBe(true);
    await expect(a.getByRole("table", { name: /the two of you/ }).count()).resolves.toBe(0);
  });

  it("fits a phone screen", async () => {
    const a = ana.page;
    await a.setViewportSize(PHONE);
    await a.goto("/insights");
    await expect.poll(() => a.getByRole("heading", { name: "You as a listener" }).isVisible(), soon).toBe(true);
    expect(await fitsWidth(a)).toBe(true);
    await screenshot(a, "insights-phone");
    await expectAccessible(a, "my insights on a phone");
  });
  it("a failed load says so with Try again, which loads the insights once the server answers", async () => {
    const a = ana.page;
    await a.setViewportSize(DESKTOP);
    const failing = "**/api/insights/me?*";
    await a.route(failing, (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({ status: 503, code: "unavailable", message: "Insights could not be loaded just now." }),
      }),
    );
    await a.goto("/insights");
    const tryAgain = a.getByRole("button", { name: "Try again" });
    await expect.poll(() => tryAgain.isVisible(), { timeout: 20_000 }).toBe(true);
    // The notice is an alert (read at once), with the way to ask again inside it.
    await expect(a.getByRole("alert").filter({ has: tryAgain }).isVisible()).resolves.toBe(true);
    await a.unroute(failing);
    await tryAgain.click();
    await expect.poll(() => a.getByRole("heading", { name: "Your emotions" }).isVisible(), soon).toBe(true);
    await expect(tryAgain.count()).resolves.toBe(0);
  });
});
