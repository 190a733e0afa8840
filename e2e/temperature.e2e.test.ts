import { PRACTICE_CHECK, SAFETY_QUESTIONS } from "@attune/shared";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  api,
  expectAccessible,
  fitsWidth,
  launchBrowser,
  PHONE,
  screenshot,
  signUpInBrowser,
  startTestServer,
  type Person,
  type TestServer,
} from "./lib/index.ts";

// The Daily Temperature Reading, walked by two couples: each on their own device with a
// reveal, and a private check that stops before anything starts. Each test links its own couple.
let server: TestServer;
let browser: Browser;
const soon = { timeout: 15_000 };

async function couple(a: string, b: string): Promise<[Person, Person]> {
  const [first, second] = await Promise.all([signUpInBrowser(browser, server.url, a), signUpInBrowser(browser, server.url, b, { viewport: PHONE })]);
  const invite = await api<{ code: string }>(first.page, "POST", "/api/invites");
  expect((await api<unknown>(second.page, "POST", `/api/invites/${invite.data.code}/accept`)).status).toBe(200);
  return [first, second];
}

async function passCheck(p: Page) {
  for (const q of SAFETY_QUESTIONS) await p.getByRole("group", { name: q.text }).getByRole("radio", { name: "No", exact: true }).check();
  await p.getByRole("button", { name: PRACTICE_CHECK.go }).click();
}

const field = (p: Page) => p.getByRole("textbox");

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the Daily Temperature Reading", () => {
  it("each on their own: five parts in order, a complaint turned into a request, words sealed until both are done", async () => {
    const [ana, ben] = await couple("Ana", "Ben");
    await ana.page.goto("/temperature");
    await passCheck(ana.page);
    await ana.page.getByRole("radio", { name: /Each on our own/ }).check();
    await ana.page.getByRole("button", { name: "Start" }).click();

    await expect.poll(() => ana.page.getByRole("heading", { name: "Appreciations" }).isVisible(), soon).toBe(true);
    await field(ana.page).fill("Thank you for walking the dog in the rain.");
    await ana.page.getByRole("button", { name: /^Next: New information/ }).click();
    await expect.poll(() => ana.page.getByRole("heading", { name: "New information" }).isVisible(), soon).toBe(true);
    // Focus follows to the new part's heading for keyboard and screen-reader users.
    expect(await ana.page.evaluate(() => document.activeElement?.textContent)).toBe("New information");
    await ana.page.getByRole("button", { name: /^Next: Puzzles/ }).click();
    await ana.page.getByRole("button", { name: /^Next: A complaint with a request/ }).click();

    await field(ana.page).fill("You never ask about my day.");
    const helper = ana.page.locator(".dtr-helper");
    await expect.poll(() => helper.innerText(), soon).toMatch(/Always.*never.*hard to hear/is);
    await ana.page.getByRole("button", { name: "Use this frame" }).click();
    expect(await field(ana.page).inputValue()).toBe("You never ask about my day.\nWhen … , I felt … . Would you be willing to ask about my day … ?");
    await field(ana.page).fill("When we ate in silence on Tuesday, I felt far from you. Would you be willing to ask about my day at dinner?");
    await expect.poll(() => helper.innerText(), soon).toMatch(/reads as a request/);
    await expectAccessible(ana.page, "temperature reading, complaint step");
    await ana.page.getByRole("button", { name: /^Next: Wishes, hopes and dreams/ }).click();
    await ana.page.getByRole("button", { name: "I'm done" }).click();
    await expect.poll(() => ana.page.getByRole("heading", { name: /your part is done/ }).isVisible(), soon).toBe(true);

    await ben.page.goto("/temperature");
    await passCheck(ben.page);
    await expect.poll(() => ben.page.getByText("Ana started a reading for each of you on your own.").isVisible(), soon).toBe(true);
    expect(await ben.page.locator("main").innerText()).not.toContain("walking the dog");
    await field(ben.page).fill("Thank you for the soup on Sunday.");
    for (const next of ["New information", "Puzzles", "A complaint with a request", "Wishes, hopes and dreams"]) {
      await ben.page.getByRole("button", { name: `Next: ${next}` }).click();
      await expect.poll(() => ben.page.getByRole("heading", { name: next }).isVisible(), soon).toBe(true);
    }
    expect(await fitsWidth(ben.page)).toBe(true);
    await expectAccessible(ben.page, "temperature reading on a phone");
    await screenshot(ben.page, "temperature-phone");
    await ben.page.getByRole("button", { name: "I'm done" }).click();

    // Both finished: the reading moves to the history with both people's words, on both
    // screens (Ana's through the live event, without reloading).
    for (const [p, partnerWords] of [
      [ben.page, "walking the dog"],
      [ana.page, "soup on Sunday"],
    ] as const) {
      const past = p.locator(".dtr-history details").first();
      await expect.poll(() => past.isVisible(), soon).toBe(true);
      await past.locator("summary").click();
      await expect.poll(() => past.innerText(), soon).toContain(partnerWords);
    }
    await expect.poll(() => ana.page.getByRole("button", { name: "Start" }).isVisible(), soon).toBe(true);
  });

  it("a concern at the private check shows help, and nothing starts or reaches the partner", async () => {
    const [cara, dev] = await couple("Cara", "Dev");
    await cara.page.goto("/temperature");
    await cara.page.getByRole("group", { name: SAFETY_QUESTIONS[0]!.text }).getByRole("radio", { name: "Yes", exact: true }).check();
    for (const q of SAFETY_QUESTIONS.slice(1)) await cara.page.getByRole("group", { name: q.text }).getByRole("radio", { name: "No", exact: true }).check();
    await cara.page.getByRole("button", { name: PRACTICE_CHECK.go }).click();
    await expect.poll(() => cara.page.getByRole("button", { name: "Start" }).count(), soon).toBe(0);
    expect((await api<{ reading: unknown }>(dev.page, "GET", "/api/temperature/current")).data.reading).toBeNull();
  });
});
