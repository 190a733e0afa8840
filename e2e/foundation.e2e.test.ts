import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  accountByApi,
  closeContexts,
  coupleAccountsByApi,
  expectAccessible,
  fillSignUp,
  fitsWidth,
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
// Every test here makes its own people, so they spread over the workers instead of running
// one after another in one: this is one of the longest files, and run whole it was the last
// one left running while the other workers sat idle. Each worker that takes a test starts
// its own server (beforeAll).
test.describe.configure({ mode: "parallel" });

let server: TestServer;
let browser: Browser;

/** Ana and Ben, linked through the API, without pages: each test opens only the ones it looks at (pageOf). */
async function linked(): Promise<{ ana: Account; ben: Account }> {
  const [ana, ben] = await coupleAccountsByApi(browser, server.url);
  return { ana, ben };
}

test.beforeAll(async ({ browser: shared }) => {
  browser = shared;
  server = await startTestServer();
});

test.afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
});

// Each test made its own people: their pages (live streams, timers) end with it.
test.afterEach(() => closeContexts(browser));

const h1 = (page: Page) => page.locator("h1");
/** As long as the config's default (playwright.config.ts), named where a wait is for the server or a first render. */
const soon = { timeout: 10_000 };

/** True when nothing is wider than the viewport (no sideways scrolling on a phone). */

test.describe("foundation in the browser", () => {
  test("greets a visitor and keeps them out of member screens", async () => {
    const context = await newPerson(browser, server.url);
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL((url) => url.pathname === "/welcome", soon);
    await expect(h1(page)).toContainText("Feel closer", soon);
    await screenshot(page, "foundation-welcome");
    await expectAccessible(page, "welcome");

    await page.goto("/account");
    await expect(page).toHaveURL((url) => url.pathname === "/login", soon);
    expect(new URL(page.url()).searchParams.get("next")).toBe("/account");
    await screenshot(page, "foundation-login");
    await expectAccessible(page, "login");

    await page.getByRole("link", { name: "Create an account" }).click();
    await page.getByRole("button", { name: "Create account" }).click();
    // Client-side checks name each field, and the first invalid one takes focus.
    await expect(page.getByText("Enter a valid email address.")).toBeVisible();
    await expect(page.getByText("Tell us what to call you.")).toBeVisible();
    await expect(page.getByLabel("Email")).toBeFocused();
    await page.getByLabel("Password", { exact: true }).fill("short");
    await expect(page.getByText("3 more characters to go.")).toBeVisible();
    await screenshot(page, "foundation-signup-errors");
    await expectAccessible(page, "sign-up with errors");
    await context.close();
  });

  test("refuses a common password on sign-up and keeps what was typed", async () => {
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
    await expect(passwordField).toHaveAttribute("aria-invalid", "true", { timeout: 10_000 });
    const errorId = (await passwordField.getAttribute("aria-describedby"))?.split(" ")[0] ?? "";
    await expect(page.locator(`[id="${errorId}"]`)).toHaveText(/common|guess/i);
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await expect(page.getByLabel("What should we call you?")).toHaveValue("Casey");
    await expect(page).toHaveURL((url) => url.pathname === "/signup", soon);
    await context.close();
  });

  test("links two partners through an invite link", async () => {
    const ana = await signUpInBrowser(browser, server.url, "Ana");
    const a = ana.page;
    await expect(h1(a)).toHaveText(/, Ana$/, soon);
    await screenshot(a, "foundation-home-unlinked");
    await expectAccessible(a, "home (not linked)");

    await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partner", exact: true }).click();
    await expect(a).toHaveURL((url) => url.pathname === "/partner", soon);
    // After in-app navigation the new screen's heading has focus.
    await expect(h1(a)).toBeFocused();
    await a.getByRole("button", { name: "Create an invite" }).click();
    const code = (await a.getByTestId("invite-code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    const link = (await a.getByTestId("invite-link").textContent())?.trim() ?? "";
    expect(link).toBe(`${server.url}/invite/${code}`);
    await expect(a.getByRole("status").filter({ hasText: "Your invite is ready" })).toBeVisible();
    await screenshot(a, "foundation-invite");
    await expectAccessible(a, "partner (invite)");

    // Ben opens the link before having an account: sign up, then land on the preview.
    const context = await newPerson(browser, server.url);
    const b = await context.newPage();
    const ben: Person = { name: "Ben", email: uniqueEmail("ben"), password: "lanterns over the bay", context, page: b };
    await b.goto(link);
    await expect(h1(b)).toHaveText("You've been invited to Attune", soon);
    await screenshot(b, "foundation-invite-visitor");
    await b.getByRole("link", { name: "Create an account" }).click();
    await fillSignUp(b, ben);
    await expect(b).toHaveURL((url) => url.pathname === `/invite/${code}`, soon);
    await expect(h1(b)).toHaveText("Ana invited you", soon);
    await screenshot(b, "foundation-invite-preview");
    await expectAccessible(b, "invite preview");
    await b.getByRole("button", { name: "Accept and link with Ana" }).click();
    await expect(b).toHaveURL((url) => url.pathname === "/", soon);
    await expect(b.getByText("You're linked with Ana. Welcome to your shared space.")).toBeVisible();
    await expect(b.locator(".couple-status")).toContainText("You're linked with Ana", soon);
    await screenshot(b, "foundation-home-linked");
    await expectAccessible(b, "home (linked)");

    // Ana's screen notices on its own (it looks again while an invite is waiting).
    await expect(a.getByRole("heading", { name: "You're linked with Ben" })).toBeVisible({ timeout: 12_000 });
    await screenshot(a, "foundation-partner-linked");
    await expectAccessible(a, "partner (linked)");
  });

  test("shows a wrong password next to the form and keeps the email; logs back in", async () => {
    const { ana } = await linked();
    const a = await pageOf(ana);
    await a.goto("/");
    await a.getByRole("button", { name: "Log out" }).click();
    await expect(a).toHaveURL((url) => url.pathname === "/login", soon);
    await expect(a.getByText("You've logged out.")).toBeVisible();
    await a.goto("/");
    await expect(a).toHaveURL((url) => url.pathname === "/welcome", soon);

    await a.goto("/login");
    await a.getByLabel("Email").fill(ana.email);
    await a.getByLabel("Password", { exact: true }).fill("not my password at all");
    await a.getByRole("button", { name: "Log in" }).click();
    const alert = a.getByRole("alert").filter({ hasText: /./ });
    await expect(alert).toBeVisible();
    await expect(alert).toHaveText(/email and password don't match/i);
    await expect(a.getByLabel("Email")).toHaveValue(ana.email);
    await expect(a).toHaveURL((url) => url.pathname === "/login", soon);
    await screenshot(a, "foundation-login-error");
    await expectAccessible(a, "login error");

    await a.getByLabel("Password", { exact: true }).fill(ana.password);
    await a.getByRole("button", { name: "Log in" }).click();
    await expect(a).toHaveURL((url) => url.pathname === "/", soon);
    await expect(a.locator(".couple-status")).toContainText("You're linked with Ben", soon);
  });

  test("changes a password: other sessions end, the old password stops working", async () => {
    const { ana } = await linked();
    // A second device for Ana.
    const other = await newPerson(browser, server.url);
    const o = await other.newPage();
    await logInInBrowser(o, ana);
    await expect(o).toHaveURL((url) => url.pathname === "/", soon);

    const a = await pageOf(ana);
    await a.goto("/");
    await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account", exact: true }).click();
    await expect(a.locator(".sessions__item")).toHaveCount(2, soon);
    await expect(a.getByText("This device")).toHaveCount(1);
    await screenshot(a, "foundation-account");
    await expectAccessible(a, "account");

    await a.getByLabel("Current password", { exact: true }).fill("wrong current password");
    await a.getByLabel("New password", { exact: true }).fill("a new song for the morning");
    await a.getByRole("button", { name: "Change password" }).click();
    await expect(a.getByText("Your current password is not right.")).toBeVisible();
    await expect(a.getByLabel("New password", { exact: true })).toHaveValue("a new song for the morning");

    await a.getByLabel("Current password", { exact: true }).fill(ana.password);
    await a.getByRole("button", { name: "Change password" }).click();
    await expect(a.getByText("Password changed.")).toBeVisible();
    await expect(a.locator(".sessions__item")).toHaveCount(1, soon);
    const oldPassword = ana.password;
    ana.password = "a new song for the morning";

    // The other device is signed out.
    await o.reload();
    await expect(o).toHaveURL((url) => url.pathname === "/welcome", soon);
    await other.close();

    await a.getByRole("button", { name: "Log out" }).click();
    await expect(a).toHaveURL((url) => url.pathname === "/login", soon);
    await a.getByLabel("Email").fill(ana.email);
    await a.getByLabel("Password", { exact: true }).fill(oldPassword);
    await a.getByRole("button", { name: "Log in" }).click();
    await expect(a.getByRole("alert").filter({ hasText: /./ })).toBeVisible();
    expect(pathOf(a)).toBe("/login");
    await logInInBrowser(a, ana);
    await expect(a).toHaveURL((url) => url.pathname === "/", soon);
  });

  test("ends one other session from the account screen", async () => {
    const ben = await signUpByApi(browser, server.url, "Ben");
    const other = await newPerson(browser, server.url);
    const o = await other.newPage();
    await logInInBrowser(o, ben);
    const b = ben.page;
    await b.goto("/account");
    await expect(b.locator(".sessions__item")).toHaveCount(2, soon);
    await b
      .locator(".sessions__item")
      .filter({ hasNot: b.getByText("This device") })
      .getByRole("button", { name: /^End session on / })
      .click();
    await expect(b.getByText("That session has ended.")).toBeVisible();
    await expect(b.locator(".sessions__item")).toHaveCount(1, soon);
    await o.reload();
    await expect(o).toHaveURL((url) => url.pathname === "/welcome", soon);
    await other.close();
  });

  test("fits a phone screen", async () => {
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
      await expect(h1(p)).toBeVisible();
      expect(await fitsWidth(p), `${path} fits 390px`).toBe(true);
      await screenshot(p, name);
      await expectAccessible(p, `phone ${path}`);
    }
    await phone.close();
  });

  test("can be used with the keyboard alone: skip link first, then the form", async () => {
    const ben = await accountByApi(browser, server.url, "Ben");
    const context = await newPerson(browser, server.url);
    const page = await context.newPage();
    await page.goto("/login");
    await expect(h1(page)).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toHaveText("Skip to main content");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toHaveAttribute("type", "email");
    await page.keyboard.type(ben.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(ben.password);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL((url) => url.pathname === "/", soon);
    await context.close();
  });

  test("unlinks after a clear warning about shared entries", async () => {
    const { ana, ben } = await linked();
    const b = await pageOf(ben);
    await b.goto("/partner");
    await b.getByText("Need to unlink?").click();
    await b.getByRole("button", { name: "Unlink from Ana" }).click();
    const dialog = b.getByRole("dialog", { name: "Unlink from Ana?" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("Entries you shared stay readable by their author only; your partner will no longer see yours.");
    // Cancel has focus first: a stray Enter must not unlink.
    await expect(b.locator(":focus")).toHaveText("Keep us linked");
    await screenshot(b, "foundation-unlink-dialog");
    await expectAccessible(b, "unlink dialog");
    await b.keyboard.press("Escape");
    await expect(dialog).toBeHidden();

    // Ana has home open; she learns of it there, live, without reloading.
    const a = await pageOf(ana);
    await a.goto("/");
    await expect(a.locator(".couple-status")).toContainText("linked with", soon);

    await b.getByRole("button", { name: "Unlink from Ana" }).click();
    await dialog.getByRole("button", { name: "Yes, unlink" }).click();
    await expect(b.getByText("You're no longer linked with Ana.")).toBeVisible();
    await expect(h1(b)).toHaveText("Link with your partner", soon);

    await expect(a.locator(".couple-status")).toContainText("Invite your partner", soon);
    await expect(a.getByRole("status").filter({ hasText: "Ben ended your link." })).toBeVisible(soon);
    await screenshot(a, "foundation-partner-unlinked");
    await expectAccessible(a, "home after the partner unlinked");
  });

  test("cancels an invite, then links again by typing a fresh code", async () => {
    // Two people not (or no longer) linked: the unlinking above is its own test.
    const [ana, ben] = await Promise.all([signUpByApi(browser, server.url, "Ana"), signUpByApi(browser, server.url, "Ben")]);
    const a = ana.page;
    await a.goto("/partner");
    await a.getByRole("button", { name: "Create an invite" }).click();
    const cancelled = (await a.getByTestId("invite-code").textContent())?.trim() ?? "";
    await a.getByRole("button", { name: "Cancel invite" }).click();
    await expect(a.getByText("Invite cancelled.")).toBeVisible();
    await a.getByRole("button", { name: "Create an invite" }).click();
    await expect(a.getByTestId("invite-code").filter({ hasNotText: cancelled })).toBeVisible();
    const code = (await a.getByTestId("invite-code").textContent())?.trim() ?? "";
    expect(code).not.toBe(cancelled);

    const b = ben.page;
    await b.goto("/partner");
    const codeField = b.getByLabel("Invite code", { exact: true });
    // The cancelled code is refused at the field, and what was typed stays.
    await codeField.fill(cancelled.toLowerCase());
    await b.getByRole("button", { name: "Continue" }).click();
    await expect(codeField).toHaveAttribute("aria-invalid", "true", soon);
    await expect(codeField).toHaveValue(cancelled.toLowerCase());
    await screenshot(b, "foundation-code-entry-error");
    await expectAccessible(b, "code entry error");

    // People read codes aloud: lower case and a dash in the middle are fine.
    await codeField.fill(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`);
    await b.getByRole("button", { name: "Continue" }).click();
    await expect(b).toHaveURL((url) => url.pathname === `/invite/${code}`, soon);
    await b.getByRole("button", { name: "Accept and link with Ana" }).click();
    await expect(b.locator(".couple-status")).toContainText("You're linked with Ana", soon);
    await expect(a.getByRole("heading", { name: "You're linked with Ben" })).toBeVisible({ timeout: 12_000 });
  });
});
