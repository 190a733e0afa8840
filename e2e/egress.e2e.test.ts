import { expect, type Browser, type BrowserContext } from "@playwright/test";
import { fillSignUp, newPerson, testWithServer, uniqueEmail } from "./lib/index.ts";

/**
 * Egress: nothing a person does in Attune talks to anyone but Attune. A whole journey in
 * Chromium — sign up, link, check in, type a reply with the coach at work, read the daily
 * question, browse the library, open the help page — with every request of both browser
 * contexts recorded: every one goes to the app's own origin (no fonts, analytics, CDNs,
 * error reporters, or a coach in the cloud).
 */
const test = testWithServer();
const soon = { timeout: 15_000 };

/** A context whose every request (pages, workers, fetches, streams) is recorded into `requests`. */
async function recordedPerson(browser: Browser, baseURL: string, requests: string[]): Promise<BrowserContext> {
  // With the service worker, whose precache requests must stay on the app's origin too.
  const context = await newPerson(browser, baseURL, { serviceWorkers: "allow" });
  context.on("request", (r) => requests.push(r.url()));
  context.on("page", (page) => page.on("websocket", (ws) => requests.push(ws.url())));
  return context;
}

test.describe("egress", () => {
  test("a whole journey, typing in the coach included, makes no request to another origin", async ({ browser, server }) => {
    const requests: string[] = [];
    const anaContext = await recordedPerson(browser, server.url, requests);
    const a = await anaContext.newPage();
    await a.goto("/signup");
    await fillSignUp(a, { name: "Ana", email: uniqueEmail("ana"), password: "a quiet harbour at noon" });

    // Link through the invite link, Ben signing up on the way.
    await a.goto("/partner");
    await a.getByRole("button", { name: "Create an invite" }).click();
    const link = (await a.getByTestId("invite-link").textContent())?.trim() ?? "";
    const benContext = await recordedPerson(browser, server.url, requests);
    const b = await benContext.newPage();
    await b.goto(link);
    await b.getByRole("link", { name: "Create an account" }).click();
    await fillSignUp(b, { name: "Ben", email: uniqueEmail("ben"), password: "lanterns over the bay" });
    await b.getByRole("button", { name: "Accept and link with Ana" }).click();
    await expect(b.getByText("You're linked with Ana. Welcome to your shared space.")).toBeVisible(soon);

    // Ana checks in and shares.
    await a.goto("/check-in");
    await a.getByRole("group", { name: "Sad", exact: true }).getByRole("radio", { name: "quite a bit" }).check();
    await a.locator(".checkin-form textarea").fill("My manager criticised my report in front of everyone and I felt small.");
    await a.getByRole("radio", { name: /Share with Ben/ }).check();
    await a.getByRole("button", { name: "Check in and share" }).click();
    await expect(a.getByRole("heading", { name: "Your check-in today" })).toBeVisible(soon);

    // Ben types a reply, key by key, while the coach reads it on his device.
    await b.goto("/timeline");
    await b.getByRole("link", { name: /Open and reply/ }).click();
    const draft = b.getByLabel("Your reply to Ana");
    await draft.pressSequentially("You should just talk to your boss tomorrow.", { delay: 5 });
    await expect(b.locator(".finding--pitfall").first()).toBeAttached(soon);
    await draft.fill("");
    await draft.pressSequentially("That sounds humiliating. What was the hardest part?", { delay: 5 });
    await b.getByRole("button", { name: "Send" }).click();
    await expect(b.locator(".reply--mine .reply__body")).toHaveCount(1, soon);

    // The daily question, the library and the help page, for both.
    for (const page of [a, b]) {
      await page.goto("/daily");
      await expect(page.locator("#dq-text")).toHaveText(/.{6}/, soon);
      await page.goto("/library");
      await expect(page.getByRole("heading", { name: "Practice", level: 1 })).toBeVisible(soon);
      await page.getByRole("region", { name: "For you" }).getByRole("link").first().click();
      await expect(page).toHaveURL((url) => /^\/library\/.+/.test(url.pathname), soon);
      await page.goto("/help");
      await expect(page.locator("h1")).toBeVisible(soon);
    }
    // Signed out too: the welcome and the public help page.
    const visitorContext = await recordedPerson(browser, server.url, requests);
    const v = await visitorContext.newPage();
    await v.goto("/");
    await v.goto("/help");
    await expect(v.locator("h1")).toBeVisible(soon);
    await Promise.all([anaContext.close(), benContext.close(), visitorContext.close()]);

    const own = new URL(server.url).origin;
    const elsewhere = requests.filter((url) => !url.startsWith("data:") && !url.startsWith("blob:") && new URL(url).origin !== own);
    console.log(`egress: ${requests.length} requests in the journey, ${elsewhere.length} to another origin`);
    expect(requests.length).toBeGreaterThan(50);
    expect(elsewhere).toEqual([]);
  });
});
