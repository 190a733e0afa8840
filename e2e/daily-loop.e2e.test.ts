import { analyze } from "@attune/coach";
import { expect, test, type Browser, type Page, type Request } from "@playwright/test";
import {
  api,
  closeContexts,
  apiOk,
  coupleAccountsByApi,
  expectAccessible,
  fitsWidth,
  pageOf,
  PHONE,
  screenshot,
  startTestServer,
  type Account,
  type TestServer,
} from "./lib/index.ts";

// The daily loop, with two people in two browser contexts: Ana checks in and
// shares; Ben sees it arrive live, drafts a reply that jumps to advice, sees the coach
// mark it and why, takes the suggested rewrite and sends; Ana says she felt heard and
// Ben sees that; both answer the daily question, which opens only once both have.
// Each test starts from its own couple, brought through the API to the step it checks
// (what the tests above it do in the browser), so any one runs alone.
// Every test here makes its own people, so they spread over the workers instead of running
// one after another in one: this is one of the longest files, and run whole it was the last
// one left running while the other workers sat idle. Each worker that takes a test starts
// its own server (beforeAll).
test.describe.configure({ mode: "parallel" });

let server: TestServer;
let browser: Browser;

const SHARE = "My manager criticised my report in front of the whole team. I felt humiliated and I'm still anxious about tomorrow.";
const LOW = "The meeting at ten";
const HIGH = "A long call with my sister";
const FIXING_DRAFT = "You should just talk to your boss tomorrow.";

const soon = { timeout: 10_000 };

/** Marks the document so a later check can tell the page was never reloaded. */
const markNoReload = (page: Page) => page.evaluate(() => ((window as unknown as { __attuneNoReload: boolean }).__attuneNoReload = true));
const stillSameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __attuneNoReload?: boolean }).__attuneNoReload === true);

/** The browser's day (newPerson sets Europe/London), `back` days ago, as the API takes it. */
const dayOf = (back = 0) => new Date(Date.now() - back * 86_400_000).toLocaleDateString("sv", { timeZone: "Europe/London" });

/**
 * Ana and Ben, linked (linking has its own browser test, foundation; here it is plumbing).
 * Each opens a page when the test asks for it (pageOf): some tests only drive Ben's.
 */
const couple = async (): Promise<{ ana: Account; ben: Account }> => {
  const [ana, ben] = await coupleAccountsByApi(browser, server.url);
  return { ana, ben };
};

/** The couple, after Ana's first test: today's check-in shared (her remembered choice), as she wrote it. */
async function shared() {
  const c = await couple();
  await apiOk(c.ana, "PATCH", "/api/me/prefs", { defaultVisibility: "shared" });
  const checkin = await apiOk<{ id: string }>(c.ana, "POST", "/api/checkins", {
    day: dayOf(),
    emotions: { mad: 1, sad: 2, glad: 1, fear: 3 },
    high: HIGH,
    low: LOW,
    promptId: null,
    mindHeart: SHARE,
    visibility: "shared",
  });
  return { ...c, checkinId: checkin.id };
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

test.describe("the daily loop in the browser", () => {
  test("Ana checks in, with a depth nudge while she writes, and shares it", async () => {
    const { ana, ben } = await couple();
    const a = await pageOf(ana);
    const b = await pageOf(ben);
    // Ben waits on the timeline; what Ana shares must arrive there without a reload.
    await b.goto("/timeline");
    await expect(b.getByText("Nothing shared yet")).toBeVisible(soon);
    await markNoReload(b);

    await a.goto("/");
    await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Check in" }).click();
    await expect(a).toHaveURL((url) => url.pathname === "/check-in", soon);
    await a.getByRole("group", { name: "Sad", exact: true }).getByRole("radio", { name: "quite a bit" }).check();
    await a.getByRole("group", { name: "Fear", exact: true }).getByRole("radio", { name: "strongly" }).check();
    await a.getByRole("group", { name: "Glad", exact: true }).getByRole("radio", { name: "a little" }).check();
    // Arrow keys move within a group (native radios): none → a little.
    await a.getByRole("group", { name: "Mad", exact: true }).getByRole("radio", { name: "none" }).focus();
    await a.keyboard.press("ArrowRight");
    await expect(a.getByRole("group", { name: "Mad", exact: true }).getByRole("radio", { name: "a little" })).toBeChecked();
    await a.getByLabel("A high of the day").fill(HIGH);
    await a.getByLabel("A low of the day").fill(LOW);

    // Outer-layer words first: the coach nudges toward feelings, without blocking anything.
    const outer = "Went to the office, had three meetings, then picked up groceries on the way home.";
    const nudge = analyze({ share: outer }).depthNudge;
    expect(nudge).not.toBeNull();
    const mindHeart = a.locator(".checkin-form textarea");
    await mindHeart.fill(outer);
    await expect(a.locator(".nudge")).toContainText(nudge ?? "", soon);
    await mindHeart.fill(SHARE);
    expect(analyze({ share: SHARE }).depthNudge).toBeNull();
    await expect(a.locator(".nudge")).toHaveText("", soon);

    await a.getByRole("radio", { name: /Share with Ben/ }).check();
    await expect.poll(async () => (await api<{ defaultVisibility: string }>(a, "GET", "/api/me/prefs")).data.defaultVisibility, soon).toBe("shared");
    await screenshot(a, "loop-check-in");
    await expectAccessible(a, "check-in form");

    await a.getByRole("button", { name: "Check in and share" }).click();
    await expect(a.getByRole("status").filter({ hasText: "Thank you for checking in" })).toBeVisible(soon);
    await expect(a.getByRole("heading", { name: "Your check-in today" })).toBeVisible();
    await screenshot(a, "loop-check-in-done");
    await expectAccessible(a, "check-in done");

    // Ben's open timeline shows it, marked new, in the same document.
    await expect(b.getByText(SHARE)).toBeVisible(soon);
    expect(await stillSameDocument(b)).toBe(true);
    await expect(b.getByText("1 new check-in from Ana")).toBeVisible();
    await expect(b.locator(".checkin-card--unread .tag--new")).toBeVisible();
    await screenshot(b, "loop-timeline-live");
    await expectAccessible(b, "timeline");
  });

  test("Ben replies with the coach: sees the advice marked and why, takes the rewrite, sends", async () => {
    const { ben, checkinId } = await shared();
    const b = await pageOf(ben);
    await b.goto("/timeline");
    await b.getByRole("link", { name: /Open and reply/ }).click();
    await expect(b).toHaveURL((url) => url.pathname === `/checkins/${checkinId}`, soon);
    // Opening it marks it read.
    await expect.poll(async () => (await api<{ unread: boolean }>(b, "GET", `/api/checkins/${checkinId}`)).data.unread, soon).toBe(false);

    const shareText = [SHARE, `Low: ${LOW}`, `High: ${HIGH}`].join("\n");
    const expected = analyze({ share: shareText, reply: FIXING_DRAFT });
    const fixing = expected.findings.find((f) => f.kind === "pitfall" && f.id === "fixing");
    expect(fixing, "the coach flags the advice in the draft").toBeDefined();

    // The feelings of the share, before a word is written.
    const feelings = analyze({ share: shareText }).shareFeelingWords;
    if (feelings.length > 0) await expect(b.locator(".coach__feelings")).toContainText(feelings[0] ?? "", soon);

    // Watch the network: the draft must not reach the server before Send.
    const posted: string[] = [];
    b.on("request", (r) => {
      if (r.method() !== "GET") posted.push(`${r.method()} ${new URL(r.url()).pathname} ${r.postData() ?? ""}`);
    });

    const draft = b.getByLabel("Your reply to Ana");
    await draft.fill(FIXING_DRAFT);
    // The mark sits behind exactly the flagged words, with a non-colour signal (wavy underline).
    const mark = b.locator(".hl-field__mirror mark.hl--pitfall");
    await expect(mark).toHaveText(FIXING_DRAFT.slice(fixing?.start ?? 0, fixing?.end ?? 0), soon);
    await expect(mark).toHaveCSS("text-decoration-style", "wavy");
    const finding = b.locator(".finding--pitfall").first();
    await expect(finding).toContainText("Jumping to advice");
    await expect(finding).toContainText(fixing?.why ?? "");
    await expect(finding.locator(".finding__icon")).toHaveText("⚠");
    // Screen readers hear a calm summary once the coach settles.
    await expect(b.locator(".coach [aria-live]")).toContainText("Jumping to advice", soon);
    await screenshot(b, "loop-composer-coach");
    await expectAccessible(b, "composer with coach");
    expect(posted.filter((p) => p.includes("boss"))).toEqual([]);

    // One click puts what the coach offers in the draft: his own words trimmed ("Use this") or,
    // when nothing of his can carry it (advice alone), a place to start. Checked softly: without
    // an offer this test fails, but the rest of the story still runs (Ben sends his own words).
    const offer = expected.rewrite ?? expected.starter;
    expect.soft(offer, "the coach offers something for an advice-first reply").not.toBeNull();
    let sentText = "That sounds humiliating. No wonder you're still anxious.";
    if (offer) {
      await b.getByRole("button", { name: expected.rewrite ? "Use this" : "Start from this" }).click();
      await expect(draft).toHaveValue(offer, soon);
      await expect(b.getByRole("button", { name: "Back to my words" })).toBeVisible();
      await screenshot(b, "loop-composer-rewrite");
      sentText = offer.trim();
      if (!expected.rewrite) {
        // A starter is the coach's words: the draft says so until Ben makes it his own.
        const note = b.getByText("These are the coach's words so far");
        await expect(note).toBeVisible();
        await expect(draft).toHaveAccessibleDescription(/coach's words so far/);
        await expectAccessible(b, "composer with a starter taken");
        sentText = `${offer.trim()} I'm here.`;
        await draft.fill(sentText);
        await expect(note).toBeHidden();
      }
    } else {
      await draft.fill(sentText);
    }

    await b.getByRole("button", { name: "Send" }).click();
    await expect(b.locator(".reply--mine .reply__body")).toHaveText(sentText, soon);
    await expect(draft).toHaveValue("", soon);
    expect(posted.filter((p) => p.startsWith(`POST /api/checkins/${checkinId}/replies`))).toHaveLength(1);
  });

  test("keeps the draft when a send fails", async () => {
    const { ben, checkinId } = await shared();
    const b = await pageOf(ben);
    await b.goto(`/checkins/${checkinId}`);
    const draft = b.getByLabel("Your reply to Ana");
    const words = "That sounds so hard. I'm here tonight.";
    await draft.fill(words);
    await b.route(`**/api/checkins/${checkinId}/replies`, (route) =>
      route.request().method() === "POST"
        ? route.fulfill({
            status: 503,
            contentType: "application/json",
            body: JSON.stringify({ error: { code: "unavailable", message: "Attune is busy for a moment." } }),
          })
        : route.fallback(),
    );
    await b.getByRole("button", { name: "Send" }).click();
    await expect(b.getByRole("alert").filter({ hasText: "Your words are still here." })).toBeVisible(soon);
    await expect(draft).toHaveValue(words);
    const stored = await b.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain("sounds so hard");
    await b.unroute(`**/api/checkins/${checkinId}/replies`);
    await draft.fill("");
  });

  test("Ana says she felt heard, and Ben sees it without reloading", async () => {
    const { ana, ben, checkinId } = await shared();
    await apiOk(ben, "POST", `/api/checkins/${checkinId}/replies`, { body: "That sounds humiliating. No wonder you're still anxious." });
    const a = await pageOf(ana);
    const b = await pageOf(ben);
    // Ben's reply is open on his screen; Ana is where checking in left her.
    await b.goto(`/checkins/${checkinId}`);
    await expect(b.locator(".reply--mine")).toHaveCount(1, soon);
    await markNoReload(b);
    await a.goto("/check-in");
    await a.getByRole("link", { name: /See the conversation/ }).click();
    await expect(a).toHaveURL((url) => url.pathname === `/checkins/${checkinId}`, soon);
    await expect(a.locator(".reply")).toHaveCount(1, soon);
    await a.getByLabel("A word for Ben (optional)").fill("Thank you, that helped");
    await screenshot(a, "loop-feedback-ask");
    await expectAccessible(a, "feedback ask");
    await a.getByRole("button", { name: "I felt heard" }).click();
    await expect(a.locator(".feedback--given")).toContainText("I felt heard", soon);

    await expect(b.locator(".feedback--received")).toContainText("Ana felt heard.", soon);
    await expect(b.locator(".feedback--received")).toContainText("Thank you, that helped");
    expect(await stillSameDocument(b)).toBe(true);
    await screenshot(b, "loop-feedback-seen");
    await expectAccessible(b, "feedback seen");

    // The ground truth is stored with the reply.
    const replies = await api<{ replies: { feedback: { heard: boolean; note: string | null } | null; coach: { pitfalls: string[] } | null }[] }>(
      a,
      "GET",
      `/api/checkins/${checkinId}/replies`,
    );
    expect(replies.data.replies[0]?.feedback).toMatchObject({ heard: true, note: "Thank you, that helped" });
  });

  test("works at 390px: the composer and the check-in fit the phone", async () => {
    const { ben, checkinId } = await shared();
    const b = await pageOf(ben);
    await b.setViewportSize(PHONE);
    await b.goto(`/checkins/${checkinId}`);
    await b.getByLabel("Your reply to Ana").fill(FIXING_DRAFT);
    await expect(b.locator(".finding--pitfall").first()).toBeAttached(soon);
    expect(await fitsWidth(b)).toBe(true);
    await screenshot(b, "loop-composer-phone");
    await b.getByLabel("Your reply to Ana").fill("");
    await b.goto("/check-in");
    await expect(b.getByRole("group", { name: "Sad", exact: true })).toBeVisible(soon);
    expect(await fitsWidth(b)).toBe(true);
    await screenshot(b, "loop-check-in-phone");
    await expectAccessible(b, "check-in on a phone");
    await b.setViewportSize({ width: 1280, height: 860 });
  });

  test("the daily question opens only once both have answered", async () => {
    const { ana, ben } = await couple();
    const a = await pageOf(ana);
    const b = await pageOf(ben);
    await b.goto("/daily");
    await markNoReload(b);
    await a.goto("/daily");
    await expect(a.getByLabel("Your answer")).toBeVisible(soon);
    const question = (await a.locator("#dq-text").textContent()) ?? "";
    expect(question.length).toBeGreaterThan(5);
    await expect(b.locator("#dq-text")).toHaveText(question, soon);

    const anaAnswer = "The way you make tea without asking when I'm tired.";
    const benAnswer = "When you laughed at my terrible joke on the train.";
    await a.getByLabel("Your answer").fill(anaAnswer);
    await a.getByRole("button", { name: "Seal my answer" }).click();
    await expect(a.getByRole("heading", { name: /Waiting for Ben/ })).toBeVisible(soon);
    await expect(a.getByText("You both answered")).toHaveCount(0);
    await screenshot(a, "loop-daily-waiting");
    await expectAccessible(a, "daily question waiting");

    // Ben's page learns, live, that Ana answered — but not what she wrote.
    await expect(b.getByText("Ana's answer is waiting: when you send yours, you'll both see both.")).toBeVisible(soon);
    expect(await b.content()).not.toContain("make tea");
    const sealed = await api<{ partnerAnswer: unknown; revealed: boolean }>(
      b,
      "GET",
      `/api/daily-question?day=${await b.evaluate(() => new Date().toLocaleDateString("sv"))}`,
    );
    expect(sealed.data).toMatchObject({ partnerAnswer: null, revealed: false });
    await screenshot(b, "loop-daily-answer");
    await expectAccessible(b, "daily question answer");

    await b.getByLabel("Your answer").fill(benAnswer);
    await b.getByRole("button", { name: "Seal my answer" }).click();
    await expect(b.getByRole("heading", { name: /You both answered/ })).toBeVisible(soon);
    await expect(b.getByRole("article", { name: "Ana's answer" })).toContainText(anaAnswer);
    await expect(b.getByRole("article", { name: "Your answer" })).toContainText(benAnswer);
    expect(await stillSameDocument(b)).toBe(true);

    // Ana's waiting screen turns into the reveal on its own.
    await expect(a.getByRole("heading", { name: /You both answered/ })).toBeVisible(soon);
    await expect(a.getByRole("article", { name: "Ben's answer" })).toContainText(benAnswer);
    await screenshot(a, "loop-daily-reveal");
    await expectAccessible(a, "daily question reveal");

    // They can reply to each other's answer with the same composer (and coach).
    const respond = a.getByRole("region", { name: "Respond to Ben" });
    await respond.getByLabel("Your reply to Ben").fill("That's lovely — I remember that train ride too.");
    // Ctrl+Enter sends from the keyboard.
    await respond.getByLabel("Your reply to Ben").press("Control+Enter");
    await expect(b.locator(".reveal .reply:not(.reply--mine) .reply__body").first()).toContainText("I remember that train ride", soon);
    await screenshot(b, "loop-daily-reply");
  });

  test("history is browsable by day with Show earlier; entries can be changed and deleted; the timeline pages too", async () => {
    const { ana, ben } = await shared();
    const a = await pageOf(ana);
    const b = await pageOf(ben);
    await a.goto("/");
    // Thirteen earlier days for Ana, two of them private (days 3 and 7 back).
    const days = await a.evaluate(() =>
      Array.from({ length: 13 }, (_, i) => {
        const d = new Date();
        d.setDate(d.getDate() - (i + 1));
        return d.toLocaleDateString("sv");
      }),
    );
    for (const [i, day] of days.entries()) {
      const visibility = i === 2 || i === 6 ? "private" : "shared";
      const made = await api(a, "POST", "/api/checkins", {
        day,
        emotions: { mad: 0, sad: 1, glad: 2, fear: 0 },
        high: `High ${i + 1}`,
        low: `Low ${i + 1}`,
        promptId: null,
        mindHeart: `Earlier day ${i + 1}, ${visibility}`,
        visibility,
      });
      expect(made.status).toBe(201);
    }

    await a.goto("/history");
    const cards = a.locator(".timeline > li");
    await expect(cards).toHaveCount(10, soon);
    await expect(a.locator(".timeline > li .checkin-card__title").first()).toHaveText("Today");
    await expect(a.locator(".timeline > li .checkin-card__title").nth(1)).toHaveText("Yesterday");
    await screenshot(a, "loop-history");
    await expectAccessible(a, "history");
    await a.getByRole("button", { name: "Show earlier" }).click();
    await expect(cards).toHaveCount(14, soon);
    await expect(a.getByText("That's your very first check-in.")).toBeVisible();
    await expect(a.getByRole("button", { name: "Show earlier" })).toHaveCount(0);

    // Change yesterday's low.
    await a.getByRole("link", { name: "Change Yesterday" }).click();
    await expect(a).toHaveURL((url) => /^\/checkins\/[^/]+\/edit$/.test(url.pathname), soon);
    await expect(a.getByLabel("A low of the day")).toHaveValue("Low 1", soon);
    await a.getByLabel("A low of the day").fill("Low 1, and then it got better");
    await a.getByRole("button", { name: "Save changes" }).click();
    await expect(a).toHaveURL((url) => /^\/checkins\/[^/]+$/.test(url.pathname), soon);
    await expect(a.getByText("Low 1, and then it got better")).toBeVisible(soon);
    // A shared entry leads back to what they share (a private one to her own check-ins).
    await expect(a.getByRole("link", { name: "Back to what you share with each other" })).toBeVisible();

    // Delete the oldest (a shared one), after saying yes in the dialog.
    await a.goto("/history");
    await expect(cards).toHaveCount(10, soon);
    await a.getByRole("button", { name: "Show earlier" }).click();
    await expect(cards).toHaveCount(14, soon);
    await cards.last().getByRole("button", { name: "Delete" }).click();
    const dialog = a.getByRole("dialog", { name: "Delete this check-in?" });
    await expect(dialog).toBeVisible(soon);
    await screenshot(a, "loop-history-delete");
    await dialog.getByRole("button", { name: "Delete it" }).click();
    await expect(cards).toHaveCount(13, soon);
    await expect(a.getByText("Earlier day 13, shared")).toHaveCount(0);

    // Ben's timeline: Ana's shared days (today + 10 earlier left) page by ten; private ones never show.
    await b.goto("/timeline");
    const items = b.locator(".timeline > li");
    await expect(items).toHaveCount(10, soon);
    await b.getByRole("button", { name: "Show earlier" }).click();
    await expect(items).toHaveCount(11, soon);
    await expect(b.getByText("That's the beginning of what you've shared.")).toBeVisible(soon);
    await expect(b.getByText(/, private$/)).toHaveCount(0);
    await expect(b.getByText("Earlier day 12, shared")).toBeVisible();
    await screenshot(b, "loop-timeline-paged");

    // Deleting today's check-in brings the form back, with sharing still the remembered default.
    await a.goto("/check-in");
    await expect(a.getByRole("heading", { name: "Your check-in today" })).toBeVisible(soon);
    await a.getByRole("button", { name: "Delete" }).click();
    await a.getByRole("dialog").getByRole("button", { name: "Delete it" }).click();
    await expect(a.getByRole("radio", { name: /Share with Ben/ })).toBeChecked(soon);
    await expect(a.getByRole("status").filter({ hasText: "Deleted." })).toBeVisible();
  });

  test("a hidden tab lets its live stream go, and catches up when shown again", async () => {
    const { ana, ben } = await couple();
    // Something on Ben's timeline already: yesterday's share (today's is made below).
    await apiOk(ana, "POST", "/api/checkins", {
      day: dayOf(1),
      emotions: { mad: 0, sad: 1, glad: 0, fear: 0 },
      high: "",
      low: "",
      promptId: null,
      mindHeart: SHARE,
      visibility: "shared",
    });
    const a = await pageOf(ana);
    const b = await pageOf(ben);
    await a.goto("/");
    await b.goto("/timeline");
    await expect(b.locator(".timeline > li").first()).toBeAttached(soon);
    await markNoReload(b);
    const setVisibility = (state: "hidden" | "visible") =>
      b.evaluate((value) => {
        Object.defineProperty(document, "visibilityState", { configurable: true, get: () => value });
        document.dispatchEvent(new Event("visibilitychange"));
      }, state);
    // Proof instead of a sleep: the stream's request ends once the tab is hidden, and no
    // new one opens while it stays hidden, so nothing can arrive live.
    const isStream = (r: Request) => new URL(r.url()).pathname === "/api/events";
    const streamEnded = new Promise<void>((resolve) => {
      const ended = (r: Request) => {
        if (!isStream(r)) return;
        b.off("requestfailed", ended);
        b.off("requestfinished", ended);
        resolve();
      };
      b.on("requestfailed", ended);
      b.on("requestfinished", ended);
    });
    await setVisibility("hidden");
    await streamEnded;
    let reopened = false;
    const onRequest = (r: Request) => {
      if (isStream(r)) reopened = true;
    };
    b.on("request", onRequest);

    const today = await a.evaluate(() => new Date().toLocaleDateString("sv"));
    const made = await api(a, "POST", "/api/checkins", {
      day: today,
      emotions: { mad: 0, sad: 0, glad: 2, fear: 0 },
      high: "",
      low: "",
      promptId: null,
      mindHeart: "Shared while Ben's tab was hidden",
      visibility: "shared",
    });
    expect(made.status).toBe(201);
    expect(reopened).toBe(false);
    await expect(b.getByText("Shared while Ben's tab was hidden")).toHaveCount(0);
    b.off("request", onRequest);

    await setVisibility("visible");
    await expect(b.getByText("Shared while Ben's tab was hidden")).toBeVisible(soon);
    expect(await stillSameDocument(b)).toBe(true);
  });
});
