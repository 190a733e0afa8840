import { expect, type Page } from "@playwright/test";
import { api, apiAs, axeViolations, logInInBrowser, newPerson, PHONE, screenshot, signUpByApi, testWithServer, type Person } from "./lib/index.ts";

// Warm moments: linking, a first check-in, the first day both answered. Each shows once per
// person, on whichever device looks first; never a count, never anyone's words.
// People sign up through the API: the sign-up form has its own tests (foundation).
const test = testWithServer();

const soon = { timeout: 10_000 };
const THEMES = ["light", "dark"] as const;
const localToday = (page: Page) => page.evaluate(() => new Date().toLocaleDateString("sv"));
/** Today in the browser's time zone (newPerson sets Europe/London), for set-up before a page opens. */
const today = () => new Date().toLocaleDateString("sv", { timeZone: "Europe/London" });
const checkin = (day: string, text: string) => ({
  day,
  emotions: { mad: 0, sad: 1, glad: 2, fear: 0 },
  high: "",
  low: "",
  mindHeart: text,
  visibility: "shared",
});
const moment = (page: Page) => page.getByRole("status").filter({ has: page.locator(".moment") });
const momentTitle = (page: Page) => page.locator(".moment__title");

async function expectNoAxeViolations(page: Page, label: string) {
  const violations = await axeViolations(page);
  expect(violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Screenshots and axe for the moment on screen, at both sizes and in both themes. */
async function everyLook(page: Page, name: string) {
  for (const [size, viewport] of [
    ["phone", PHONE],
    ["desktop", { width: 1280, height: 800 }],
  ] as const) {
    await page.setViewportSize(viewport);
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator(".moment")).toBeVisible();
      await expectNoAxeViolations(page, `${name} ${size} ${theme}`);
      await screenshot(page, `moments-${name}-${size}-${theme}`);
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize(PHONE);
}

test.describe("warm moments", () => {
  test("greets a first check-in once: closing it, reloading or another device does not bring it back", async ({ browser, server }) => {
    const cy = await signUpByApi(browser, server.url, "Cy", { viewport: PHONE });
    const page = cy.page;
    await page.goto("/");
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.locator(".moment")).toHaveCount(0);
    const day = await localToday(page);
    expect((await api(page, "POST", "/api/checkins", checkin(day, "The quiet after the storm"))).status).toBe(201);
    await page.goto("/");
    await expect(momentTitle(page)).toHaveText("Your first check-in", soon);
    await expect(moment(page)).toHaveCount(1);
    await everyLook(page, "first-checkin");
    // By keyboard: the close button is reachable and closes it.
    await page.getByRole("button", { name: "Close this message" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".moment")).toHaveCount(0, soon);
    await page.reload();
    await expect(page.locator("h1")).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expect(page.locator(".moment")).toHaveCount(0);
    // Cy's laptop.
    const laptop = await newPerson(browser, server.url);
    const other = await laptop.newPage();
    await logInInBrowser(other, cy);
    await expect(other.locator("h1")).toBeVisible();
    await other.waitForLoadState("networkidle");
    await expect(other.locator(".moment")).toHaveCount(0);
    await laptop.close();
    await cy.context.close();
  });

  test("marks linking and the first day both answered for each of the two, without a word of what either wrote", async ({ browser, server }) => {
    const ana: Person = await signUpByApi(browser, server.url, "Ana", { viewport: PHONE });
    const ben: Person = await signUpByApi(browser, server.url, "Ben");
    const invite = await apiAs<{ code: string }>(ana, "POST", "/api/invites");
    expect((await apiAs(ben, "POST", `/api/invites/${invite.data.code}/accept`)).status).toBe(200);
    await ben.page.goto("/");
    await expect(momentTitle(ben.page)).toHaveText("You two are linked", soon);
    await expect(ben.page.locator(".moment")).toContainText("Ana");
    await ana.page.goto("/");
    await expect(momentTitle(ana.page)).toHaveText("You two are linked", soon);
    await expect(ana.page.locator(".moment")).toContainText("Ben");
    await everyLook(ana.page, "linked");
    await ana.page.getByRole("button", { name: "Close this message" }).click();
    await ben.page.getByRole("button", { name: "Close this message" }).click();

    const day = await localToday(ana.page);
    const words = { ana: "The smell of rain on the allotment", ben: "Dancing badly in the kitchen" };
    expect((await api(ana.page, "POST", "/api/daily-question/answer", { day, text: words.ana })).status).toBe(200);
    await ana.page.goto("/daily");
    await expect(ana.page.locator("h1")).toBeVisible();
    await ana.page.waitForLoadState("networkidle");
    await expect(ana.page.locator(".moment")).toHaveCount(0); // only when both have answered
    expect((await api(ben.page, "POST", "/api/daily-question/answer", { day, text: words.ben })).status).toBe(200);
    // Ben's answer arrives live on Ana's screen; the moment with it.
    await expect(momentTitle(ana.page)).toHaveText("A first for you two", { timeout: 15_000 });
    const said = (await ana.page.locator(".moment").textContent()) ?? "";
    expect(said).toContain("Ben");
    for (const text of Object.values(words)) expect(said).not.toContain(text);
    await everyLook(ana.page, "both-answered");
    await ben.page.goto("/daily");
    await expect(momentTitle(ben.page)).toHaveText("A first for you two", soon);
    await expect(ben.page.locator(".moment")).not.toContainText(words.ana);
    await ana.context.close();
    await ben.context.close();
  });

  test("arrives with a gentle motion only for those who have not asked for less", async ({ browser, server }) => {
    for (const reducedMotion of ["no-preference", "reduce"] as const) {
      const person = await signUpByApi(browser, server.url, reducedMotion === "reduce" ? "Di" : "Ed", { viewport: PHONE });
      await person.page.emulateMedia({ reducedMotion });
      expect((await apiAs(person, "POST", "/api/checkins", checkin(today(), "x"))).status).toBe(201);
      await person.page.goto("/");
      await expect(momentTitle(person.page)).toHaveText("Your first check-in", soon);
      const animation = await person.page.locator(".moment").evaluate((el) => getComputedStyle(el).animationName);
      expect(animation).toBe(reducedMotion === "reduce" ? "none" : "moment-arrive");
      await person.context.close();
    }
  });
});
