import { MIND_HEART_PROMPTS, UPBEAT_PROMPT_IDS } from "@attune/shared";
import { expect } from "@playwright/test";
import { apiAs, PHONE, testWithServer, type Person } from "./lib/index.ts";

// Slips a new couple saw (issue 17), each checked where a person would see it. Each test
// links its own couple through the API (Ben on a phone).
const test = testWithServer();
test.use({ coupleOptions: [{}, { viewport: PHONE }] });
const soon = { timeout: 15_000 };
const today = () => new Date().toISOString().slice(0, 10);

/** A check-in Ana shares through the API, for Ben to reply to; resolves with its id. */
async function anaShares(ana: Person, mindHeart: string): Promise<string> {
  const created = await apiAs<{ id: string }>(ana, "POST", "/api/checkins", {
    day: today(),
    emotions: { mad: 0, sad: 2, glad: 0, fear: 0 },
    mindHeart,
    visibility: "shared",
  });
  expect(created.status).toBe(201);
  return created.data.id;
}

test.describe("small things a couple trips over", () => {
  test("the daily question says one thing once Ana has answered: Ben's answer opens both", async ({ couple: [ana, ben] }) => {
    expect((await apiAs(ana, "POST", "/api/daily-question/answer", { day: today(), text: "The sea in winter." })).status).toBe(200);
    const b = ben.page;
    await b.goto("/daily");
    await expect(b.getByText("Ana's answer is waiting: when you send yours, you'll both see both.")).toBeVisible(soon);
    await expect(b.getByText(/Sealed until Ana answers too/)).toHaveCount(0);
    await b.locator("textarea").fill("Our first kitchen.");
    await b.getByRole("button", { name: "Seal my answer" }).click();
    await expect(b.getByText("The sea in winter.")).toBeVisible(soon);
  });

  test("the check-in's question fits a frightening day, and can be swapped for another that fits", async ({ couple: [, ben] }) => {
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
    await expect(b.getByText(/Thank you for checking in/)).toBeVisible(soon);
    await expect(b.locator(":focus")).toHaveAttribute("class", "focus-target", soon);
  });

  test("changing 'I felt heard' to 'Not quite' starts a fresh note, so the old thank-you is not sent with it", async ({ couple: [ana, ben] }) => {
    const created = await anaShares(ana, "A heavy day.");
    expect((await apiAs(ben, "POST", `/api/checkins/${created}/replies`, { body: "That sounds heavy. What weighed most?" })).status).toBe(201);
    const a = ana.page;
    await a.goto(`/checkins/${created}`);
    await a.getByLabel("A word for Ben (optional)").fill("Thank you. The question helped.");
    await a.getByRole("button", { name: "I felt heard" }).click();
    await expect(a.locator(".feedback--given")).toContainText("I felt heard", soon);
    await a.getByRole("button", { name: "Change" }).click();
    await expect(a.getByLabel("A word for Ben (optional)")).toHaveValue("");
    await a.getByRole("button", { name: "Not quite" }).click();
    await expect(a.locator(".feedback--given")).toContainText("Not quite", soon);
    await expect(a.locator(".feedback--given")).not.toContainText("The question helped");
  });

  test("expandable sections show that they open, and the timeline's links name the day in words", async ({ couple: [ana, ben] }) => {
    // Something on Ben's timeline to open.
    await anaShares(ana, "A heavy day.");
    const b = ben.page;
    await b.goto("/partner");
    const summary = b.locator("summary", { hasText: "Need to unlink?" });
    await expect(summary).toBeVisible(soon);
    await expect(summary).toHaveCSS("border-bottom-style", "solid", { pseudo: "before" });

    await b.goto("/timeline");
    const open = b.getByRole("link", { name: /Open and reply/ }).first();
    await expect(open).toBeVisible(soon);
    await expect(open).not.toHaveText(/\d{4}-\d{2}-\d{2}/);
  });
});
