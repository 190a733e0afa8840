import { SAFETY_QUESTIONS, STEP_TEXTS } from "@attune/shared";
import { expect, type Page } from "@playwright/test";
import { api, apiOk, expectAccessible, fitsWidth, pathOf, PHONE, screenshot, testWithServer, type Account, type Person } from "./lib/index.ts";

// Guided repair on two devices ("apart"): Cara starts, both answer the private safety
// check, agree to talk, tell and reflect (with one "not quite" loop and the coach at the
// listener's side), pause and resume, name their parts, apologise or pass, and settle on
// one agreement. (A check that does not go ahead is walked in safety.e2e.test.ts.) Dan is
// on a phone-sized screen throughout. Each test links its own couple through the API and
// walks there, through the repair's own actions, the steps before the ones it checks.
const test = testWithServer();
test.use({ coupleNames: ["Cara", "Dan"], coupleOptions: [{}, { viewport: PHONE }] });

const soon = { timeout: 15_000 };
const stepHeading = (page: Page, title: string) => page.getByRole("heading", { name: title, level: 2 });
const seen = (page: Page, title: string) => expect(stepHeading(page, title)).toBeVisible(soon);

/** Answers the four safety questions on the page; `concern` answers one of them "Yes". */
async function answerSafety(page: Page, concern: string | null = null) {
  for (const q of SAFETY_QUESTIONS) {
    const group = page.getByRole("group", { name: q.text });
    await group.getByRole("radio", { name: q.id === concern ? "Yes" : "No", exact: true }).check();
  }
  await page.getByRole("button", { name: "Send my answers" }).click();
}

async function tell(page: Page, happened: string, feelings: [string, string][], needed: string) {
  await page.getByLabel("What happened, as you experienced it").fill(happened);
  for (const [emotion, level] of feelings) await page.getByRole("group", { name: emotion, exact: true }).getByRole("radio", { name: level }).check();
  await page.getByLabel("What you needed in that moment (optional)").fill(needed);
  await page.getByRole("button", { name: "Share my side" }).click();
}

async function reflect(page: Page, text: string) {
  const box = page.getByLabel("Say back what you heard");
  await expect(box).toBeVisible(soon);
  await box.fill(text);
  await page.getByRole("button", { name: "Send", exact: true }).click();
}

const CALM = { afraid: "no", hurt_or_threatened: "no", controlled: "no", cannot_say_no: "no" } as const;

/**
 * A repair apart, walked through the API as the tests before leave it (Cara is "a", Dan "b"):
 * "talk" once both answered the safety check, "tell_b" once Cara was heard (after one "not
 * quite"), "own_part" once Dan was heard too. Both pages are then open on it; resolves with its id.
 */
async function repairUpTo(cara: Person, dan: Person, until: "talk" | "tell_b" | "own_part"): Promise<string> {
  const { id } = await apiOk<{ id: string }>(cara, "POST", "/api/repair", { mode: "apart" });
  const act = (who: Account, action: Record<string, unknown>) => apiOk(who, "POST", `/api/repair/${id}/actions`, action);
  await act(cara, { type: "answer_safety", by: "a", answers: CALM });
  await act(dan, { type: "answer_safety", by: "b", answers: CALM });
  if (until !== "talk") {
    await act(cara, { type: "agree_to_talk", by: "a" });
    await act(dan, { type: "agree_to_talk", by: "b" });
    const happened = "You said yes to dinner with your brother without asking me.";
    await act(cara, { type: "tell", by: "a", telling: { happened, felt: { mad: 0, sad: 2, glad: 0, fear: 1 }, needed: "To be asked first." } });
    await act(dan, { type: "reflect", by: "b", text: "It sounds like you felt sad when I said yes without asking." });
    await act(cara, { type: "not_quite", by: "a", clarification: "It was more that I felt I come second." });
    await act(dan, {
      type: "reflect",
      by: "b",
      text: "So it left you feeling sad and a bit afraid that you come second, and you needed me to ask you first. Is that it?",
    });
    await act(cara, { type: "confirm_heard", by: "a" });
  }
  if (until === "own_part") {
    const happened = "When you went quiet after I told you, I didn't know what I'd done.";
    await act(dan, { type: "tell", by: "b", telling: { happened, felt: { mad: 0, sad: 0, glad: 0, fear: 2 }, needed: "To know we were okay." } });
    await act(cara, { type: "reflect", by: "a", text: "It makes sense my silence scared you. You needed to know we were still okay. Is that right?" });
    await act(dan, { type: "confirm_heard", by: "b" });
  }
  await Promise.all([cara.page.goto(`/repair/${id}`), dan.page.goto(`/repair/${id}`)]);
  return id;
}

test.describe("guided repair, each on their own device", () => {
  test("Cara starts; each answers the safety check privately", async ({ couple: [cara, dan] }) => {
    const c = cara.page;
    await c.goto("/");
    await c.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Repair" }).click();
    await expect(c).toHaveURL((url) => url.pathname === "/repair", soon);
    await expect(c.getByRole("radio", { name: /Each on our own device/ })).toBeVisible(soon);
    await screenshot(c, "repair-start");
    await expectAccessible(c, "repair start");
    await c.getByRole("radio", { name: /Each on our own device/ }).check();
    await c.getByRole("button", { name: "Begin with the safety check" }).click();
    await expect(c).toHaveURL((url) => /^\/repair\/[^/]+$/.test(url.pathname), soon);
    const repairId = pathOf(c).split("/")[2] ?? "";

    await seen(c, STEP_TEXTS.safety_check.title);
    await screenshot(c, "repair-safety-check");
    await expectAccessible(c, "safety check");
    // Sending with a question unanswered is refused, kindly.
    await c.getByRole("button", { name: "Send my answers" }).click();
    await expect(c.getByRole("alert").filter({ hasText: "Please answer each question" })).toBeVisible(soon);
    await answerSafety(c);
    await expect(c.getByText("Waiting for Dan to answer their questions")).toBeVisible(soon);

    // Dan finds the open repair from the start page and answers on his phone.
    const d = dan.page;
    await d.goto("/repair");
    await expect(d).toHaveURL((url) => url.pathname === `/repair/${repairId}`, soon);
    await seen(d, STEP_TEXTS.safety_check.title);
    expect(await fitsWidth(d)).toBe(true);
    await answerSafety(d);

    // The answers are never returned by the API.
    const view = await api<Record<string, unknown>>(d, "GET", `/api/repair/${repairId}`);
    expect(JSON.stringify(view.data)).not.toMatch(/"answers"|hurt_or_threatened/);

    await seen(c, STEP_TEXTS.pause_and_agree.title);
    await seen(d, STEP_TEXTS.pause_and_agree.title);
  });

  test("both agree to talk; Cara tells, Dan reflects with the coach, 'not quite', then 'yes, that's it'", async ({ couple: [cara, dan] }) => {
    await repairUpTo(cara, dan, "talk");
    const c = cara.page;
    const d = dan.page;
    await seen(c, STEP_TEXTS.pause_and_agree.title);
    await seen(d, STEP_TEXTS.pause_and_agree.title);
    await c.getByRole("button", { name: "I'm ready to talk" }).click();
    await expect(c.getByText("Waiting for Dan to be ready too")).toBeVisible(soon);
    await d.getByRole("button", { name: "I'm ready to talk" }).click();

    await seen(c, STEP_TEXTS.tell_a.title);
    await expect(d.getByText("Cara is writing their side", { exact: false })).toBeVisible(soon);
    // Nothing chosen yet: the form asks for a feeling, and keeps the words.
    await c.getByLabel("What happened, as you experienced it").fill("You said yes to dinner with your brother without asking me.");
    await c.getByRole("button", { name: "Share my side" }).click();
    await expect(c.getByText("Pick at least one feeling, even a little.")).toBeVisible(soon);
    await screenshot(c, "repair-tell");
    await expectAccessible(c, "tell");
    await tell(
      c,
      "You said yes to dinner with your brother without asking me.",
      [
        ["Sad", "quite a bit"],
        ["Fear", "a little"],
      ],
      "To be asked first.",
    );

    await seen(d, STEP_TEXTS.reflect_b.title);
    await expect(d.getByText("You said yes to dinner with your brother without asking me.")).toBeVisible();
    await expect(d.getByText(/sad \(quite a bit\), afraid \(a little\)/)).toBeVisible();
    // The coach sits next to the reflection: a fixing draft is flagged before sending.
    await d.getByLabel("Say back what you heard").fill("You should just tell me earlier next time.");
    await expect(d.locator(".finding--pitfall").first()).toBeAttached(soon);
    await screenshot(d, "repair-reflect-coach-phone");
    expect(await fitsWidth(d)).toBe(true);
    await expectAccessible(d, "reflect with the coach");
    await reflect(d, "It sounds like you felt sad when I said yes without asking.");

    await expect(c.getByRole("heading", { name: "Did Dan get it?" })).toBeVisible(soon);
    await expect(c.getByText("It sounds like you felt sad when I said yes without asking.")).toBeVisible();
    await c.getByRole("button", { name: "Not quite" }).click();
    await c.getByLabel("What would you add or put differently? (optional)").fill("It was more that I felt I come second.");
    await c.getByRole("button", { name: "Send and let them try again" }).click();

    await expect(d.getByText("It was more that I felt I come second.")).toBeVisible(soon);
    await reflect(d, "So it left you feeling sad and a bit afraid that you come second, and you needed me to ask you first. Is that it?");
    await expect(c.getByRole("button", { name: "Yes, that's it" })).toBeVisible(soon);
    await screenshot(c, "repair-confirm");
    await c.getByRole("button", { name: "Yes, that's it" }).click();
    await seen(d, STEP_TEXTS.tell_b.title);
  });

  test("Dan pauses and comes back later; Dan tells, Cara reflects, Dan confirms", async ({ couple: [cara, dan] }) => {
    const repairId = await repairUpTo(cara, dan, "tell_b");
    const c = cara.page;
    const d = dan.page;
    await seen(d, STEP_TEXTS.tell_b.title);
    await d.getByRole("button", { name: "Pause for now" }).click();
    await expect(d.getByRole("heading", { name: "Paused" })).toBeVisible(soon);
    await expect(c.getByText("Dan paused the conversation.", { exact: false })).toBeVisible(soon);
    await expect(c.getByRole("button", { name: "We're ready: carry on" })).toHaveCount(0);
    await screenshot(c, "repair-paused-partner");
    await expectAccessible(c, "paused");

    // Dan leaves, and comes back to the same step through /repair.
    await d.goto("/");
    await d.goto("/repair");
    await expect(d).toHaveURL((url) => url.pathname === `/repair/${repairId}`, soon);
    await d.getByRole("button", { name: "We're ready: carry on" }).click();
    await seen(d, STEP_TEXTS.tell_b.title);
    await seen(c, "A moment");

    await tell(d, "When you went quiet after I told you, I didn't know what I'd done.", [["Fear", "quite a bit"]], "To know we were okay.");
    await seen(c, STEP_TEXTS.reflect_a.title);
    await reflect(c, "It makes sense my silence scared you. You needed to know we were still okay. Is that right?");
    await expect(d.getByRole("button", { name: "Yes, that's it" })).toBeVisible(soon);
    await d.getByRole("button", { name: "Yes, that's it" }).click();
    await seen(c, STEP_TEXTS.own_part.title);
    await seen(d, STEP_TEXTS.own_part.title);
  });

  test("each names their part, apologises or passes, and they agree on one small thing", async ({ couple: [cara, dan] }) => {
    await repairUpTo(cara, dan, "own_part");
    const c = cara.page;
    const d = dan.page;
    await seen(c, STEP_TEXTS.own_part.title);
    await seen(d, STEP_TEXTS.own_part.title);
    await c.getByLabel("My part was…").fill("My part was going quiet instead of telling you I was hurt.");
    await c.getByRole("button", { name: "Share my part" }).click();
    await expect(c.getByText("Thank you for naming your part. Waiting for Dan.")).toBeVisible(soon);
    await d.getByLabel("My part was…").fill("My part was saying yes without asking you.");
    await d.getByRole("button", { name: "Share my part" }).click();

    await seen(c, STEP_TEXTS.apology.title);
    await expect(c.getByText("My part was saying yes without asking you.")).toBeVisible();
    // An example apology to start from, made one's own.
    await c.getByText("Apologies that speak to feelings, for inspiration").click();
    await c.getByRole("button", { name: /Start from this: I'm sorry I left you feeling alone/ }).click();
    const apology = c.getByLabel("My apology, in my own words");
    await expect(apology).toHaveValue(/I'm sorry I left you feeling alone with that\./);
    await screenshot(c, "repair-apology");
    await expectAccessible(c, "apology");
    await c.getByRole("button", { name: "Offer my apology" }).click();
    await seen(d, STEP_TEXTS.apology.title);
    await d.getByRole("button", { name: "Pass for now" }).click();

    await seen(c, STEP_TEXTS.agreement.title);
    await c.getByLabel("Our agreement for next time").fill("We ask each other before saying yes to plans.");
    await c.getByRole("button", { name: "Suggest this" }).click();
    await expect(c.getByText("Waiting for Dan to agree", { exact: false })).toBeVisible(soon);
    await expect(d.getByRole("button", { name: "I agree to this" })).toBeVisible(soon);
    await screenshot(d, "repair-agreement-phone");
    expect(await fitsWidth(d)).toBe(true);
    await d.getByRole("button", { name: "I agree to this" }).click();

    for (const p of [c, d]) {
      await seen(p, STEP_TEXTS.done.title);
      await expect(p.getByText("We ask each other before saying yes to plans.")).toBeVisible();
    }
    await expect(d.getByText("Passed for now, and that's okay.")).toBeVisible();
    await screenshot(c, "repair-done");
    await expectAccessible(c, "repair done");
    expect(await fitsWidth(d)).toBe(true);
    // Finished: nothing is open any more.
    expect((await api<{ repair: unknown }>(c, "GET", "/api/repair/current")).data.repair).toBeNull();
  });
});

test.describe("guided repair together on one screen", () => {
  test("the device is handed over for the safety check; both take turns; either can end it", async ({ couple: [cara] }) => {
    const c = cara.page;
    await c.goto("/repair");
    await c.getByRole("radio", { name: /Together, on one screen/ }).check();
    await c.getByRole("button", { name: "Begin with the safety check" }).click();
    await expect(c).toHaveURL((url) => /^\/repair\/[^/]+$/.test(url.pathname), soon);

    // Each answers privately: first a hand-over, then the questions, then the next hand-over.
    await expect(c.getByText("Cara answers first. Dan, please give them a moment of privacy.")).toBeVisible(soon);
    await expect(c.getByRole("radio")).toHaveCount(0);
    await screenshot(c, "repair-together-handover");
    await expectAccessible(c, "hand-over");
    await c.getByRole("button", { name: "I'm Cara, I'm ready" }).click();
    await expect(c.getByText("Cara's answers")).toBeVisible();
    await answerSafety(c);
    await expect(c.getByText("Thank you. Now please hand the device to Dan.", { exact: false })).toBeVisible(soon);
    await c.getByRole("button", { name: "I'm Dan, I'm ready" }).click();
    // Cara's answers are gone before Dan sees the questions.
    await expect(c.getByRole("radio", { checked: true })).toHaveCount(0);
    await answerSafety(c);

    await c.getByRole("button", { name: "Cara: I'm ready to talk" }).click();
    await c.getByRole("button", { name: "Dan: I'm ready to talk" }).click();
    await expect(c.getByText("Cara's side. Dan, listen for now", { exact: false })).toBeVisible(soon);
    await tell(
      c,
      "The dishes were left again and I felt alone with the house.",
      [
        ["Mad", "a little"],
        ["Sad", "a little"],
      ],
      "A hand without asking.",
    );
    const box = c.getByLabel("Dan, say back what you heard");
    await expect(box).toBeVisible(soon);
    await box.fill("It sounds like you felt alone with the house, and a bit cross.");
    await c.getByRole("button", { name: "Send", exact: true }).click();
    await expect(c.getByRole("heading", { name: "Cara, did Dan get it?" })).toBeVisible(soon);
    await c.getByRole("button", { name: "Yes, that's it" }).click();
    await seen(c, STEP_TEXTS.tell_b.title);
    await expect(c.getByText("Dan's side. Cara, listen for now", { exact: false })).toBeVisible();

    // Ending asks first (Cancel has focus), then says so calmly.
    await c.getByRole("button", { name: "End the conversation" }).click();
    const dialog = c.getByRole("dialog", { name: "End this conversation?" });
    await expect(dialog).toBeVisible(soon);
    await dialog.getByRole("button", { name: "End it" }).click();
    await seen(c, STEP_TEXTS.ended.title);
    await expect(c.getByRole("link", { name: "Start a new guided repair" })).toBeVisible();
    await expectAccessible(c, "ended");
  });
});
