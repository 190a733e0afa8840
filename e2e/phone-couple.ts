import { expect, type Page } from "@playwright/test";
import {
  accountByApi,
  apiOk,
  axeViolations,
  fitsWidth,
  goInApp,
  PHONE,
  screenshot,
  signUpByApi,
  testWithServer,
  type Account,
  type Person,
} from "./lib/index.ts";

// What the phone files share (phone.e2e.test.ts and the two phone-screens files, split so
// the browser workers finish together): how to make, for each test, a linked couple, Ana on
// a phone, and a check-in Ben shared, so every screen has something on it.

export const soon = { timeout: 10_000 };
export const DESKTOP = { width: 1280, height: 800 } as const;
export const THEMES = ["light", "dark"] as const;
export const SCREENS = [
  ["today", "/"],
  ["check-in", "/check-in"],
  ["together", "/timeline"],
  ["question", "/daily"],
  ["practice", "/library"],
  ["partner-map", "/partner-map"],
  ["readiness", "/readiness"],
  ["repair", "/repair"],
  ["temperature", "/temperature"],
  ["partner", "/partner"],
  ["account", "/account"],
  ["more", "/more"],
  ["help", "/help"],
] as const;

export interface PhoneCouple {
  ana: Person;
  ben: Account;
  /** The id of the check-in Ben shared. */
  benShare: string;
}

/**
 * Playwright Test's `test` for a phone file: the file's server (testWithServer), and a fresh
 * couple for each test that asks for `phone`. Call once at the top of each file (the server's
 * hooks belong to the file that calls it).
 */
export function phoneTest() {
  return testWithServer().extend<{ phone: PhoneCouple }>({
    phone: async ({ browser, server }, use) => {
      // Through the API (the sign-up form has its own tests, foundation): Ana gets a blank page,
      // which every test here opens with a goto; Ben only shares, so he needs no page at all.
      const ana = await signUpByApi(browser, server.url, "Ana", { viewport: PHONE });
      const ben = await accountByApi(browser, server.url, "Ben");
      const invite = await apiOk<{ code: string }>(ana, "POST", "/api/invites");
      await apiOk(ben, "POST", `/api/invites/${invite.code}/accept`);
      // Today where the browser is (newPerson sets Europe/London).
      const day = new Date().toLocaleDateString("sv", { timeZone: "Europe/London" });
      const share = {
        day,
        emotions: { mad: 0, sad: 3, glad: 0, fear: 2 },
        high: "",
        low: "The review",
        mindHeart: "My manager criticised my report in front of everyone. I felt humiliated and anxious.",
        visibility: "shared",
      };
      const benShare = (await apiOk<{ id: string }>(ben, "POST", "/api/checkins", share)).id;
      await use({ ana, ben, benShare });
    },
  });
}

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/**
 * Every main screen in one theme, at phone and at desktop size: no axe finding, nothing
 * scrolls sideways, and a screenshot of each. One file per theme (phone-screens-*.e2e.test.ts).
 */
export function describeEveryScreen(theme: (typeof THEMES)[number]): void {
  const test = phoneTest();
  test.describe(`every main screen in ${theme}`, () => {
    for (const [size, viewport] of [
      ["phone", PHONE],
      ["desktop", DESKTOP],
    ] as const) {
      test(`shows every main screen without an axe finding, at ${size} size in ${theme}`, async ({ phone }) => {
        test.setTimeout(300_000);
        const a = phone.ana.page;
        await a.emulateMedia({ colorScheme: theme });
        await a.setViewportSize(viewport);
        for (const [i, [name, to]] of SCREENS.entries()) {
          // The first screen loads the app; the others are reached as a person would, in the
          // same document (a full load each was half of this file's time: the app and axe-core
          // parsed again, and networkidle's 500 ms).
          if (i === 0) {
            await a.goto(to);
            await expect(a.locator("h1")).toBeVisible(soon);
            await a.waitForLoadState("networkidle");
          } else {
            await goInApp(a, to);
          }
          await expectNoAxeViolations(a, `${name} ${size} ${theme}`);
          expect(await fitsWidth(a), name).toBe(true);
          await screenshot(a, `phone-${name}-${size}-${theme}`);
        }
      });
    }
  });
}
