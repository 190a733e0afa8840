import { NEVER_SHARED_WITH_THERAPIST, THERAPIST_NOT_VERIFIED, THERAPIST_SCOPE_TEXT, type TherapistGrantView } from "@attune/shared";
import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  accountByApi,
  closeContexts,
  apiOk,
  coupleAccountsByApi,
  downloadText,
  expectAccessible,
  fitsWidth,
  newPerson,
  pageOf,
  PHONE,
  screenshot,
  signUpByApi,
  startTestServer,
  uniqueEmail,
  type Account,
  type TestServer,
} from "./lib/index.ts";

// Sharing with a therapist the couple controls: Ana invites, the therapist signs up from the
// link and joins, Ben consents on his own phone, the therapist reads the summary (a shared
// check-in, never a private one), prints it and downloads it, and loses access live, without
// a reload, the moment Ana revokes. Each new screen passes axe in light and dark.
// Each test starts from its own couple, brought through the API to the step it checks
// (the steps before it are the tests above it), so any one runs alone.
// Every test here makes its own people, so they spread over the workers instead of running
// one after another in one: this is one of the longest files, and run whole it was the last
// one left running while the other workers sat idle. Each worker that takes a test starts
// its own server (beforeAll).
test.describe.configure({ mode: "parallel" });

let server: TestServer;
let browser: Browser;

const soon = { timeout: 15_000 };
const DESKTOP = { width: 1280, height: 800 } as const;
const SHARED = "Ana felt far away this week and said so.";
const BEN_PRIVATE = "Ben's private worry about money.";
const ANA_PRIVATE = "Ana's private note to herself.";
const CHOSEN = ["shared_checkins", "repairs"] as const;
// The server names the couple by its partners, in its own order.
const COUPLE = /Ana & Ben|Ben & Ana/;
const PRACTICE = "Harbour Counselling";

const day = (offset: number) => new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);
const checkin = (d: string, visibility: "shared" | "private", mindHeart: string) => ({
  day: d,
  emotions: { mad: 0, sad: 2, glad: 0, fear: 1 },
  high: "",
  low: "",
  promptId: null,
  mindHeart,
  visibility,
});
const main = (page: Page) => page.locator("main");

/** axe in light and dark (chosen on this device, then the page reloads), with a screenshot of each. */
async function bothThemes(page: Page, name: string, ready: () => Promise<unknown>) {
  for (const theme of ["light", "dark"] as const) {
    await page.evaluate((t) => localStorage.setItem("attune.theme", t), theme);
    await page.reload();
    await ready();
    await expectAccessible(page, `${name} (${theme})`);
    await screenshot(page, `therapist-${name}-${theme}`);
  }
  await page.evaluate(() => localStorage.removeItem("attune.theme"));
}

/**
 * Ana (desktop) and Ben (phone), a couple, with one shared and two private check-ins. Pages
 * open when a test asks for one (pageOf): most tests drive one or two of the three people.
 */
async function couple(): Promise<{ ana: Account; ben: Account }> {
  const [ana, ben] = await coupleAccountsByApi(browser, server.url, ["Ana", "Ben"], [{ viewport: DESKTOP }, { viewport: PHONE }]);
  await apiOk(ana, "POST", "/api/checkins", checkin(day(1), "shared", SHARED));
  await apiOk(ana, "POST", "/api/checkins", checkin(day(2), "private", ANA_PRIVATE));
  await apiOk(ben, "POST", "/api/checkins", checkin(day(1), "private", BEN_PRIVATE));
  return { ana, ben };
}

/** The couple, and Ana's invite asking for CHOSEN. */
async function invited() {
  const c = await couple();
  const grant = await apiOk<TherapistGrantView>(c.ana, "POST", "/api/therapist-grants", { scopes: CHOSEN, endsOn: null });
  if (!grant.invite) throw new Error("a new grant has an invite");
  return { ...c, grantId: grant.id, invite: grant.invite };
}

/** The invite, and Dr Rivera joined with its code (Ben has not consented yet). */
async function joined() {
  const c = await invited();
  const therapist = await accountByApi(browser, server.url, "Dr Rivera", { viewport: DESKTOP, therapist: { practiceName: PRACTICE } });
  await apiOk(therapist, "POST", "/api/therapist/join", { code: c.invite.code });
  return { ...c, therapist, clientPath: `/therapist/clients/${c.grantId}` };
}

/** Both partners agreed: the therapist reads what CHOSEN allows. */
async function sharing() {
  const c = await joined();
  await apiOk(c.ben, "POST", `/api/therapist-grants/${c.grantId}/consent`, { scopes: CHOSEN });
  return c;
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

test.describe("sharing with a therapist, start to end", () => {
  test("Ana invites a therapist from her account, choosing what to share", async () => {
    const { ana } = await couple();
    const a = await pageOf(ana);
    await a.goto("/account");
    await a.getByRole("link", { name: "Your therapist" }).click();
    await expect(a).toHaveURL((url) => url.pathname === "/account/therapist", soon);
    await expect(a.getByRole("heading", { name: "Invite a therapist" })).toBeVisible();
    for (const item of NEVER_SHARED_WITH_THERAPIST) await expect(a.getByText(item, { exact: true }).first()).toBeVisible();
    // Nothing chosen: the form says so and keeps focus there.
    await a.getByRole("button", { name: "Make an invite" }).click();
    await expect(a.getByText("Choose at least one thing to share.")).toBeVisible(soon);
    for (const scope of CHOSEN) await a.getByRole("checkbox", { name: THERAPIST_SCOPE_TEXT[scope].title }).check();
    await a.getByRole("button", { name: "Make an invite" }).click();
    const link = a.getByTestId("therapist-invite-link");
    await expect(link).toBeVisible(soon);
    const firstLink = (await link.getAttribute("href")) ?? "";
    expect(new URL(firstLink).pathname).toBe("/therapist/join");
    // A code sent to the wrong place can be replaced.
    await a.getByRole("button", { name: "Make a new code" }).click();
    await expect(link).not.toHaveAttribute("href", firstLink, soon);
    await expect(a.getByText("A new code is ready; the old one no longer works.")).toBeVisible(soon);
    await expect(a.getByText("Waiting for your therapist to join")).toBeVisible();
    await bothThemes(a, "couple-invite", () => expect(link).toBeVisible());
  });

  test("the therapist signs up from the link, sees the preview, and joins", async () => {
    const { invite } = await invited();
    const context = await newPerson(browser, server.url, { viewport: DESKTOP });
    const t = await context.newPage();
    const therapist = { name: "Dr Rivera", email: uniqueEmail("rivera"), password: "a calm room with two chairs" };
    const url = new URL(invite.link);
    expect(url.pathname).toBe("/therapist/join");
    await t.goto(url.pathname + url.search);
    await t.getByRole("link", { name: "Create a therapist account" }).click();
    await expect(t).toHaveURL((url) => url.pathname === "/signup", soon);
    await expect(t.getByRole("radio", { name: "I'm a therapist" })).toBeChecked();
    await expect(t.getByText(THERAPIST_NOT_VERIFIED)).toBeVisible();
    await bothThemes(t, "signup", () => expect(t.getByLabel("Practice name")).toBeVisible());
    await t.getByLabel("Email").fill(therapist.email);
    await t.getByLabel("What should we call you?").fill(therapist.name);
    await t.getByLabel("Password", { exact: true }).fill(therapist.password);
    // The practice is required for a therapist.
    await t.getByRole("button", { name: "Create account" }).click();
    await expect(t.getByText("Tell couples the name of your practice.")).toBeVisible(soon);
    await t.getByLabel("Practice name").fill(PRACTICE);
    await t.getByRole("button", { name: "Create account" }).click();
    await expect(t).toHaveURL((url) => url.pathname === "/therapist/join", soon);
    // A therapist's app has its own small navigation, and none of the partner screens.
    const nav = t.getByRole("navigation", { name: "Main" }).first();
    await expect(nav.getByRole("link")).toHaveText(["Clients", "Account"], soon);
    const joinUrl = t.url();
    await t.goto("/check-in");
    await expect(t.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page", soon);
    await t.goto(joinUrl);
    const preview = t.getByRole("heading", { name: new RegExp(`^(${COUPLE.source}) invited you$`) });
    await expect(preview).toBeVisible(soon);
    for (const scope of CHOSEN) await expect(t.getByText(THERAPIST_SCOPE_TEXT[scope].title)).toBeVisible();
    await bothThemes(t, "join-preview", () => expect(preview).toBeVisible());
    await t.getByRole("button", { name: "Join as their therapist" }).click();
    await expect(t).toHaveURL((url) => url.pathname === "/", soon);
    await expect(t.getByText("Waiting for both partners to agree")).toBeVisible(soon);
  });

  test("Ben consents on his own phone to exactly what was asked", async () => {
    const { ben } = await joined();
    const b = await pageOf(ben);
    await b.goto("/account/therapist");
    const consent = b.getByRole("button", { name: "Consent" });
    await expect(consent).toBeVisible(soon);
    const asked = b.getByRole("list", { name: "What would be shared" });
    await expect(asked.locator("strong")).toHaveText(CHOSEN.map((s) => THERAPIST_SCOPE_TEXT[s].title));
    for (const item of NEVER_SHARED_WITH_THERAPIST) await expect(b.getByText(item, { exact: true }).first()).toBeVisible();
    await expect(b.getByText("Dr Rivera, Harbour Counselling")).toBeVisible();
    await expect(b.getByText(THERAPIST_NOT_VERIFIED).first()).toBeVisible();
    expect(await fitsWidth(b)).toBe(true);
    await bothThemes(b, "consent-phone", () => expect(consent).toBeVisible());
    await consent.click();
    await expect(b.getByText("Sharing now").first()).toBeVisible(soon);
  });

  test("the therapist's list updates live; the summary has the shared check-in and never a private one", async () => {
    const { ben, therapist, grantId, clientPath } = await joined();
    const t = await pageOf(therapist);
    // The list is open, waiting, when Ben consents: his consent must reach it live.
    await t.goto("/");
    await expect(t.getByText("Waiting for both partners to agree")).toBeVisible(soon);
    await t.evaluate(() => ((window as unknown as { openSinceJoin: boolean }).openSinceJoin = true));
    await apiOk(ben, "POST", `/api/therapist-grants/${grantId}/consent`, { scopes: CHOSEN });
    const coupleLink = t.getByRole("link", { name: COUPLE });
    await expect(coupleLink).toBeVisible(soon);
    expect(await t.evaluate(() => (window as unknown as { openSinceJoin?: boolean }).openSinceJoin)).toBe(true);
    await bothThemes(t, "clients", () => expect(coupleLink).toBeVisible());
    await coupleLink.click();
    await expect(t.getByText(SHARED)).toBeVisible(soon);
    await expect(t).toHaveURL((url) => url.pathname === clientPath);
    await expect(main(t)).not.toContainText(BEN_PRIVATE, { useInnerText: true });
    await expect(main(t)).not.toContainText(ANA_PRIVATE, { useInnerText: true });
    await expect(t.getByText("Save as PDF", { exact: false })).toBeVisible();
    await bothThemes(t, "client-summary", () => expect(t.getByText(SHARED)).toBeVisible());
    // Phone-first: the summary's tables fit a phone without sideways scrolling.
    await t.setViewportSize(PHONE);
    expect(await fitsWidth(t)).toBe(true);
    await screenshot(t, "therapist-client-summary-phone");
    await t.setViewportSize(DESKTOP);
  });

  test("prints cleanly and downloads the same summary as JSON", async () => {
    const { therapist, clientPath } = await sharing();
    const t = await pageOf(therapist);
    await t.goto(clientPath);
    await expect(t.getByText(SHARED)).toBeVisible(soon);
    await t.emulateMedia({ media: "print" });
    await expect(t.locator(".site-header")).toBeHidden();
    await expect(t.getByRole("button", { name: "Print" })).toBeHidden();
    await expect(t.getByText(SHARED)).toBeVisible();
    await screenshot(t, "therapist-client-summary-print");
    await t.emulateMedia({ media: "screen" });
    const [download] = await Promise.all([t.waitForEvent("download"), t.getByRole("button", { name: "Download JSON" }).click()]);
    const json = await downloadText(download);
    expect(json).toContain(SHARED);
    expect(json).not.toContain(BEN_PRIVATE);
    expect(json).not.toContain(ANA_PRIVATE);
  });

  test("the therapist's account shows the practice and none of a partner's sections", async () => {
    const therapist = await signUpByApi(browser, server.url, "Dr Rivera", { viewport: DESKTOP, therapist: { practiceName: PRACTICE } });
    const t = await pageOf(therapist);
    await t.goto("/");
    await t.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Account" }).click();
    await expect(t.getByText(PRACTICE)).toBeVisible(soon);
    await expect(t.getByRole("heading", { name: "Your country" })).toHaveCount(0);
    await expect(t.getByRole("heading", { name: "Your therapist" })).toHaveCount(0);
    await bothThemes(t, "account", () => expect(t.getByText(PRACTICE)).toBeVisible());
  });

  test("Ana sees every read in the access log, and what the therapist sees", async () => {
    const { ana, therapist, grantId } = await sharing();
    // The therapist's two reads: the summary on screen, then as a JSON download.
    const range = `from=${day(30)}&to=${day(0)}`;
    await apiOk(therapist, "GET", `/api/therapist/clients/${grantId}/summary?${range}`);
    await apiOk(therapist, "GET", `/api/therapist/clients/${grantId}/summary?${range}&format=json`);
    const a = await pageOf(ana);
    await a.goto("/account/therapist");
    await a.getByRole("link", { name: "Access log, what they see, and choices" }).click();
    const log = a.locator(".th-log");
    await expect(log).toContainText("Opened the session summary", soon);
    await expect(log).toContainText("Downloaded the summary as JSON");
    await expect(a.getByText("That's the first read.")).toBeVisible(); // one page holds them all
    await bothThemes(a, "couple-grant", () => expect(log).toBeVisible());
    await a.getByRole("link", { name: "What your therapist sees" }).click();
    await expect(a.getByText(SHARED)).toBeVisible(soon);
    await expect(main(a)).not.toContainText(BEN_PRIVATE, { useInnerText: true });
    await bothThemes(a, "couple-sees", () => expect(a.getByText(SHARED)).toBeVisible());
    // Hiding one entry takes it out of the summary; showing it again brings it back.
    await a.getByRole("button", { name: /^Hide from therapist: Ana's check-in/ }).click();
    await expect(a.getByText(SHARED)).toHaveCount(0, soon);
    await a.getByRole("button", { name: "Show it again" }).click();
    await expect(a.getByText(SHARED)).toBeVisible(soon);
  });

  test("Ana revokes, and the therapist's open page loses access at once, without a reload", async () => {
    const { ana, therapist, clientPath } = await sharing();
    const t = await pageOf(therapist);
    await t.goto(clientPath);
    await expect(t.getByText(SHARED)).toBeVisible(soon);
    // Marks this document: a reload would lose it.
    await t.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    const a = await pageOf(ana);
    await a.goto("/account/therapist");
    await a.getByRole("link", { name: "Access log, what they see, and choices" }).click();
    await a.getByRole("button", { name: "Stop sharing…" }).click();
    const dialog = a.getByRole("dialog", { name: "Stop sharing with Dr Rivera?" });
    await expect(dialog).toBeVisible(soon);
    await dialog.getByRole("button", { name: "Stop sharing now" }).click();
    await expect(a.getByText("Access ended").first()).toBeVisible(soon);

    await expect(t.getByRole("heading", { name: "Access has ended" })).toBeVisible(soon);
    expect(await t.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await expect(main(t)).not.toContainText(SHARED, { useInnerText: true });
    await expect(main(t)).not.toHaveText(COUPLE, { useInnerText: true });
    await bothThemes(t, "access-ended", () => expect(t.getByRole("heading", { name: "Access has ended" })).toBeVisible());
  });
});
