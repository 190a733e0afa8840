import { expect } from "@playwright/test";
import { apiAs, DESKTOP, expectAccessible, fitsWidth, PHONE, screenshot, testWithServer, type Person } from "./lib/index.ts";

// Insights with two people: Ana checks in and shares, Ben replies, Ana says she felt heard.
// Ana sees her own insights (chart, summary, table) at desktop and phone width; "our
// insights" appear only once both said yes, and disappear when Ben takes his yes back. Each test has its own couple and exchange.
const soon = { timeout: 10_000 };
const today = new Date().toISOString().slice(0, 10);

/** This test's couple after one exchange: Ana shared, Ben replied, Ana felt heard (all through the API). */
const test = testWithServer().extend<{ heard: [Person, Person] }>({
  heard: async ({ couple: [ana, ben] }, use) => {
    const checkin = await apiAs<{ id: string }>(ana, "POST", "/api/checkins", {
      day: today,
      emotions: { mad: 0, sad: 2, glad: 1, fear: 2 },
      mindHeart: "I felt overwhelmed and anxious about the move.",
      visibility: "shared",
    });
    expect(checkin.status).toBe(201);
    const reply = await apiAs<{ id: string }>(ben, "POST", `/api/checkins/${checkin.data.id}/replies`, {
      body: "That sounds like a lot. What feels heaviest about it?",
    });
    expect(reply.status).toBe(201);
    expect((await apiAs(ana, "POST", `/api/replies/${reply.data.id}/feedback`, { heard: true })).status).toBe(200);
    await use([ana, ben]);
  },
});

test.describe("insights in the browser", () => {
  test("Ana finds her insights from home: emotions as a chart, a summary and a table; themes; being heard", async ({ heard: [ana] }) => {
    const a = ana.page;
    await a.setViewportSize(DESKTOP);
    await a.goto("/");
    await a
      .getByRole("link", { name: /Insights/ })
      .first()
      .click();
    await expect(a).toHaveURL((url) => url.pathname === "/insights", soon);
    await expect(a.getByRole("heading", { name: "Your emotions" })).toBeVisible(soon);
    await expect(a.getByRole("img", { name: /Your four emotions, week by week/ })).toBeVisible();
    await expect(a.getByText(/Afraid: quite a bit on average/)).toBeVisible();
    await expect(a.getByRole("table", { name: /Your emotions as a table/ })).toBeVisible();
    await expect(a.locator(".ins-themes").getByText("overwhelmed")).toBeVisible();
    await expect(a.getByText("You felt heard in 1 of 1 answers (100%).")).toBeVisible();
    await expect(a.getByText(/Nothing stands out right now/)).toBeVisible();
    await a.getByRole("radio", { name: "The last 12 weeks" }).check();
    await expect(a.locator(".ins-table tbody tr")).toHaveCount(12, soon);
    await screenshot(a, "insights-desktop");
    await expectAccessible(a, "my insights");
  });

  test("our insights show only while both said yes, and hide at once when one takes it back", async ({ heard: [ana, ben] }) => {
    const a = ana.page;
    const b = ben.page;
    await a.goto("/insights");
    await a.getByRole("button", { name: "Yes, show our insights" }).click();
    await expect(a.getByText("Ben hasn't said yes (yet).")).toBeVisible(soon);
    await expect(a.getByRole("table", { name: /the two of you/ })).toHaveCount(0);

    await b.goto("/insights");
    await expect(b.getByText("Ana said yes.")).toBeVisible(soon);
    await b.getByRole("button", { name: "Yes, show our insights" }).click();
    await expect(b.getByRole("table", { name: /the two of you/ })).toBeVisible(soon);
    await expectAccessible(b, "our insights");

    await a.reload();
    await expect(a.getByRole("table", { name: /the two of you/ })).toBeVisible(soon);
    await b.getByRole("button", { name: "Stop showing our insights" }).click();
    await expect(b.getByRole("table", { name: /the two of you/ })).toHaveCount(0, soon);
    // The server hides it at once: Ana's next look has nothing to show.
    await a.reload();
    await expect(a.getByText("Ben hasn't said yes (yet).")).toBeVisible(soon);
    await expect(a.getByRole("table", { name: /the two of you/ })).toHaveCount(0);
  });

  test("fits a phone screen", async ({ heard: [ana] }) => {
    const a = ana.page;
    await a.setViewportSize(PHONE);
    await a.goto("/insights");
    await expect(a.getByRole("heading", { name: "You as a listener" })).toBeVisible(soon);
    expect(await fitsWidth(a)).toBe(true);
    await screenshot(a, "insights-phone");
    await expectAccessible(a, "my insights on a phone");
  });
  test("a failed load says so with Try again, which loads the insights once the server answers", async ({ heard: [ana] }) => {
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
    await expect(tryAgain).toBeVisible({ timeout: 20_000 });
    // The notice is an alert (read at once), with the way to ask again inside it.
    await expect(a.getByRole("alert").filter({ has: tryAgain })).toBeVisible();
    await a.unroute(failing);
    await tryAgain.click();
    await expect(a.getByRole("heading", { name: "Your emotions" })).toBeVisible(soon);
    await expect(tryAgain).toHaveCount(0);
  });
});
