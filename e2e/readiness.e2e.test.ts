import { itemsInOrder, libraryItemById, READINESS_PRIVACY_NOTE, READINESS_SCALE, scoreReadiness, SUBSCALES, type ReadinessAnswers } from "@attune/shared";
import { expect, type Page } from "@playwright/test";
import path from "node:path";
import { api, apiOk, expectAccessible, fitsWidth, PHONE, screenshot, screenshotDir, testWithServer, type Person } from "./lib/index.ts";

// The Relationship Readiness Test with two people: Ana takes it (clicks, then a retake
// by keyboard only), sees her results and the chart of both attempts, shares one with
// Ben, who sees it; a failed save keeps every answer; deleting an attempt works. Each test links its own couple through the API, and takes there
// the attempts an earlier step would have left.
const test = testWithServer();

const ITEMS = itemsInOrder();
const soon = { timeout: 10_000 };
const labelOf = (value: number) => READINESS_SCALE.find((p) => p.value === value)?.label ?? "";
const label = (id: string) => SUBSCALES.find((s) => s.id === id)?.label ?? id;

/** First attempt: a spread of answers that gives the subscales different scores. */
// Curiosity clearly lowest (every keyed answer 1), so one area to grow stands out beyond measurement error.
const FIRST: ReadinessAnswers = Object.fromEntries(
  ITEMS.map((item, i) => [item.id, item.subscale === "curiosity" ? (item.reverse ? 5 : 1) : ((i * 3 + (item.reverse ? 1 : 0)) % 5) + 1]),
);
/** The retake: every statement leaning the helpful way (4 for most, 2 for reverse-keyed ones). */
const RETAKE: ReadinessAnswers = Object.fromEntries(ITEMS.map((item) => [item.id, item.reverse ? 2 : 4]));

interface ResultBody {
  id: string;
  sharedWithPartner: boolean;
  subscales: { subscale: string; score: number }[];
}

/** The scores shown for each area, read from the page: [[label, score], …]. */
const shownScores = (page: Page, scope: string) =>
  page
    .locator(`${scope} .rt-score`)
    .evaluateAll((els) =>
      els.map((el) => [el.querySelector(".rt-score__label")?.textContent ?? "", Number(el.querySelector(".rt-score__value strong")?.textContent)]),
    );

/**
 * Ana's attempts, taken through the API in this order (the last is the newest), then her
 * Readiness page open on the newest result.
 */
async function anaHasTaken(ana: Person, attempts: ReadinessAnswers[]): Promise<void> {
  let previous = 0;
  for (const answers of attempts) {
    // Results are ordered by when they were taken: the next one must be a millisecond later.
    await expect.poll(() => Date.now()).toBeGreaterThan(previous);
    previous = Date.parse((await apiOk<ResultBody & { takenAt: string }>(ana, "POST", "/api/readiness/results", answers)).takenAt);
  }
  await ana.page.goto("/readiness");
  await expect(ana.page.getByRole("heading", { name: "Your results" })).toBeVisible(soon);
}

/** Every statement answered on the open test form, by clicking. */
async function answerAll(a: Page, answers: ReadinessAnswers): Promise<void> {
  for (const [i, item] of ITEMS.entries()) {
    await a
      .locator(".rt-item")
      .nth(i)
      .getByRole("radio", { name: labelOf(answers[item.id] ?? 3), exact: true })
      .check();
  }
  await expect(a.locator(".rt-progress")).toContainText(`${ITEMS.length} of ${ITEMS.length}`, soon);
}

test.describe("the readiness test in the browser", () => {
  test("Ana reads the privacy note, answers every statement, and a failed save keeps her answers", async ({ couple: [ana] }) => {
    const a = ana.page;
    await a.goto("/");
    await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Readiness" }).click();
    await expect(a).toHaveURL((url) => url.pathname === "/readiness", soon);
    await expect(a.getByRole("heading", { name: "Before you start" })).toBeVisible(soon);
    await expect(a.getByText(READINESS_PRIVACY_NOTE)).toBeVisible();
    await screenshot(a, "readiness-intro");
    await expectAccessible(a, "readiness intro");

    await a.getByRole("button", { name: "Start the test" }).click();
    const progress = a.locator(".rt-progress");
    await expect(progress).toContainText(`0 of ${ITEMS.length}`, soon);
    await expect(a.locator(".rt-item")).toHaveCount(ITEMS.length);

    // All but the last two by clicking.
    for (const [i, item] of ITEMS.slice(0, -2).entries()) {
      await a
        .locator(".rt-item")
        .nth(i)
        .getByRole("radio", { name: labelOf(FIRST[item.id] ?? 3), exact: true })
        .check();
    }
    await expect(progress).toContainText(`${ITEMS.length - 2} of ${ITEMS.length}`, soon);
    // Asking for results too early names what's missing and goes to it.
    await a.getByRole("button", { name: "See my results" }).click();
    await expect(a.getByRole("alert")).toContainText("2 statements still need an answer", soon);
    const firstMissing = ITEMS[ITEMS.length - 2]?.id ?? "";
    await expect(a.locator(":focus")).toHaveAttribute("name", `rt-${firstMissing}`, soon);
    await expect(a.locator(".rt-item--missing")).toHaveCount(2);
    await screenshot(a, "readiness-missing");

    for (const [k, item] of ITEMS.slice(-2).entries()) {
      await a
        .locator(".rt-item")
        .nth(ITEMS.length - 2 + k)
        .getByRole("radio", { name: labelOf(FIRST[item.id] ?? 3), exact: true })
        .check();
    }
    await expect(progress).toContainText(`${ITEMS.length} of ${ITEMS.length}`, soon);
    await expectAccessible(a, "readiness statements");

    // The server is busy once: the answers all stay.
    await a.route("**/api/readiness/results", (route) =>
      route.request().method() === "POST"
        ? route.fulfill({
            status: 503,
            contentType: "application/json",
            body: JSON.stringify({ error: { code: "unavailable", message: "Attune is busy for a moment." } }),
          })
        : route.fallback(),
    );
    await a.getByRole("button", { name: "See my results" }).click();
    await expect(a.getByRole("alert")).toContainText("Your answers are all still here.", soon);
    await expect(a.locator(".rt-item input:checked")).toHaveCount(ITEMS.length);
    await a.unroute("**/api/readiness/results");
  });

  test("shows a score per area with its meaning, the strongest area, and one to grow with three exercises", async ({ couple: [ana] }) => {
    const a = ana.page;
    // The form as the first step leaves it: every statement answered, not yet sent.
    await a.goto("/readiness");
    await a.getByRole("button", { name: "Start the test" }).click();
    await answerAll(a, FIRST);
    await a.getByRole("button", { name: "See my results" }).click();
    await expect(a.getByRole("heading", { name: "Your results" })).toBeVisible(soon);
    // Focus lands on the results, so keyboard and screen-reader users start there.
    await expect(a.locator(":focus")).toHaveText("Your results", soon);

    const expected = scoreReadiness(FIRST);
    await expect.poll(() => shownScores(a, ".rt-mine")).toEqual(expected.subscales.map((s) => [s.label, s.score]));
    for (const s of expected.subscales) await expect(a.locator(".rt-mine").getByText(s.meaning)).toBeVisible();
    const strong = a.locator(".rt-mine .rt-highlight--strong");
    await expect(strong).toContainText(label(expected.strongest));
    const grow = a.locator(".rt-mine .rt-highlight--grow");
    expect(expected.growth?.subscale).toBe("curiosity");
    await expect(grow).toContainText(label(expected.growth?.subscale ?? ""));
    const titles = (expected.growth?.exerciseIds ?? []).map((id) => libraryItemById(id)?.title);
    expect(titles.every((t) => typeof t === "string")).toBe(true);
    await expect(grow.locator(".rt-exercises > li a")).toHaveText(titles.map((t) => t ?? ""));
    // Not shared unless she chooses.
    await expect(a.getByRole("checkbox", { name: "Share this result with Ben" })).not.toBeChecked();
    await expect(a.getByText("Take the test again in a few weeks")).toBeVisible();
    await screenshot(a, "readiness-results");
    await expectAccessible(a, "readiness results");
    // Each exercise opens in the practice library.
    await grow.getByRole("link", { name: titles[0] ?? "" }).click();
    await expect(a).toHaveURL((url) => url.pathname === `/library/${expected.growth?.exerciseIds[0] ?? ""}`, soon);
    await expect(a.getByRole("heading", { level: 1 })).toHaveText(titles[0] ?? "", soon);
    await a.goBack();
    await expect(a.getByRole("heading", { name: "Your results" })).toBeVisible(soon);
  });

  test("Ana retakes it by keyboard alone, and the chart shows both attempts", async ({ couple: [ana] }) => {
    await anaHasTaken(ana, [FIRST]);
    const a = ana.page;
    await a.getByRole("button", { name: "Take the test again" }).click();
    await expect(a.locator(".rt-progress")).toContainText(`0 of ${ITEMS.length}`, soon);
    // Focus the first statement's first point, then: Space picks it, arrows move, Tab goes on.
    await a.locator(".rt-item").first().getByRole("radio").first().focus();
    for (const item of ITEMS) {
      await a.keyboard.press("Space");
      for (let k = 1; k < (RETAKE[item.id] ?? 1); k++) await a.keyboard.press("ArrowRight");
      await a.keyboard.press("Tab");
    }
    await expect(a.locator(".rt-progress")).toContainText(`${ITEMS.length} of ${ITEMS.length}`, soon);
    // Tab has arrived at the submit button; Enter sends.
    await expect(a.locator(":focus")).toHaveText("See my results");
    await a.keyboard.press("Enter");
    await expect(a.locator("svg.rt-chart__svg")).toHaveAttribute("data-attempts", "2", soon);

    const retake = scoreReadiness(RETAKE);
    const first = scoreReadiness(FIRST);
    await expect.poll(() => shownScores(a, ".rt-mine")).toEqual(retake.subscales.map((s) => [s.label, s.score]));
    // One line per area, each with two points; the table says the same in numbers.
    const lines = a.locator(".rt-chart__line");
    await expect(lines).toHaveCount(SUBSCALES.length);
    for (let i = 0; i < SUBSCALES.length; i++) await expect(lines.nth(i).locator("circle, rect, path:not([fill=none])")).toHaveCount(2);
    const rows = await a
      .locator(".rt-table tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => Number(td.textContent))));
    expect(rows).toEqual(first.subscales.map((s, i) => [s.score, retake.subscales[i]?.score]));
    await expect(a.getByRole("img", { name: /Your scores over 2 attempts/ })).toBeVisible();
    await screenshot(a, "readiness-retake-chart");
    await expectAccessible(a, "readiness chart");

    const stored = await api<{ results: ResultBody[] }>(a, "GET", "/api/readiness/results");
    expect(stored.data.results).toHaveLength(2);
    expect(stored.data.results.every((r) => !r.sharedWithPartner)).toBe(true);
  });

  test("Ben sees nothing until Ana shares a result, then sees it arrive live", async ({ couple: [ana, ben] }) => {
    await anaHasTaken(ana, [FIRST, RETAKE]);
    const b = ben.page;
    await b.goto("/readiness");
    await expect(b.getByRole("heading", { name: "Ana's shared results" })).toBeVisible(soon);
    await expect(b.getByText("When Ana chooses to share a result with you")).toBeVisible(soon);
    expect((await api<{ results: unknown[] }>(b, "GET", "/api/readiness/partner")).data.results).toEqual([]);

    const a = ana.page;
    const share = a.getByRole("checkbox", { name: "Share this result with Ben" });
    // A click, then the box is awaited (as for unsharing below): a refetch can re-render it mid-click.
    await share.click();
    await expect(a.getByRole("status").filter({ hasText: "Shared with Ben." })).toBeVisible(soon);
    await expect(share).toBeChecked(soon);

    // No reload: the partner's screen hears the "readiness" event.
    const theirs = b.getByRole("region", { name: "Ana's shared results" });
    await expect(theirs.locator(".rt-score")).toHaveCount(SUBSCALES.length, soon);
    const retake = scoreReadiness(RETAKE);
    await expect.poll(() => shownScores(b, ".rt-partner")).toEqual(retake.subscales.map((s) => [s.label, s.score]));
    await expect(theirs).toContainText("Ana's strongest area");
    await screenshot(b, "readiness-partner-shared");
    await expectAccessible(b, "partner's shared readiness");

    // Stopping sharing takes it away again, from the API and from Ben's open screen.
    // (A click, then the box is awaited: a refetch can re-render the box mid-click.)
    await share.click();
    await expect(share).not.toBeChecked(soon);
    await expect.poll(async () => (await api<{ results: unknown[] }>(b, "GET", "/api/readiness/partner")).data.results.length, soon).toBe(0);
    await expect(theirs.locator(".rt-score")).toHaveCount(0, soon);
  });

  test("Ana deletes her first attempt; the chart waits for another", async ({ couple: [ana] }) => {
    await anaHasTaken(ana, [FIRST, RETAKE]);
    const a = ana.page;
    await a.getByRole("button", { name: /See these results/ }).click();
    await expect(a.locator(".rt-mine")).toContainText("(an earlier attempt)", soon);
    await expect.poll(() => shownScores(a, ".rt-mine")).toEqual(scoreReadiness(FIRST).subscales.map((s) => [s.label, s.score]));
    await a.getByRole("button", { name: "Delete this result" }).click();
    const dialog = a.getByRole("dialog", { name: "Delete this result?" });
    await expect(dialog).toBeVisible(soon);
    await dialog.getByRole("button", { name: "Delete it" }).click();
    await expect(a.getByText("Take the test again in a few weeks")).toBeVisible(soon);
    expect((await api<{ results: unknown[] }>(a, "GET", "/api/readiness/results")).data.results).toHaveLength(1);
    await expect(a.locator("svg.rt-chart__svg")).toHaveCount(0);
  });

  test("fits a phone screen, statements and results", async ({ couple: [ana] }) => {
    await anaHasTaken(ana, [RETAKE]);
    const a = ana.page;
    await a.setViewportSize(PHONE);
    await a.goto("/readiness");
    await expect(a.getByRole("heading", { name: "Your results" })).toBeVisible(soon);
    expect(await fitsWidth(a)).toBe(true);
    await screenshot(a, "readiness-results-phone");
    await a.getByRole("button", { name: "Take the test again" }).click();
    await a.locator(".rt-item").first().getByRole("radio", { name: "Very much like me", exact: true }).check();
    expect(await fitsWidth(a)).toBe(true);
    await screenshot(a, "readiness-statements-phone");
    // What a phone shows at once, not only the whole long page.
    await a.screenshot({ path: path.join(screenshotDir, "readiness-statements-phone-view.png") });
    await expectAccessible(a, "readiness statements on a phone");
    // Stepping away keeps the answer given so far.
    await a.getByRole("button", { name: "Not now" }).click();
    await expect(a.getByRole("button", { name: /Continue the retake \(1 of 36\)/ })).toBeVisible(soon);
  });
});
