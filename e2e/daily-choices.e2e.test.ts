import { expect } from "@playwright/test";
import { api, expectAccessible, PHONE, testWithServer } from "./lib/index.ts";

// Fits the moment (issue 19): swap today's question, let it pass, choose a rough patch.
// Each test links its own couple through the API (Ben on a phone).
const test = testWithServer();
test.use({ coupleOptions: [{}, { viewport: PHONE }] });
const soon = { timeout: 15_000 };

test.describe("today's question fits the moment", () => {
  test("Ana swaps the question for both of them, with the keyboard", async ({ couple: [ana, ben] }) => {
    const a = ana.page;
    await a.goto("/daily");
    const heading = a.locator("#dq-text");
    await expect(heading).toBeVisible(soon);
    const before = await heading.textContent();
    await a.getByRole("button", { name: "Another question" }).focus();
    await a.keyboard.press("Enter");
    await expect(heading).not.toHaveText(before ?? "", soon);
    const after = (await heading.textContent()) ?? "";
    await ben.page.goto("/daily");
    await expect(ben.page.locator("#dq-text")).toHaveText(after, soon);
    await expectAccessible(a, "daily choices");
  });

  test("Ben lets it pass; Ana is told, not kept waiting; Ben can take it back", async ({ couple: [ana, ben] }) => {
    const b = ben.page;
    await Promise.all([b.goto("/daily"), ana.page.goto("/daily")]);
    await b.getByRole("button", { name: "Let this one pass" }).click();
    await expect(b.getByText("You're letting today's question pass. That's fine: see you tomorrow.")).toBeVisible(soon);
    await ana.page.reload();
    await expect(ana.page.getByText("Ben is letting today's question pass.", { exact: false })).toBeVisible(soon);
    await b.getByRole("button", { name: "Answer after all" }).click();
    await expect(b.getByRole("button", { name: "Let this one pass" })).toBeVisible(soon);
    await expectAccessible(b, "daily choices, skipped");
  });

  test("a rough patch and the sets are chosen on the page and kept", async ({ couple: [ana] }) => {
    const a = ana.page;
    await a.goto("/daily");
    await a.getByText("What fits us").click();
    const rough = a.getByLabel(/rough patch/);
    await rough.check();
    await expect(rough).toBeChecked(soon);
    await a.getByLabel("Money").check();
    await expect(a.getByLabel("Money")).toBeChecked(soon);
    const saved = await api<{ sets: string[]; roughPatch: boolean; active: string[] }>(a, "GET", "/api/daily-question/settings");
    expect(saved.data).toEqual({ sets: ["money"], roughPatch: true, active: [] });
    await expectAccessible(a, "daily settings");
  });
});
