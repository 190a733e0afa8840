import { LIBRARY_ITEMS, searchLibrary, weeklyRitual } from "@attune/shared";
import { expect, type Page } from "@playwright/test";
import { api, apiOk, expectAccessible, fitsWidth, PHONE, screenshot, testWithServer } from "./lib/index.ts";

// The practice library, with two linked people: Ana searches with a typo, filters,
// saves a favourite that survives a reload, sees picks "for you" with their why, and
// invites Ben to try an exercise together; Ben sees it in his Together list, both mark
// it done, and both see "You both did this". Ben uses a phone-sized screen. Each test links its own couple through the API and sets up
// what an earlier step would have left (an invitation) the same way.
const test = testWithServer();
test.use({ coupleOptions: [{}, { viewport: PHONE }] });

const soon = { timeout: 12_000 };
const countText = (n: number) => (n === 1 ? "1 practice" : `${n} practices`);

const results = (page: Page) => page.getByRole("list", { name: "Results" });
const status = (page: Page) => page.locator(".lib-count");

// An exercise for two, with steps: the one Ana invites Ben to try.
const together = LIBRARY_ITEMS.find((i) => i.kind === "exercise" && i.for === "two" && (i.steps?.length ?? 0) >= 2);

test.describe("the practice library in the browser", () => {
  test("Ana opens Practice: picks for her with why, this week's ritual, the whole library", async ({ couple: [ana] }) => {
    const a = ana.page;
    await a.goto("/");
    await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Practice" }).click();
    await expect(a).toHaveURL((url) => url.pathname === "/library", soon);
    await expect(a.getByRole("heading", { name: "Practice", level: 1 })).toBeVisible(soon);

    // "For you" shows the server's picks, each with its why.
    const recs = await api<{ items: { itemId: string; why: string }[] }>(a, "GET", "/api/library/recommendations");
    expect(recs.status).toBe(200);
    const first = recs.data.items[0];
    expect(first, "someone new still gets a gentle place to start").toBeDefined();
    const forYou = a.getByRole("region", { name: "For you" });
    await expect
      .poll(
        () =>
          forYou
            .getByText(first?.why ?? "", { exact: true })
            .first()
            .isVisible(),
        soon,
      )
      .toBe(true);
    const firstTitle = LIBRARY_ITEMS.find((i) => i.id === first?.itemId)?.title ?? "";
    await expect(forYou.getByRole("link", { name: firstTitle })).toBeVisible();

    // This week's ritual: five questions in ritual order.
    const ritual = a.getByRole("region", { name: "This week's ritual" });
    await expect(ritual.getByRole("listitem")).toHaveCount(5);
    const links = await ritual.getByRole("listitem").getByRole("link").allTextContents();
    // …and the way to do it together, step by step.
    await expect(ritual.getByRole("link", { name: "Do it as a Daily Temperature Reading" })).toHaveAttribute("href", "/temperature");
    const me = await api<{ couple: { id: string } }>(a, "GET", "/api/me");
    const weeks = [-1, 0, 1].map((d) => weeklyRitual(me.data.couple.id, Math.floor((Date.now() - Date.UTC(2024, 0, 1)) / (7 * 864e5)) + d).map((q) => q.title));
    expect(weeks.some((w) => JSON.stringify(w) === JSON.stringify(links))).toBe(true);

    // The whole library, a page at a time.
    await expect(status(a)).toHaveText(countText(LIBRARY_ITEMS.length), soon);
    await screenshot(a, "library-home");
    await expectAccessible(a, "library");
  });

  test("a search with a typo finds the item; filters narrow it down", async ({ couple: [ana] }) => {
    const a = ana.page;
    await a.goto("/library");
    const typo = "apreciation";
    const expected = searchLibrary(typo);
    // Nothing in the library is spelled that way; the typo still finds appreciation.
    expect(LIBRARY_ITEMS.some((i) => JSON.stringify(i).includes(typo))).toBe(false);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected[0]?.topics.includes("appreciation") || expected[0]?.part === "appreciation").toBe(true);
    await a.getByRole("searchbox", { name: "Search" }).fill(typo);
    await expect(status(a)).toHaveText(`${countText(expected.length)} for "${typo}"`, soon);
    await expect(results(a).getByRole("link", { name: expected[0]?.title ?? "" })).toBeVisible();

    // Kind: exercises; length: up to 2 minutes.
    await a.getByLabel("Kind", { exact: true }).selectOption("exercise");
    const exercises = searchLibrary(typo, { kind: "exercise" });
    await expect(status(a)).toHaveText(`${countText(exercises.length)} for "${typo}"`, soon);
    await a.getByRole("searchbox", { name: "Search" }).fill("");
    await a.getByLabel("Length", { exact: true }).selectOption({ label: "Up to 2 minutes" });
    const short = searchLibrary("", { kind: "exercise", maxMinutes: 2 });
    expect(short.length).toBeGreaterThan(0);
    expect(short.length).toBeLessThan(LIBRARY_ITEMS.filter((i) => i.kind === "exercise").length);
    await expect(status(a)).toHaveText(countText(short.length), soon);
    const kinds = await results(a).locator(".tag--kind").allTextContents();
    expect(kinds.length).toBe(Math.min(short.length, 12));
    expect(new Set(kinds)).toEqual(new Set(["Exercise"]));
    await expect(results(a).getByText("2 min", { exact: true }).first()).toBeVisible();
    await screenshot(a, "library-filtered");
    await expectAccessible(a, "library filtered");
    await a.getByRole("button", { name: "Clear filters" }).click();
    await expect(status(a)).toHaveText(countText(LIBRARY_ITEMS.length), soon);
  });

  test("a favourite persists after a reload", async ({ couple: [ana] }) => {
    const a = ana.page;
    await a.goto("/library");
    const item = searchLibrary("good news")[0];
    expect(item).toBeDefined();
    await a.getByRole("searchbox", { name: "Search" }).fill("good news");
    const fav = results(a).getByRole("button", { name: `Favourite: ${item?.title}` });
    await expect(fav).toHaveAttribute("aria-pressed", "false");
    await fav.click();
    await expect(fav).toHaveAttribute("aria-pressed", "true", soon);
    await expect(a.getByRole("status").filter({ hasText: "Saved" }).first()).toBeVisible(soon);

    await a.reload();
    await a.getByRole("checkbox", { name: "Only my favourites" }).check();
    await expect(status(a)).toHaveText(countText(1), soon);
    const again = results(a).getByRole("button", { name: `Favourite: ${item?.title}` });
    await expect(again).toHaveAttribute("aria-pressed", "true");
    const state = await api<{ favourites: string[] }>(a, "GET", "/api/library/state");
    expect(state.data.favourites).toEqual([item?.id]);
  });

  test("Ana opens an exercise, marks it done, and invites Ben to try it together", async ({ couple: [ana] }) => {
    const a = ana.page;
    await a.goto("/library");
    expect(together).toBeDefined();
    if (!together) return;
    await a.getByRole("checkbox", { name: "Only my favourites" }).uncheck();
    await a.getByRole("searchbox", { name: "Search" }).fill(together.title);
    await results(a).getByRole("link", { name: together.title }).first().click();
    await expect(a).toHaveURL((url) => url.pathname === `/library/${together.id}`, soon);
    await expect(a.getByRole("heading", { name: together.title, level: 1 })).toBeVisible(soon);
    const steps = a.getByRole("heading", { name: "Steps" }).locator("xpath=..").getByRole("listitem");
    await expect(steps).toHaveCount(together.steps?.length ?? 0, soon);

    await a.getByRole("button", { name: "I did this" }).click();
    await expect(a.getByText(/You last did this on/)).toBeVisible(soon);
    await a.getByRole("button", { name: "Try this together" }).click();
    await expect(a.getByText("You invited Ben to try this together.")).toBeVisible(soon);
    await screenshot(a, "library-item-invited");
    await expectAccessible(a, "library item");

    // Done marks survive a reload and reach the server.
    const state = await api<{ done: { itemId: string }[]; tries: { itemId: string; mine: boolean }[] }>(a, "GET", "/api/library/state");
    expect(state.data.done.map((d) => d.itemId)).toContain(together.id);
    expect(state.data.tries).toMatchObject([{ itemId: together.id, mine: true }]);
  });

  test("Ben sees the invitation in Together; both mark done and both see it", async ({ couple: [ana, ben] }) => {
    if (!together) return;
    // What Ana's step above does on the page, here through the API: she did it, and invited Ben.
    await apiOk(ana, "POST", `/api/library/done/${together.id}`, undefined, [204]);
    await apiOk(ana, "POST", "/api/library/tries", { itemId: together.id });
    await ana.page.goto(`/library/${together.id}`);
    await expect(ana.page.getByText("You invited Ben to try this together.")).toBeVisible(soon);
    const b = ben.page;
    await b.goto("/library");
    const list = b.getByRole("region", { name: "Together" });
    const card = list.getByRole("listitem").filter({ hasText: together.title });
    await expect(card.getByText("Ana invited you to try this together.")).toBeVisible(soon);
    expect(await fitsWidth(b)).toBe(true);
    await screenshot(b, "library-together-phone");
    await expectAccessible(b, "library on a phone");

    await card.getByRole("button", { name: /mark my part done/ }).click();
    await expect(card.getByText(/Waiting for Ana to mark theirs/)).toBeVisible(soon);

    // Ana, still on the item page, sees Ben's mark arrive, and marks hers.
    const a = ana.page;
    await expect(a.getByText("Ben has marked it done.")).toBeVisible(soon);
    await a.getByRole("button", { name: /mark my part done/ }).click();
    await expect(a.getByText("You both did this", { exact: true })).toBeVisible(soon);
    await screenshot(a, "library-both-did-this");

    // Ben's open page catches up on its own.
    await expect(card.getByText("You both did this", { exact: true })).toBeVisible(soon);
    await screenshot(b, "library-both-did-this-phone");
    const mine = await api<{ tries: { completedAt: string | null; myDoneAt: string | null; partnerDoneAt: string | null }[] }>(b, "GET", "/api/library/state");
    expect(mine.data.tries).toHaveLength(1);
    expect(mine.data.tries[0]?.completedAt).not.toBeNull();
  });
});
