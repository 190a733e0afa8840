import { MIND_HEART_PROMPTS, UPBEAT_PROMPT_IDS } from "@attune/shared";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, launchBrowser, PHONE, signUpInBrowser, startTestServer, type Person, type TestServer } from "./lib/index.ts";

// Slips a new couple saw (issue 17), each checked where a person would see it.
let server: TestServer;
let browser: Browser;
let ana: Person;
let ben: Person;
const soon = { timeout: 15_000 };
const today = () => new Date().toISOString().slice(0, 10);

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

describe("small things a couple trips over", () => {
  it("the daily question says one thing once Ana has answered: Ben's answer opens both", async () => {
    expect((await api(ana.page, "POST", "/api/daily-question/answer", { day: today(), text: "The sea in winter." })).status).toBe(200);
    const b = ben.page;
    await b.goto("/daily");
    await expect.poll(() => b.getByText("Ana's answer is waiting: when you send yours, you'll both see both.").isVisible(), soon).toBe(true);
    await expect(b.getByText(/Sealed until Ana answers too/).count()).resolves.toBe(0);
    await b.locator("textarea").fill("Our first kitchen.");
    await b.getByRole("button", { name: "Seal my answer" }).click();
    await expect.poll(() => b.getByText("The sea in winter.").isVisible(), soon).toBe(true);
  });

  it("the check-in's question fits a frightening day, and can be swapped for another that fits", async () => {
    const b = ben.page;
    await b.goto("/check-in");
    await b
      .getByRole("group", { name: /afraid|fear/i })
      .getByRole("radio", { name: "strongly" })
      .check();
    const upbeat = MIND_HEART_PROMPTS.filter((p) => UPBEAT_PROMPT_IDS.has(p.id)).map((p) => p.text);
    const label = () => b.locator(".checkin-form textarea").evaluate((el) => (el as HTMLTextAreaElement).labels?.[0]?.textContent ?? "");
    const seen = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const text = await label();
      expect(upbeat).not.toContain(text);
      seen.add(text);
      await b.getByRole("button", { name: "Another question" }).click();
    }
    expect(seen.size).toBeGreaterThan(1);
    // After sending, focus stays where the news is, not at the top of the page.
    await b.locator(".checkin-form textarea").fill("Scared about the scan tomorrow.");
    await b.getByRole("button", { name: /^Check in/ }).click();
    await expect.poll(() => b.getByText(/Thank you for checking in/).isVisible(), soon).toBe(true);
    await expect.poll(() => b.evaluate(() => document.activeElement?.className ?? ""), soon).toBe("focus-target");
  });

  it("changing 'I felt heard' to 'Not quite' starts a fresh note, so the old thank-you is not sent with it", async () => {
    const created = await api<{ id: string }>(ana.page, "POST", "/api/checkins", {
      day: today(),
      emotions: { mad: 0, sad: 2, glad: 0, fear: 0 },
      mindHeart: "A heavy day.",
      visibility: "shared",
    });
    expect((await api(ben.page, "POST", `/api/checkins/${created.data.id}/replies`, { body: "That sounds heavy. What weighed most?" })).status).toBe(201);
    const a = ana.page;
    await a.goto(`/checkins/${created.data.id}`);
    await a.getByLabel("A word for Ben (optional)").fill("Thank you. The question helped.");
    await a.getByRole("button", { name: "I felt heard" }).click();
    await expect.poll(() => a.locator(".feedback--given").textContent(), soon).toContain("I felt heard");
    await a.getByRole("button", { name: "Change" }).click();
    await expect(a.getByLabel("A word for Ben (optional)").inputValue()).resolves.toBe("");
    await a.getByRole("button", { name: "Not quite" }).click();
    await expect.poll(() => a.locator(".feedback--given").textContent(), soon).toContain("Not quite");
    await expect(a.locator(".feedback--given").textContent()).resolves.not.toContain("The question helped");
  });

  it("expandable sections show that they open, and the timeline's links name the day in words", async () => {
    const b = ben.page;
    await b.goto("/partner");
    const summary = b.locator("summary", { hasText: "Need to unlink?" });
    await expect.poll(() => summary.isVisible(), soon).toBe(true);
    const marker = await summary.evaluate((el) => getComputedStyle(el, "::before").borderBottomStyle);
    expect(marker).toBe("solid");

    await b.goto("/timeline");
    const open = b.getByRole("link", { name: /Open and reply/ }).first();
    await expect.poll(() => open.isVisible(), soon).toBe(true);
    const name = (await open.textContent()) ?? "";
    expect(name).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
