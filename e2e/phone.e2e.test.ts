import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { fitsWidth, goInApp, PHONE, screenshot, screenshotDir } from "./lib/index.ts";
import { DESKTOP, expectNoAxeViolations, phoneTest, SCREENS, soon, THEMES } from "./phone-couple.ts";

// The phone frame: a bottom bar of five reachable by keyboard, the rest under More, and the
// coach's line and Send above the keyboard while replying. Every main screen in light and
// dark without an axe finding: phone-screens-light and phone-screens-dark. Each test has its
// own couple (phoneTest).
const test = phoneTest();

const TABS = ["Today", "Check in", "Together", "Practice", "More"];
const FIXING_DRAFT = "You should just talk to your boss tomorrow and stop worrying.";

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
/** The element with focus (none matches when the document itself has it). */
const focused = (page: Page) => page.locator(":focus");

/**
 * Send and the coach's line are inside the viewport; the element at Send's centre is Send
 * itself. Polled: after a viewport resize the dock settles a frame or two later.
 */
async function sendVisibleAndUncovered(page: Page) {
  await expect.poll(() => layoutProblems(page), { timeout: 5_000 }).toEqual([]);
}

/** What is wrong with the composer's layout right now (empty when nothing). */
async function layoutProblems(page: Page): Promise<string[]> {
  const viewport = page.viewportSize() ?? PHONE;
  const send = page.getByRole("button", { name: "Send" });
  const problems: string[] = [];
  const boxes = { send: await send.boundingBox(), "coach line": await page.locator(".coach-bar").boundingBox() };
  for (const [name, box] of Object.entries(boxes)) {
    if (!box) problems.push(`${name}: not shown`);
    else if (box.y < 0 || box.y + box.height > viewport.height + 0.5 || box.x < 0 || box.x + box.width > viewport.width + 0.5) {
      problems.push(`${name}: outside the viewport (${JSON.stringify(box)})`);
    }
  }
  // The dock sits above the tab bar, never under it.
  const [dockBox, tabBox] = await Promise.all([page.locator(".composer__dock").boundingBox(), page.locator(".tabbar").boundingBox()]);
  if (dockBox && tabBox && dockBox.y + dockBox.height > tabBox.y + 1) problems.push("the dock is under the tab bar");
  const onTop = await send.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });
  if (!onTop) problems.push("something covers Send");
  return problems;
}

test.describe("the phone layout", () => {
  test("has a bottom bar of five with names and the current one marked, and a slim header", async ({ phone: { ana } }) => {
    const a = ana.page;
    await a.setViewportSize(PHONE);
    await a.goto("/");
    const nav = mainNav(a);
    await expect(nav).toBeVisible(soon);
    const links = nav.getByRole("link");
    await expect(links).toHaveCount(5, soon);
    // Five links (above), each holding its tab's name in this order.
    await expect(links).toContainText(TABS, { useInnerText: true });
    await expect(nav.getByRole("link", { name: /^Today/ })).toHaveAttribute("aria-current", "page");
    const header = await a.locator(".site-header").boundingBox();
    expect(header?.height ?? 999).toBeLessThan(80);
    const bar = await a.locator(".tabbar").boundingBox();
    expect((bar?.y ?? 0) + (bar?.height ?? 0)).toBeCloseTo(PHONE.height, 0);
    expect(await fitsWidth(a)).toBe(true);
  });

  test("moves between tabs and into More with the keyboard alone", async ({ phone: { ana } }) => {
    const a = ana.page;
    await a.setViewportSize(PHONE);
    await a.goto("/");
    const nav = mainNav(a);
    await nav.getByRole("link", { name: /^Today/ }).focus();
    await a.keyboard.press("Tab");
    await expect(focused(a)).toContainText("Check in");
    await a.keyboard.press("Enter");
    await expect(a).toHaveURL((url) => url.pathname === "/check-in", soon);
    await expect(nav.getByRole("link", { name: "Check in" })).toHaveAttribute("aria-current", "page", soon);
    await expect(nav.getByRole("link", { name: /^Today/ })).not.toHaveAttribute("aria-current");
    // The new screen's heading takes focus first; then back to the bar.
    await expect(focused(a)).toHaveJSProperty("tagName", "H1", soon);
    await nav.getByRole("link", { name: "Check in" }).focus();
    for (const expected of ["Together", "Practice", "More"]) {
      await a.keyboard.press("Tab");
      await expect(focused(a)).toContainText(expected);
    }
    await a.keyboard.press("Enter");
    await expect(a).toHaveURL((url) => url.pathname === "/more", soon);
    // After a move, focus lands on the new screen's heading.
    await expect(focused(a)).toHaveJSProperty("tagName", "H1", soon);
    const more = a.getByRole("navigation", { name: "More" });
    for (const name of ["Question", "Partner map", "Readiness", "Repair", "Partner", "Account", "Help and safety"]) {
      await expect(more.getByRole("link", { name, exact: true })).toBeVisible();
    }
    await expect(a.getByRole("button", { name: "Log out" })).toBeVisible();
    await a.keyboard.press("Tab");
    await expect(focused(a)).toHaveText("Question");
    await a.keyboard.press("Tab");
    await a.keyboard.press("Tab");
    await expect(focused(a)).toHaveText("Readiness");
    await a.keyboard.press("Enter");
    await expect(a).toHaveURL((url) => url.pathname === "/readiness", soon);
    // A screen under More marks More as where one is.
    await expect(nav.getByRole("link", { name: "More" })).toHaveAttribute("aria-current", "true", soon);
  });

  test("keeps the header's navigation on a desktop, without the bar", async ({ phone: { ana } }) => {
    const a = ana.page;
    await a.setViewportSize(DESKTOP);
    await a.goto("/");
    const nav = mainNav(a);
    // More than five links: a sixth exists.
    await expect(nav.getByRole("link").nth(5)).toBeAttached(soon);
    await expect(a.locator(".tabbar")).toBeHidden();
    await expect(nav.getByRole("link", { name: "Readiness" })).toBeVisible();
    const header = await a.locator(".site-header").boundingBox();
    expect(header?.height ?? 999).toBeLessThan(140);
  });

  for (const theme of THEMES) {
    test(`shows the coach's line and Send while typing a reply on the phone, in ${theme}`, async ({ phone: { ana, benShare } }) => {
      const a = ana.page;
      await a.emulateMedia({ colorScheme: theme });
      await a.setViewportSize(PHONE);
      await a.goto(`/checkins/${benShare}`);
      const field = a.getByLabel("Your reply to Ben");
      await field.click();
      await a.keyboard.type(FIXING_DRAFT);
      await expect(a.locator(".coach-bar")).toHaveText(/might get in the way/, soon);
      await sendVisibleAndUncovered(a);
      // With the keyboard up the page is about half as tall (interactive-widget=resizes-content).
      await a.setViewportSize({ width: PHONE.width, height: 480 });
      await field.focus();
      await sendVisibleAndUncovered(a);
      // Expandable in place, by keyboard.
      const toggle = a.getByRole("button", { name: /^(More|Less) from the coach$/ });
      await expect(toggle).toHaveText("More from the coach");
      await toggle.focus();
      await a.keyboard.press("Enter");
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      await expect(toggle).toHaveText("Less from the coach");
      await expect(a.locator(".coach-bar__more")).toBeVisible();
      await sendVisibleAndUncovered(a);
      // The draft stays readable above the dock.
      const [fieldBox, dockBox] = await Promise.all([field.boundingBox(), a.locator(".composer__dock").boundingBox()]);
      expect((fieldBox?.y ?? 0) + (fieldBox?.height ?? 0)).toBeLessThanOrEqual((dockBox?.y ?? 0) + 1);
      expect(fieldBox?.y ?? -1).toBeGreaterThanOrEqual(0);
      await expectNoAxeViolations(a, `composer ${theme}`);
      await a.screenshot({ path: path.join(screenshotDir, `phone-composer-${theme}.png`) });
      await a.keyboard.press("Enter");
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
      await field.fill("");
      await a.setViewportSize(PHONE);
    });
  }

  test("shows the partner map and the Readiness Test one part at a time on the phone, by keyboard, and whole on a desktop", async ({ phone: { ana } }) => {
    test.setTimeout(120_000);
    const a = ana.page;
    await a.emulateMedia({ colorScheme: "light" });
    await a.setViewportSize(PHONE);
    await a.goto("/partner-map");
    const mapParts = a.getByRole("tablist", { name: "Parts of your partner map" });
    await expect(mapParts).toBeVisible(soon);
    const mapTabs = mapParts.getByRole("tab");
    await expect(mapTabs).toHaveText(
      ["Their story", "Old wounds", "Tender spots", "What helps", "Looking forward to", "People who matter", "Something else", "About you"],
      { useInnerText: true },
    );
    const visibleHeadings = a.locator("main h2:visible");
    await expect(visibleHeadings).toHaveText(["Their story"], { ...soon, useInnerText: true });
    await mapParts.getByRole("tab", { name: "Their story" }).focus();
    await a.keyboard.press("ArrowRight");
    await expect(focused(a)).toHaveText("Old wounds");
    await expect(mapParts.getByRole("tab", { name: "Old wounds" })).toHaveAttribute("aria-selected", "true");
    await expect(visibleHeadings).toHaveText(["Old wounds"], { ...soon, useInnerText: true });
    await a.keyboard.press("End");
    await expect(visibleHeadings).toHaveText(["What Ben understood about you"], { ...soon, useInnerText: true });
    await expect(a.getByRole("tabpanel").filter({ visible: true })).toBeVisible(soon);
    for (const theme of THEMES) {
      await a.emulateMedia({ colorScheme: theme });
      await expectNoAxeViolations(a, `partner map in parts, ${theme}`);
      await screenshot(a, `phone-partner-map-parts-phone-${theme}`);
    }

    await a.emulateMedia({ colorScheme: "light" });
    await a.goto("/readiness");
    await a.getByRole("button", { name: /^(Start the test|Continue)/ }).click();
    const testParts = a.getByRole("tablist", { name: "Parts of the test" });
    await expect(testParts).toBeVisible(soon);
    await expect(testParts.getByRole("tab")).toHaveCount(6);
    const visibleStatements = a.locator(".rt-item:visible");
    await expect(visibleStatements).toHaveCount(6, soon);
    const height = await a.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(5000);
    await a.getByRole("button", { name: "Next: statements 7–12" }).click();
    await expect(testParts.getByRole("tab", { name: "Statements 7–12" })).toHaveAttribute("aria-selected", "true");
    await expect(focused(a)).toHaveAttribute("name", /^rt-/, soon);
    // Sending with statements unanswered takes the person to the first one, in its own part.
    await a.getByRole("button", { name: "See my results" }).click();
    await expect(testParts.getByRole("tab", { name: "Statements 1–6" })).toHaveAttribute("aria-selected", "true", soon);
    const focusedVisible = await a.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.tagName === "INPUT" && el.getClientRects().length > 0;
    });
    expect(focusedVisible).toBe(true);
    for (const theme of THEMES) {
      await a.emulateMedia({ colorScheme: theme });
      await expectNoAxeViolations(a, `readiness test in parts, ${theme}`);
      await screenshot(a, `phone-readiness-test-parts-phone-${theme}`);
    }

    // A desktop keeps the whole page.
    await a.emulateMedia({ colorScheme: "light" });
    await a.setViewportSize(DESKTOP);
    await expect(visibleStatements).toHaveCount(36, soon);
    await expect(a.getByRole("tablist")).toHaveCount(0);
    for (const theme of THEMES) {
      await a.emulateMedia({ colorScheme: theme });
      await screenshot(a, `phone-readiness-test-desktop-${theme}`);
    }
    await a.getByRole("button", { name: "Not now" }).click();
    await a.goto("/partner-map");
    await expect(visibleHeadings).toHaveCount(8, soon);
    await expect(a.getByRole("tablist")).toHaveCount(0);
    for (const theme of THEMES) {
      await a.emulateMedia({ colorScheme: theme });
      await screenshot(a, `phone-partner-map-desktop-${theme}`);
    }
    await a.setViewportSize(PHONE);
  });

  test("breaks no screen into a wall taller than 5,000 px on the phone", async ({ phone: { ana } }) => {
    test.setTimeout(120_000);
    const a = ana.page;
    await a.emulateMedia({ colorScheme: "light" });
    await a.setViewportSize(PHONE);
    await a.goto(SCREENS[0][1]);
    await expect(a.locator("h1")).toBeVisible(soon);
    await a.waitForLoadState("networkidle");
    for (const [name, to] of SCREENS) {
      // In the same document, as a person moves around (phone-couple.ts: a full load each was
      // most of this loop's time).
      await goInApp(a, to);
      const height = await a.evaluate(() => document.documentElement.scrollHeight);
      expect(height, `${name} is ${height}px tall`).toBeLessThan(5000);
    }
  });
});
