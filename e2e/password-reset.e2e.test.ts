import { expect } from "@playwright/test";
import { runResetPassword } from "../apps/server/src/cli/reset-password.ts";
import { expectAccessible, logInInBrowser, newPerson, screenshot, signUpByApi, testWithServer } from "./lib/index.ts";

// A guesser has paused sign-ins to Uma's account from new devices; on a new laptop she
// follows the log-in page to "Forgot your password?", gets a code from the operator's
// command line (this server sends no email) and is back in with a new password.
const test = testWithServer();

const soon = { timeout: 10_000 };

test.describe("forgot password in the browser", () => {
  test("leads from a paused log-in to a reset with the operator's code", async ({ browser, server }) => {
    // Signing up is not what this checks (foundation does): through the API, then home.
    const uma = await signUpByApi(browser, server.url, "Uma");
    await uma.page.goto("/");
    await expect(uma.page.locator("h1")).toContainText("Uma", soon);
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${server.url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-attune-csrf": "1" },
        body: JSON.stringify({ email: uma.email, password: `a wrong guess ${i}` }),
      });
      expect(res.status).toBe(401);
    }

    const laptop = await newPerson(browser, server.url);
    const page = await laptop.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(uma.email);
    await page.getByLabel("Password", { exact: true }).fill(uma.password);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByRole("alert")).toContainText("reset your password", soon);
    await screenshot(page, "reset-login-paused");

    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/reset-password", soon);
    await page.getByLabel("Email").fill(uma.email);
    await page.getByRole("button", { name: "Send me a code" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ask the person who runs it" })).toHaveCount(1, soon);
    await expectAccessible(page, "reset password");
    await screenshot(page, "reset-ask-operator");

    // The operator, on the server's machine: `npm run reset-password -- uma@…`.
    const printed: string[] = [];
    const exit = await runResetPassword([uma.email], { DATA_DIR: server.dataDir }, { out: (l) => printed.push(l), err: (l) => printed.push(l) });
    expect(exit).toBe(0);
    const code = /[0-9a-z]{4}(?:-[0-9a-z]{4}){7}/.exec(printed.join("\n"))?.[0] ?? "";

    await page.getByLabel("Reset code", { exact: true }).fill(code);
    await page.getByLabel("New password", { exact: true }).fill("the tide comes in slowly");
    await page.getByRole("button", { name: "Set new password and log in" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/", soon);
    await expect(page.locator("h1")).toContainText("Uma", soon);

    // Her old session ended with the reset; the new password works in the first browser.
    await uma.page.reload();
    await expect(uma.page).toHaveURL((url) => url.pathname === "/welcome", soon);
    await logInInBrowser(uma.page, { email: uma.email, password: "the tide comes in slowly" });
    // The log-in's navigation home may pass through the signed-out page first: wait for it to land (a CI run read "/welcome").
    await expect(uma.page).toHaveURL((url) => url.pathname === "/", soon);
    await laptop.close();
    await uma.context.close();
  });

  test("takes the code from an emailed link and refuses a wrong one beside the field", async ({ browser, server }) => {
    const context = await newPerson(browser, server.url);
    const page = await context.newPage();
    await page.goto("/reset-password#code=0000-0000-0000-0000-0000-0000-0000-0000");
    await expect(page.getByLabel("Reset code", { exact: true })).toHaveValue("0000-0000-0000-0000-0000-0000-0000-0000", soon);
    // The code left the address bar, and the "get a code" step is not shown.
    expect(new URL(page.url()).hash).toBe("");
    await expect(page.getByRole("button", { name: "Send me a code" })).toHaveCount(0);
    await page.getByLabel("New password", { exact: true }).fill("the tide comes in slowly");
    await page.getByRole("button", { name: "Set new password and log in" }).click();
    await expect(page.getByText("That code is not valid")).toHaveCount(1, soon);
    await expectAccessible(page, "reset password with a code");
    await context.close();
  });
});
