import { HELP_PAGE, NOT_STARTED, PRACTICE_CHECK, PRIVATE_HELP, QUICK_EXIT, SAFETY_QUESTIONS } from "@attune/shared";
import { expect, type Page } from "@playwright/test";
import {
  api,
  apiAs,
  apiOk,
  coupleByApi,
  expectAccessible,
  fitsWidth,
  newPerson,
  pathOf,
  PHONE,
  screenshot,
  testWithServer,
  type Account,
  type Person,
} from "./lib/index.ts";

// The safety layer, walked by two couples. Dan (phone) answers "yes" to "Do you ever feel
// afraid of your partner?"; Finn simply says "Not now". Cara and Eve, their partners, must
// see the very same neutral outcome. Dan alone sees real services for his country, and
// can leave quickly. Nobody can start again for a day. /help works signed out. Each test links
// its own couples through the API (Cara and Dan unless it says), and does there what an
// earlier step would have left (a country confirmed, a check that did not go ahead).
const test = testWithServer();
test.use({ coupleNames: ["Cara", "Dan"], coupleOptions: [{}, { viewport: PHONE }] });

const soon = { timeout: 15_000 };
const NEUTRAL_PAGE = "<!doctype html><title>Weather</title><h1>Weather today</h1>";

const CALM = { afraid: "no", hurt_or_threatened: "no", controlled: "no", cannot_say_no: "no" } as const;

/** Quick exit opens an outside page; the test machine has no internet, so it is served here. */
const serveNeutralPage = (p: Person) => p.context.route("https://www.google.com/**", (r) => r.fulfill({ contentType: "text/html", body: NEUTRAL_PAGE }));

/** Through the API: Cara starts a repair and answers calmly, Dan says he is afraid of her; resolves with its id. */
async function danRaisesAConcern(cara: Account, dan: Account): Promise<string> {
  const { id } = await apiOk<{ id: string }>(cara, "POST", "/api/repair", { mode: "apart" });
  await apiOk(cara, "POST", `/api/repair/${id}/actions`, { type: "answer_safety", by: "a", answers: CALM });
  await apiOk(dan, "POST", `/api/repair/${id}/actions`, { type: "answer_safety", by: "b", answers: { ...CALM, afraid: "yes" } });
  return id;
}

/** The first partner starts a repair on separate devices and answers calmly; resolves with its id. */
async function startAndAnswerCalmly(p: Page): Promise<string> {
  await p.goto("/repair");
  await p.getByRole("radio", { name: /Each on our own device/ }).check();
  await p.getByRole("button", { name: "Begin with the safety check" }).click();
  await expect(p).toHaveURL((url) => /^\/repair\/[^/]+$/.test(url.pathname), soon);
  for (const q of SAFETY_QUESTIONS) await p.getByRole("group", { name: q.text }).getByRole("radio", { name: "No", exact: true }).check();
  await p.getByRole("button", { name: "Send my answers" }).click();
  return pathOf(p).split("/")[2] ?? "";
}

async function openCheck(p: Page, id: string) {
  await p.goto("/repair");
  await expect(p).toHaveURL((url) => url.pathname === `/repair/${id}`, soon);
  await expect(p.getByRole("group", { name: SAFETY_QUESTIONS[0]!.text })).toBeVisible(soon);
}

// Playwright's innerText, not the DOM property: what a reader sees, hidden text excluded.
const main = (p: Page) => p.locator("main");
const mainText = (p: Page) => main(p).innerText();

test.describe("a check that does not go ahead", () => {
  test("Dan confirms his country in account settings (a guess from the browser until he does)", async ({ couple: [, dan] }) => {
    const d = dan.page;
    await d.goto("/account");
    const select = d.getByLabel("Country", { exact: true });
    await expect(select).toHaveValue("GB", soon); // the context's locale is en-GB
    await expect(d.getByText(HELP_PAGE.guessed)).toBeVisible();
    await select.selectOption("IE");
    await d.getByRole("button", { name: "Confirm country" }).click();
    await expect(d.getByText("Saved. Help services for Ireland now come first.")).toBeVisible(soon);
    expect((await api<{ country: string }>(d, "GET", "/api/me/prefs")).data.country).toBe("IE");
  });

  test("shows Dan, who answered yes, real services for Ireland, and Cara only the neutral outcome", async ({ couple: [cara, dan] }) => {
    // Dan has confirmed his country (the test above).
    await apiOk(dan, "PATCH", "/api/me/prefs", { country: "IE" });
    const id = await startAndAnswerCalmly(cara.page);
    await openCheck(dan.page, id);
    const d = dan.page;
    for (const q of SAFETY_QUESTIONS)
      await d
        .getByRole("group", { name: q.text })
        .getByRole("radio", { name: q.id === "afraid" ? "Yes" : "No", exact: true })
        .check();
    await d.getByRole("button", { name: "Send my answers" }).click();

    await expect(d.getByRole("heading", { name: PRIVATE_HELP.title, level: 1 })).toBeVisible(soon);
    await expect(d.getByRole("heading", { name: "In Ireland" })).toBeVisible(soon);
    const womensAid = d.getByRole("link", { name: "1800 341 900" });
    await expect(womensAid).toHaveAttribute("href", /^tel:\+?\d+$/);
    await expect(d.getByText("Women's Aid", { exact: false }).first()).toBeVisible();
    await expect(main(d)).not.toHaveText(/PLACEHOLDER/, { useInnerText: true });
    expect(await fitsWidth(d)).toBe(true);
    await screenshot(d, "safety-private-help-phone");
    await expectAccessible(d, "private help");

    const c = cara.page;
    await expect(c.getByRole("heading", { name: NOT_STARTED.title, level: 1 })).toBeVisible(soon);
    await expect(main(c)).not.toHaveText(/Women's Aid|1800 341 900|afraid|Dan|safe/i, { useInnerText: true });
    await screenshot(c, "safety-neutral-desktop");
    await expectAccessible(c, "neutral outcome");
  });

  test('shows Eve, whose partner said "Not now", exactly what Cara saw', async ({ browser, server, couple: [cara, dan] }) => {
    // What Cara saw: Dan raised a concern at the check (the test above).
    const concern = await danRaisesAConcern(cara, dan);
    await cara.page.goto(`/repair/${concern}`);
    await expect(cara.page.getByRole("heading", { name: NOT_STARTED.title, level: 1 })).toBeVisible(soon);
    const [eve, finn] = await coupleByApi(browser, server.url, ["Eve", "Finn"], [{}, { viewport: PHONE }]);
    const id = await startAndAnswerCalmly(eve.page);
    await openCheck(finn.page, id);
    await finn.page.getByRole("button", { name: "Not now" }).click();
    await expect(eve.page.getByRole("heading", { name: NOT_STARTED.title, level: 1 })).toBeVisible(soon);
    await expect(finn.page.getByRole("heading", { name: NOT_STARTED.title, level: 1 })).toBeVisible(soon);
    // The partner's screen is the same, word for word, after a concern and after a "not now".
    await expect(main(eve.page)).toHaveText(await mainText(cara.page), { useInnerText: true });
    // The one who declined sees no help list: a decline is not a concern.
    await expect(finn.page.getByRole("heading", { name: PRIVATE_HELP.title })).toHaveCount(0);
  });

  test("refuses a restart for a day, to both partners, without saying why", async ({ couple: [cara, dan] }) => {
    await danRaisesAConcern(cara, dan);
    for (const p of [cara.page, dan.page]) {
      await p.goto("/repair");
      await expect(p.getByRole("heading", { name: "Not just yet" })).toBeVisible(soon);
      await expect(p.getByRole("button", { name: "Begin with the safety check" })).toHaveCount(0);
      await expect(main(p)).toHaveText(/can start again tomorrow at \d{2}:\d{2}/, { useInnerText: true });
      const again = await api<{ error: { code: string; message: string } }>(p, "POST", "/api/repair", { mode: "apart" });
      expect(again.status).toBe(409);
      expect(again.data.error.message).not.toMatch(/safe|concern|afraid/i);
    }
  });

  test("lets Dan leave quickly, leaving no way back to the help page", async ({ couple: [cara, dan] }) => {
    await danRaisesAConcern(cara, dan);
    await serveNeutralPage(dan);
    const d = dan.page;
    const id = (await apiAs<{ repair: null; restartAt: string }>(dan, "GET", "/api/repair/current")).data;
    expect(id.repair).toBeNull();
    await d.goto("/help");
    await expect(d.getByRole("button", { name: QUICK_EXIT.label })).toBeVisible(soon);
    const helpUrl = d.url();
    await d.getByRole("button", { name: QUICK_EXIT.label }).click();
    await expect(d).toHaveURL(/^https:\/\/www\.google\.com\//, soon);
    await d.goBack().catch(() => null);
    expect(d.url()).not.toBe(helpUrl);
    await expect(d.getByRole("heading", { name: HELP_PAGE.title })).toHaveCount(0);
  });
});

test.describe("the help page", () => {
  test("works signed out, from the footer of every screen, with the browser's country first", async ({ browser, server }) => {
    const context = await newPerson(browser, server.url, { locale: "en-AU" });
    const p = await context.newPage();
    await p.goto("/welcome");
    await p.getByRole("contentinfo").getByRole("link", { name: "Help and safety" }).click();
    await expect(p).toHaveURL((url) => url.pathname === "/help", soon);
    await expect(p.getByRole("heading", { name: "In Australia" })).toBeVisible(soon);
    await expect(p.getByRole("link", { name: "1800 737 732" })).toBeVisible();
    await p.getByLabel(HELP_PAGE.countryLabel).selectOption("DE");
    await expect(p.getByRole("link", { name: "116 016" })).toBeVisible(soon);
    await expect(p.getByRole("heading", { name: HELP_PAGE.international })).toBeVisible();
    await screenshot(p, "help-signed-out");
    await expectAccessible(p, "help page signed out");
    await context.close();
  });
});

test.describe("conflict work in the library", () => {
  test.use({ coupleNames: ["Eve", "Finn"] });

  test("asks the same private check first; a concern shows help instead of the practice, and nothing is sent", async ({ couple: [eve] }) => {
    const p = eve.page;
    const sent: string[] = [];
    p.on("request", (r) => {
      if (r.method() !== "GET") sent.push(r.url());
    });
    await p.goto("/library/understanding-their-anger");
    await expect(p.getByRole("heading", { name: PRACTICE_CHECK.title })).toBeVisible(soon);
    await expect(p.getByRole("heading", { name: "Steps" })).toHaveCount(0);
    for (const q of SAFETY_QUESTIONS)
      await p
        .getByRole("group", { name: q.text })
        .getByRole("radio", { name: q.id === "controlled" ? "I'm not sure" : "No", exact: true })
        .check();
    await p.getByRole("button", { name: PRACTICE_CHECK.go }).click();
    await expect(p.getByRole("heading", { name: PRIVATE_HELP.title })).toBeVisible(soon);
    await expect(p.getByRole("heading", { name: "Steps" })).toHaveCount(0);
    expect(sent).toEqual([]);

    await p.goto("/library/understanding-their-anger");
    for (const q of SAFETY_QUESTIONS) await p.getByRole("group", { name: q.text }).getByRole("radio", { name: "No", exact: true }).check();
    await p.getByRole("button", { name: PRACTICE_CHECK.go }).click();
    await expect(p.getByRole("heading", { name: "Steps" })).toBeVisible(soon);
    await expectAccessible(p, "practice after the check");
  });
});
