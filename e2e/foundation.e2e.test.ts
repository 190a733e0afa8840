import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  accountByApi,
  closeContexts,
  coupleAccountsByApi,
  expectAccessible,
  fillSignUp,
  fitsWidth,
  launchBrowser,
  logInInBrowser,
  newPerson,
  pageOf,
  pathOf,
  PHONE,
  screenshot,
  signUpByApi,
  signUpInBrowser,
  startTestServer,
  uniqueEmail,
  type Account,
  type Person,
  type TestServer,
} from "./lib/index.ts";

// Foundation: two people sign up, link through an invite link, log out and in,
// change a password, end sessions, look at it on a phone, and unlink.
// After the sign-up and linking tests, each test starts from its own people, signed up
// (and linked) through the API, so any one runs alone.
let server: TestServer;
let browser: Browser;

/** Ana and Ben, linked through the API, without pages: each test opens only the ones it looks at (pageOf). */
async function linked(): Promise<{ ana: Account; ben: Account }> {
  const [ana, ben] = await coupleAccountsByApi(browser, server.url);
  return { ana, ben };
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Each test made its own people: their pages (live streams, timers) end with it.
afterEach(() => closeContexts(browser));

const h1 = (page: Page) => page.locator("h1");
/** expect.poll waits 1 s by default; a cold first render on CI can take longer. */
const soon = { timeout: 10_000 };

/** True when nothing is wider than the viewport (no sideways scrolling on a phone). */

describe("foundation in the browser", () => {
  it("greets a visitor and keeps them out of member screens", async () => {
    const context = await newPerson(browser, server.url);
    const page = await context.newPage();
    await page.goto("/");
    await expect.poll(() => pathOf(page), soon).toBe("/welcome");
    await expect.poll(() => h1(page).textContent(), soon).toContain("Feel closer");
    await screenshot(page, "foundation-welcome");
    await expectAccessible(page, "welcome");

    await page.goto("/account");
    await expect.poll(() => pathOf(page), soon).toBe("/login");
    expect(new URL(page.url()).searchParams.get("next")).toBe("/account");
    await screenshot(page, "foundation-login");
    await expectAccessible(page, "login");

    await page.getByRole("link", { name: "Create an account" }).click();
    await page.getByRole("button", { name: "Create account" }).click();
    // Client-side checks name each field, and the first invalid one takes focus.
    await expect(page.getByText("Enter a valid email address.").isVisible()).resolves.toBe(true);
    await expect(page.getByText("Tell us what to call you.").isVisible()).resolves.toBe(true);
    await expect(page.getByLabel("Email").evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.getByLabel("Password", { exact: true }).fill("short");
    await expect(page.getByText("3 more characters to go.").isVisible()).resolves.toBe(true);
    await screenshot(page, "foundation-signup-errors");
    await expectAccessible(page, "sign-up with errors");
    await context.close();
  });

  it("refuses a common password on sign-up and keeps what was typed", async () => {
    const context = await newPerson(browser, server.url);
    const page = await context.newPage();
    await page.goto("/signup");
    const email = uniqueEmail("common");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("What should we call you?").fill("Casey");
    await page.getByLabel("Password", { exact: true }).fill("password123");
    await page.getByRole("button", { name: "Create account" }).click();
    const passwordField = page.getByLabel("Password", { exact: true });
    // The server's answer arrives after the click: wait for it rather than race it.
    await expect.poll(() => passwordField.getAttribute("aria-invalid"), { timeout: 10_000 }).toBe("true");
    const errorId = (await passwordField.getAttribute("aria-describedby"))?.split(" ")[0] ?? "";
    await expect(page.locator(`[id="${errorId}"]`).textContent()).resolves.toMatch(/common|guess/i);
    await expect(page.getByLabel("Email").inputValue()).resolves.toBe(email);
    await expect(page.getByLabel("What should we call you?").inputValue()).resolves.toBe("Casey");
    await expect.poll(() => pathOf(page), soon).toBe("/signup");
    await context.close();
  });

  it("links two partners through an invite link", async () => {
    const ana = await signUpInBrowser(browser, server.url, "Ana");
    const a = ana.page;
    await expect.poll(() => h1(a).textContent(), soon).toMatch(/, Ana$/);
    await screenshot(a, "foundation-home-unlinked");
    await expectAccessible(a, "home (not linked)");

    await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partner", exact: true }).click();
    await expect.poll(() => pathOf(a), soon).toBe("/partner");
    // After in-app navigation the new screen's heading has focus.
    await expect(h1(a).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await a.getByRole("button", { name: "Create an invite" }).click();
    const code = (await a.getByTestId("invite-code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    const link = (await a.getByTestId("invite-link").textContent())?.trim() ?? "";
    expect(link).toBe(`${server.url}/invite/${code}`);
    await expect(a.getByRole("status").filter({ hasText: "Your invite is ready" }).isVisible()).resolves.toBe(true);
    await screenshot(a, "foundation-invite");
    await expectAccessible(a, "partner (invite)");

    // Ben opens the link before having an account: sign up, then land on the preview.
    const context = await newPerson(browser, server.url);
    const b = await context.newPage();
    const ben: Person = { name: "Ben", email: uniqueEmail("ben"), password: "lanterns over the bay", context, page: b };
    await b.goto(link);
    await expect.poll(() => h1(b).textContent(), soon).toBe("You've been invited to Attune");
    await screenshot(b, "foundation-invite-visitor");
    await b.getByRole("link", { name: "Create an account" }).click();
    await fillSignUp(b, ben);
    await expect.poll(() => pathOf(b), soon).toBe(`/invite/${code}`);
    await expect.poll(() => h1(b).textContent(), soon).toBe("Ana invited you");
    await screenshot(b, "foundation-invite-preview");
    await expectAccessible(b, "invite preview");
    await b.getByRole("button", { name: "Accept and link with Ana" }).click();
    await expect.poll(() => pathOf(b), soon).toBe("/");
    await b.getByText("You're linked with Ana. Welcome to your shared space.").waitFor();
    await expect.poll(() => b.locator(".couple-status").textContent(), soon).toContain("You're linked with Ana");
    await screenshot(b, "foundation-home-linked");
    await expectAccessible(b, "home (linked)");

    // Ana's screen notices on its own (it looks again while an invite is waiting).
    await a.getByRole("heading", { name: "You're linked with Ben" }).waitFor({ timeout: 12_000 });
    await screenshot(a, "foundation-partner-linked");
    await expectAccessible(a, "partner (linked)");
  });

  it("shows a wrong password next to the form and keeps the email; logs back in", async () => {
    const { ana } = await linked();
    const a = await pageOf(ana);
    await a.goto("/");
    await a.getByRole("button", { name: "Log out" }).click();
    await expect.poll(() => pathOf(a), soon).toBe("/login");
    await a.getByText("You've logged out.").waitFor();
    await a.goto("/");
    await expect.poll(() => pathOf(a), soon).toBe("/welcome");

    await a.goto("/login");
    await a.getByLabel("Email").fill(ana.email);
    await a.getByLabel("Password", { exact: true }).fill("not my password at all");
    await a.getByRole("button", { name: "Log in" }).click();
    const alert = a.getByRole("alert").filter({ hasText: /./ });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/email and password don't match/i);
    await expect(a.getByLabel("Email").inputValue()).resolves.toBe(ana.email);
    await expect.poll(() => pathOf(a), soon).toBe("/login");
    await screenshot(a, "foundation-login-error");
    await expectAccessible(a, "login error");

    await a.getByLabel("Password", { exact: true }).fill(ana.password);
    await a.getByRole("button", { name: "Log in" }).click();
    await expect.poll(() => pathOf(a), soon).toBe("/");
    await expect.poll(() => a.locator(".couple-status").textContent(), soon).toContain("You're linked with Ben");
  });

  it("changes a password: other sessions end, the old password stops working", async () => {
    const { ana } = await linked();
    // A second device for Ana.
    const other = await newPerson(browser, server.url);
    const o = await other.newPage();
    await logInInBrowser(o, ana);
    await expect.poll(() => pathOf(o), soon).toBe("/");

    const a = await pageOf(ana);
    await a.goto("/");
    await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account", exact: true }).click();
    await expect.poll(() => a.locator(".sessions__item").count(), soon).toBe(2);
    await expect(a.getByText("This device").count()).resolves.toBe(1);
    await screenshot(a, "foundation-account");
    await expectAccessible(a, "account");

    await a.getByLabel("Current password", { exact: true }).fill("wrong current password");
    await a.getByLabel("New password", { exact: true }).fill("a new song for the morning");
    await a.getByRole("button", { name: "Change password" }).click();
    await a.getByText("Your current password is not right.").waitFor();
    await expect(a.getByLabel("New password", { exact: true }).inputValue()).resolves.toBe("a new song for the morning");

    await a.getByLabel("Current password", { exact: true }).fill(ana.password);
    await a.getByRole("button", { name: "Change password" }).click();
    await a.getByText("Password changed.").waitFor();
    await expect.poll(() => a.locator(".sessions__item").count(), soon).toBe(1);
    const oldPassword = ana.password;
    ana.password = "a new song for the morning";

    // The other device is signed out.
    await o.reload();
    await expect.poll(() => pathOf(o), soon).toBe("/welcome");
    await other.close();

    await a.getByRole("button", { name: "Log out" }).click();
    await expect.poll(() => pathOf(a), soon).toBe("/login");
    await a.getByLabel("Email").fill(ana.email);
    await a.getByLabel("Password", { exact: true }).fill(oldPassword);
    await a.getByRole("button", { name: "Log in" }).click();
    await a.getByRole("alert").filter({ hasText: /./ }).waitFor();
    expect(pathOf(a)).toBe("/login");
    await logInInBrowser(a, ana);
    await expect.poll(() => pathOf(a), soon).toBe("/");
  });

  it("ends one other session from the account screen", async () => {
    const ben = await signUpByApi(browser, server.url, "Ben");
    const other = await newPerson(browser, server.url);
    const o = await other.newPage();
    await logInInBrowser(o, ben);
    const b = ben.page;
    await b.goto("/account");
    await expect.poll(() => b.locator(".sessions__item").count(), soon).toBe(2);
    await b
      .locator(".sessions__item")
      .filter({ hasNot: b.getByText("This device") })
      .getByRole("button", { name: /^End session on / })
      .click();
    await b.getByText("That session has ended.").waitFor();
    await expect.poll(() => b.locator(".sessions__item").count(), soon).toBe(1);
    await o.reload();
    await expect.poll(() => pathOf(o), soon).toBe("/welcome");
    await other.close();
  });

  it("fits a phone screen", async () => {
    const { ana } = await linked();
    const phone = await newPerson(browser, server.url, { viewport: PHONE, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    await p.goto("/welcome");
    expect(await fitsWidth(p)).toBe(true);
    await screenshot(p, "foundation-phone-welcome");
    await logInInBrowser(p, ana);
    for (const [path, name] of [
      ["/", "foundation-phone-home"],
      ["/partner", "foundation-phone-partner"],
      ["/account", "foundation-phone-account"],
    ] as const) {
      await p.goto(path);
      await h1(p).waitFor();
      expect(await fitsWidth(p), `${path} fits 390px`).toBe(true);
      await screenshot(p, name);
      await expectAccessible(p, `phone ${path}`);
    }
    await phone.close();
  });

  it("can be used with the keyboard alone: skip link first, then the form", async () => {
    const ben = await accountByApi(browser, server.url, "Ben");
    const context = await newPerson(browser, server.url);
    const page = await context.newPage();
    await page.goto("/login");
    await h1(page).waitFor();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Skip to main content");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("type"))).resolves.toBe("email");
    await page.keyboard.type(ben.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(ben.password);
    await page.keyboard.press("Enter");
    await expect.poll(() => pathOf(page), soon).toBe("/");
    await context.close();
  });

  it("unlinks after a clear warning about shared entries", async () => {
    const { ana, ben } = await linked();
    const b = await pageOf(ben);
    await b.goto("/partner");
    await b.getByText("Need to unlink?").click();
    await b.getByRole("button", { name: "Unlink from Ana" }).click();
    const dialog = b.getByRole("dialog", { name: "Unlink from Ana?" });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain("Entries you shared stay readable by their author only; your partner will no longer see yours.");
    // Cancel has focus first: a stray Enter must not unlink.
    await expect(b.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Keep us linked");
    await screenshot(b, "foundation-unlink-dialog");
    await expectAccessible(b, "unlink dialog");
    await b.keyboard.press("Escape");
    await expect(dialog.isVisible()).resolves.toBe(false);

    // Ana has home open; she learns of it there, live, without reloading.
    const a = await pageOf(ana);
    await a.goto("/");
    await expect.poll(() => a.locator(".couple-status").textContent(), soon).toContain("linked with");

    await b.getByRole("button", { name: "Unlink from Ana" }).click();
    await dialog.getByRole("button", { name: "Yes, unlink" }).click();
    await b.getByText("You're no longer linked with Ana.").waitFor();
    await expect.poll(() => h1(b).textContent(), soon).toBe("Link with your partner");

    await expect.poll(() => a.locator(".couple-status").textContent(), soon).toContain("Invite your partner");
    await expect.poll(() => a.getByRole("status").filter({ hasText: "Ben ended your link." }).isVisible(), soon).toBe(true);
    await screenshot(a, "foundation-partner-unlinked");
    await expectAccessible(a, "home after the partner unlinked");
  });

  it("cancels an invite, then links again by typing a fresh code", async () => {
    // Two people not (or no longer) linked: the unlinking above is its own test.
    const [ana, ben] = await Promise.all([signUpByApi(browser, server.url, "Ana"), signUpByApi(browser, server.url, "Ben")]);
    const a = ana.page;
    await a.goto("/partner");
    await a.getByRole("button", { name: "Create an invite" }).click();
    const cancelled = (await a.getByTestId("invite-code").textContent())?.trim() ?? "";
    await a.getByRole("button", { name: "Cancel invite" }).click();
    await a.getByText("Invite cancelled.").waitFor();
    await a.getByRole("button", { name: "Create an invite" }).click();
    await a.getByTestId("invite-code").filter({ hasNotText: cancelled }).waitFor();
    const code = (await a.getByTestId("invite-code").textContent())?.trim() ?? "";
    expect(code).not.toBe(cancelled);

    const b = ben.page;
    await b.goto("/partner");
    const codeField = b.getByLabel("Invite code", { exact: true });
    // The cancelled code is refused at the field, and what was typed stays.
    await codeField.fill(cancelled.toLowerCase());
    await b.getByRole("button", { name: "Continue" }).click();
    await expect.poll(() => codeField.getAttribute("aria-invalid"), soon).toBe("true");
    await expect(codeField.inputValue()).resolves.toBe(cancelled.toLowerCase());
    await screenshot(b, "foundation-code-entry-error");
    await expectAccessible(b, "code entry error");

    // People read codes aloud: lower case and a dash in the middle are fine.
    await codeField.fill(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`);
    await b.getByRole("button", { name: "Continue" }).click();
    await expect.poll(() => pathOf(b), soon).toBe(`/invite/${code}`);
    await b.getByRole("button", { name: "Accept and link with Ana" }).click();
    await expect.poll(() => b.locator(".couple-status").textContent(), soon).toContain("You're linked with Ana");
    await a.getByRole("heading", { name: "You're linked with Ben" }).waitFor({ timeout: 12_000 });
  });
});
