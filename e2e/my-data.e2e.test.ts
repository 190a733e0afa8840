import { expect } from "@playwright/test";
import { api, apiAs, downloadText, expectAccessible, PHONE, screenshot, testWithServer, type Person } from "./lib/index.ts";

// Ana takes everything with her (a JSON file and a printable page), then deletes her
// account; Ben, her partner, is left unlinked and keeps his own words.
const soon = { timeout: 15_000 };

/** This test's couple (Ana on a phone), linked through the API, each with a check-in shared today. */
const test = testWithServer().extend<{ sharers: [Person, Person] }>({
  sharers: async ({ couple: [ana, ben] }, use) => {
    const day = new Date().toISOString().slice(0, 10);
    const checkin = { day, emotions: { mad: 0, sad: 2, glad: 0, fear: 0 }, high: "", low: "", visibility: "shared" };
    expect((await apiAs(ana, "POST", "/api/checkins", { ...checkin, mindHeart: "Ana misses the sea." })).status).toBe(201);
    expect((await apiAs(ben, "POST", "/api/checkins", { ...checkin, mindHeart: "Ben had a long shift." })).status).toBe(201);
    await use([ana, ben]);
  },
});

test.use({ coupleOptions: [{ viewport: PHONE }, {}] });

test.describe("your data in your hands", () => {
  test("downloads everything as JSON, with the partner's shared words under their name", async ({ sharers: [ana] }) => {
    const p = ana.page;
    await p.goto("/account");
    const [download] = await Promise.all([p.waitForEvent("download"), p.getByRole("button", { name: "Download everything (JSON)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^attune-export-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await downloadText(download)) as {
      checkins: { mindHeart: string }[];
      sharedWithMe: { checkins: { from: string; mindHeart: string }[] };
    };
    expect(data.checkins.map((c) => c.mindHeart)).toEqual(["Ana misses the sea."]);
    expect(data.sharedWithMe.checkins).toEqual([expect.objectContaining({ from: "Ben", mindHeart: "Ben had a long shift." })]);
  });

  test("shows the same as a readable, printable page", async ({ sharers: [ana] }) => {
    const p = ana.page;
    await p.goto("/account");
    await p.getByRole("link", { name: "See it as a printable page" }).click();
    await expect(p.getByText("Ana misses the sea.")).toBeVisible(soon);
    await expect(p.getByText("Ben had a long shift.")).toBeVisible();
    await p.emulateMedia({ media: "print" });
    await expect(p.locator(".site-header")).toBeHidden();
    await p.emulateMedia({ media: "screen" });
    await screenshot(p, "my-data-export-phone");
    await expectAccessible(p, "export page");
  });

  test("deletes the account after the password, and the partner is simply no longer linked", async ({ sharers: [ana, ben] }) => {
    const p = ana.page;
    await p.goto("/account");
    await p.getByRole("button", { name: "Delete my account…" }).click();
    const dialog = p.getByRole("dialog", { name: "Delete your account and everything in it?" });
    await expect(dialog).toBeVisible(soon);
    await dialog.getByLabel("Your password, to confirm").fill("not my password");
    await dialog.getByRole("button", { name: "Delete everything" }).click();
    await expect(dialog.getByRole("alert").filter({ hasText: "That password is not right." }).first()).toBeVisible(soon);
    await dialog.getByLabel("Your password, to confirm").fill(ana.password);
    await dialog.getByRole("button", { name: "Delete everything" }).click();
    await expect(p).toHaveURL((url) => url.pathname === "/login", soon);
    await expect(p.getByText("Your account and everything in it have been deleted.")).toBeVisible(soon);
    expect(new URL(p.url()).search).toBe("?deleted=1");
    expect((await api(p, "GET", "/api/me")).status).toBe(401);
    const benMe = await apiAs<{ couple: unknown }>(ben, "GET", "/api/me");
    expect(benMe.data.couple).toBeNull();
    const benHistory = await apiAs<{ items: { mindHeart: string }[] }>(ben, "GET", "/api/checkins/mine");
    expect(benHistory.data.items.map((c) => c.mindHeart)).toEqual(["Ben had a long shift."]);
  });
});
