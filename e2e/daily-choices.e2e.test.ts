import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, expectAccessible, launchBrowser, PHONE, signUpInBrowser, startTestServer, type Person, type TestServer } from "./lib/index.ts";

// Fits the moment (issue 19): swap today's question, let it pass, choose a rough patch.
let server: TestServer;
let browser: Browser;
let ana: Person;
let ben: Person;
const soon = { timeout: 15_000 };

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  [ana, ben] = await Promise.all([signUpInBrowser(browser, server.url, "Ana"), signUpInBrowser(browser, server.url, "Ben", { viewport: PHONE })]);
  const invite = await api<{ code: string }>(ana.page, "POST", "/api/invites");
  expect((await api<unknown>(ben.page, "POST", `/api/invites/${invite.data.code}/accept`)).status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("today's question fits the moment", () => {
  it("Ana swaps the question for both of them, with the keyboard", async () => {
    const a = ana.page;
    await a.goto("/daily");
    const heading = a.locator("#dq-text");
    await expect.poll(() => heading.isVisible(), soon).toBe(true);
    const before = await heading.textContent();
    await a.getByRole("button", { name: "Another question" }).focus();
    await a.keyboard.press("Enter");
    await expect.poll(() => heading.textContent(), soon).not.toBe(before);
    const after = await heading.textContent();
    await ben.page.goto("/daily");
    await expect.poll(() => ben.page.locator("#dq-text").textContent(), soon).toBe(after);
    await expectAccessible(a, "daily choices");
  });

  it("Ben lets it pass; Ana is told, not kept waiting; Ben can take it back", async () => {
    const b = ben.page;
    await b.getByRole("button", { name: "Let this one pass" }).click();
    await expect.poll(() => b.getByText("You're letting today's question pass. That's fine: see you tomorrow.").isVisible(), soon).toBe(true);
    await ana.page.reload();
    await expect.poll(() => ana.page.getByText("Ben is letting today's question pass.", { exact: false }).isVisible(), soon).toBe(true);
    await b.getByRole("button", { name: "Answer after all" }).click();
    await expect.poll(() => b.getByRole("button", { name: "Let this one pass" }).isVisible(), soon).toBe(true);
    await expectAccessible(b, "daily choices, skipped");
  });

  it("a rough patch and the sets are chosen on the page and kept", async () => {
    const a = ana.page;
    await a.getByText("What fits us").click();
    const rough = a.getByLabel(/rough patch/);
    await rough.check();
    await expect.poll(() => rough.isChecked(), soon).toBe(true);
    await a.getByLabel("Money").check();
    await expect.poll(() => a.getByLabel("Money").isChecked(), soon).toBe(true);
    const saved = await api<{ sets: string[]; roughPatch: boolean; active: string[] }>(a, "GET", "/api/daily-question/settings");
    expect(saved.data).toEqual({ sets: ["money"], roughPatch: true, active: [] });
    await expectAccessible(a, "daily settings");
  });
});
