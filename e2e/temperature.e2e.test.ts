import { PRACTICE_CHECK, SAFETY_QUESTIONS } from "@attune/shared";
import { expect, type Browser, type Page } from "@playwright/test";
import { apiAs, coupleByApi, expectAccessible, fitsWidth, PHONE, screenshot, testWithServer, type Person } from "./lib/index.ts";

// The Daily Temperature Reading, walked by two couples: each on their own device with a
// reveal, and a private check that stops before anything starts. Each test links its own couple.
const test = testWithServer();
const soon = { timeout: 15_000 };

/** Two people linked through the API (signing up is foundation's to test), the second on a phone. */
const couple = (browser: Browser, url: string, names: [string, string]): Promise<[Person, Person]> =>
  coupleByApi(browser, url, names, [{}, { viewport: PHONE }]);

async function passCheck(p: Page) {
  for (const q of SAFETY_QUESTIONS) await p.getByRole("group", { name: q.text }).getByRole("radio", { name: "No", exact: true }).check();
  await p.getByRole("button", { name: PRACTICE_CHECK.go }).click();
}

const field = (p: Page) => p.getByRole("textbox");

test.describe("the Daily Temperature Reading", () => {
  test("each on their own: five parts in order, a complaint turned into a request, words sealed until both are done", async ({ browser, server }) => {
    const [ana, ben] = await couple(browser, server.url, ["Ana", "Ben"]);
    await ana.page.goto("/temperature");
    await passCheck(ana.page);
    await ana.page.getByRole("radio", { name: /Each on our own/ }).check();
    await ana.page.getByRole("button", { name: "Start" }).click();

    await expect(ana.page.getByRole("heading", { name: "Appreciations" })).toBeVisible(soon);
    await field(ana.page).fill("Thank you for walking the dog in the rain.");
    await ana.page.getByRole("button", { name: /^Next: New information/ }).click();
    await expect(ana.page.getByRole("heading", { name: "New information" })).toBeVisible(soon);
    // Focus follows to the new part's heading for keyboard and screen-reader users.
    await expect(ana.page.locator(":focus")).toHaveText("New information");
    await ana.page.getByRole("button", { name: /^Next: Puzzles/ }).click();
    await ana.page.getByRole("button", { name: /^Next: A complaint with a request/ }).click();

    await field(ana.page).fill("You never ask about my day.");
    const helper = ana.page.locator(".dtr-helper");
    await expect(helper).toHaveText(/Always.*never.*hard to hear/is, { ...soon, useInnerText: true });
    await ana.page.getByRole("button", { name: "Use this frame" }).click();
    await expect(field(ana.page)).toHaveValue("You never ask about my day.\nWhen … , I felt … . Would you be willing to ask about my day … ?");
    await field(ana.page).fill("When we ate in silence on Tuesday, I felt far from you. Would you be willing to ask about my day at dinner?");
    await expect(helper).toHaveText(/reads as a request/, { ...soon, useInnerText: true });
    await expectAccessible(ana.page, "temperature reading, complaint step");
    await ana.page.getByRole("button", { name: /^Next: Wishes, hopes and dreams/ }).click();
    await ana.page.getByRole("button", { name: "I'm done" }).click();
    await expect(ana.page.getByRole("heading", { name: /your part is done/ })).toBeVisible(soon);

    await ben.page.goto("/temperature");
    await passCheck(ben.page);
    await expect(ben.page.getByText("Ana started a reading for each of you on your own.")).toBeVisible(soon);
    await expect(ben.page.locator("main")).not.toContainText("walking the dog", { useInnerText: true });
    await field(ben.page).fill("Thank you for the soup on Sunday.");
    for (const next of ["New information", "Puzzles", "A complaint with a request", "Wishes, hopes and dreams"]) {
      await ben.page.getByRole("button", { name: `Next: ${next}` }).click();
      await expect(ben.page.getByRole("heading", { name: next })).toBeVisible(soon);
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
      await expect(past).toBeVisible(soon);
      await past.locator("summary").click();
      await expect(past).toContainText(partnerWords, { ...soon, useInnerText: true });
    }
    await expect(ana.page.getByRole("button", { name: "Start" })).toBeVisible(soon);
  });

  test("a concern at the private check shows help, and nothing starts or reaches the partner", async ({ browser, server }) => {
    const [cara, dev] = await couple(browser, server.url, ["Cara", "Dev"]);
    await cara.page.goto("/temperature");
    await cara.page.getByRole("group", { name: SAFETY_QUESTIONS[0]!.text }).getByRole("radio", { name: "Yes", exact: true }).check();
    for (const q of SAFETY_QUESTIONS.slice(1)) await cara.page.getByRole("group", { name: q.text }).getByRole("radio", { name: "No", exact: true }).check();
    await cara.page.getByRole("button", { name: PRACTICE_CHECK.go }).click();
    await expect(cara.page.getByRole("button", { name: "Start" })).toHaveCount(0, soon);
    expect((await apiAs<{ reading: unknown }>(dev, "GET", "/api/temperature/current")).data.reading).toBeNull();
  });
});
