import { LIBRARY_ITEMS } from "@attune/shared";
import { expect, type Page } from "@playwright/test";
import { apiAs, axeViolations, PHONE, screenshot, testWithServer, type Person } from "./lib/index.ts";

// Today, as Ana sees it after Ben did one of each thing that waits for her: shared a
// check-in, answered today's question, started a repair, replied to her share, invited
// her to try a practice. At a phone and a desktop size, light and dark. Each test links its
// own couple and has Ben do those five things through the API.

const soon = { timeout: 10_000 };
const DESKTOP = { width: 1280, height: 800 } as const;
const SIZES = [
  ["phone", PHONE],
  ["desktop", DESKTOP],
] as const;
const THEMES = ["light", "dark"] as const;
const PRACTICE = LIBRARY_ITEMS[0];

/** Today in the browser's time zone (newPerson sets Europe/London), for set-up before a page opens. */
const localToday = () => new Date().toLocaleDateString("sv", { timeZone: "Europe/London" });
const checkin = (day: string, text: string) => ({
  day,
  emotions: { mad: 0, sad: 2, glad: 1, fear: 0 },
  high: "",
  low: "",
  mindHeart: text,
  visibility: "shared",
});
const waiting = (page: Page) => page.getByRole("region", { name: /What's waiting/ });

async function expectNoAxeViolations(page: Page, label: string) {
  const violations = await axeViolations(page);
  expect(violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

interface Waiting {
  ana: Person;
  ben: Person;
  /** Ben's shared check-in, and Ana's (which Ben replied to). */
  benShare: string;
  anaShare: string;
}

/** This test's couple, with one of each thing waiting for Ana, and her installed app's badge recorded. */
const test = testWithServer().extend<{ waiting: Waiting }>({
  waiting: async ({ couple: [ana, ben] }, use) => {
    const day = localToday();
    const anaShare = (await apiAs<{ id: string }>(ana, "POST", "/api/checkins", checkin(day, "A long week, and I miss our walks."))).data.id;
    const benShare = (await apiAs<{ id: string }>(ben, "POST", "/api/checkins", checkin(day, "Work was heavy today, I felt invisible."))).data.id;
    expect((await apiAs(ben, "POST", `/api/checkins/${anaShare}/replies`, { body: "I miss them too. Saturday morning?" })).status).toBe(201);
    expect((await apiAs(ben, "POST", "/api/daily-question/answer", { day, text: "The night train to Vienna." })).status).toBe(200);
    expect((await apiAs(ben, "POST", "/api/repair", { mode: "apart" })).status).toBe(201);
    expect((await apiAs(ben, "POST", "/api/library/tries", { itemId: PRACTICE?.id })).status).toBe(201);
    // The installed app's badge: record what the page asks for (Chromium has the API only when installed).
    await ana.context.addInitScript(() => {
      const calls: (number | null)[] = [];
      (window as unknown as { __badge: (number | null)[] }).__badge = calls;
      Object.defineProperty(navigator, "setAppBadge", { value: async (n?: number) => void calls.push(n ?? null), configurable: true });
      Object.defineProperty(navigator, "clearAppBadge", { value: async () => void calls.push(0), configurable: true });
    });
    await use({ ana, ben, benShare, anaShare });
  },
});

test.describe("Today in the browser", () => {
  for (const theme of THEMES) {
    for (const [size, viewport] of SIZES) {
      test(`shows each kind of waiting thing, at ${size} size in ${theme}`, async ({ waiting: { ana } }) => {
        const a = ana.page;
        await a.emulateMedia({ colorScheme: theme });
        await a.setViewportSize(viewport);
        await a.goto("/");
        const list = waiting(a);
        await expect(list.getByRole("listitem")).toHaveCount(5, soon);
        await expect(list.getByText("Ben shared just now.")).toBeVisible();
        await expect(list.getByText("Ben answered today's question — your turn, then you'll both see both.")).toBeVisible();
        await expect(list.getByText("Ben started a repair — when you're ready.")).toBeVisible();
        await expect(list.getByText("A new reply from Ben to your check-in.")).toBeVisible();
        await expect(list.getByRole("listitem").filter({ hasText: `Ben invited you to try ${PRACTICE?.title}.` })).toBeVisible();
        // Nothing Ben wrote is on Ana's Today.
        for (const words of ["invisible", "Vienna", "Saturday"]) await expect(list).not.toContainText(words);
        // The waiting list comes before the feature cards.
        const [todayBox, cardsBox] = await Promise.all([list.boundingBox(), a.getByRole("region", { name: "Ways to connect" }).boundingBox()]);
        expect((todayBox?.y ?? Infinity) < (cardsBox?.y ?? 0)).toBe(true);
        await expect(a).toHaveTitle(/^\(5\) /, soon);
        await expect(a.locator(":root")).toHaveCSS("color-scheme", new RegExp(theme));
        await expectNoAxeViolations(a, `today ${size} ${theme}`);
        await screenshot(a, `today-${size}-${theme}`);
      });
    }
  }

  test("asks the installed app's badge to show the count", async ({ waiting: { ana } }) => {
    const a = ana.page;
    await a.goto("/");
    await expect.poll(() => a.evaluate(() => (window as unknown as { __badge: (number | null)[] }).__badge.at(-1)), soon).toBe(5);
  });

  test("takes an item away once it is done, and brings news in live", async ({ waiting: { ana, ben, anaShare, benShare } }) => {
    const a = ana.page;
    await a.setViewportSize(PHONE);
    await a.emulateMedia({ colorScheme: "light" });
    await a.goto("/");
    const list = waiting(a);
    await list.getByRole("link", { name: "Reply to Ben's check-in" }).click();
    await expect(a).toHaveURL((url) => url.pathname === `/checkins/${benShare}`, soon);
    await a.getByLabel("Your reply to Ben").fill("That sounds so lonely. I see you — tell me more tonight?");
    await a.getByRole("button", { name: "Send" }).click();
    await expect(a.getByText("Sent. Thank you for showing up for them.")).toBeVisible(soon);
    // Opening her own thread counts Ben's reply as seen.
    await a.goto(`/checkins/${anaShare}`);
    await expect(a.getByText("I miss them too. Saturday morning?")).toBeVisible(soon);
    await a
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: /^Today/ })
      .click();
    await expect(list.getByRole("listitem")).toHaveCount(3, soon);
    await expect(a).toHaveTitle(/^\(3\) /, soon);

    // Ben replies again while Ana looks at Today: it arrives without a reload.
    await a.evaluate(() => ((window as unknown as { __same: boolean }).__same = true));
    expect((await apiAs(ben, "POST", `/api/checkins/${anaShare}/replies`, { body: "Or Sunday, if you'd rather." })).status).toBe(201);
    await expect(list.getByText("A new reply from Ben to your check-in.")).toBeVisible(soon);
    await expect(a).toHaveTitle(/^\(4\) /, soon);
    expect(await a.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true);
    // The bottom bar says it too.
    await expect(a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Today.*4 waiting/ })).toBeVisible();
  });

  test("follows the system's colours, or the choice made in account settings on this device", async ({ waiting: { ana } }) => {
    const a = ana.page;
    await a.setViewportSize(DESKTOP);
    await a.emulateMedia({ colorScheme: "light" });
    await a.goto("/account");
    const body = a.locator("body");
    const background = () => body.evaluate((el) => getComputedStyle(el).backgroundColor);
    const light = await background();
    const appearance = a.getByRole("group", { name: "Colours in this browser" });
    await appearance.getByRole("radio", { name: "Dark" }).check();
    await expect(body).not.toHaveCSS("background-color", light, soon);
    const dark = await background();
    await expectNoAxeViolations(a, "account dark by choice");
    await screenshot(a, "today-account-dark");
    await a.reload();
    await expect(a.getByRole("group", { name: "Colours in this browser" })).toBeVisible(soon);
    await expect(body).toHaveCSS("background-color", dark);
    await a.getByRole("group", { name: "Colours in this browser" }).getByRole("radio", { name: "Follow the system setting" }).check();
    await expect(body).toHaveCSS("background-color", light, soon);
    await a.emulateMedia({ colorScheme: "dark" });
    await expect(body).toHaveCSS("background-color", dark, soon);
    await a.getByRole("group", { name: "Colours in this browser" }).getByRole("radio", { name: "Light" }).check();
    await expect(body).toHaveCSS("background-color", light, soon);
    await a.getByRole("group", { name: "Colours in this browser" }).getByRole("radio", { name: "Follow the system setting" }).check();
  });
});
