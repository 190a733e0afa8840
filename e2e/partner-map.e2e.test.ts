import { analyze, rankNotes } from "@attune/coach";
import { expect, type Page } from "@playwright/test";
import path from "node:path";
import { api, apiOk, expectAccessible, fitsWidth, PHONE, screenshot, screenshotDir, signUpByApi, testWithServer, type Account } from "./lib/index.ts";

// The partner map with two people in two browser contexts: Ana writes notes about Ben
// (private by default; Ben cannot read them), shows two of them; Ben corrects one and
// confirms the other; Ana sees both answers; and when Ben shares about work, Ana's note
// about his boss comes up beside her reply. Each test links its own couple through the API
// (linking has its own browser test, foundation) and makes there the notes and answers an
// earlier step would have left.
const test = testWithServer();

const BOSS_NOTE = "His boss Carol picks apart his work in front of the team, and he dreads her Monday meetings.";
const HELPS_NOTE = "A long walk by the river calms him when he's anxious.";
const CORRECTION = "It's not that I dread Carol. I dread being shown up in front of people.";
/** What the boss note says once Ana has revised it (the editing test). */
const REVISED = `${BOSS_NOTE} Being shown up in front of people is what he dreads, at work most of all.`;
const SHARE = "My boss tore into my report again at the Monday meeting, in front of everyone. I feel like nothing I do is good enough.";

const soon = { timeout: 10_000 };

interface NotesBody {
  linked: boolean;
  mine: { id: string; text: string; visibility: string; response: { status: string; correction: string | null } | null }[];
  aboutMe: { id: string; text: string }[];
}

/** The note's list item on Ana's map, found by its words. */
const noteItem = (page: Page, words: string) => page.locator(".pm-note").filter({ hasText: words });

/** Ana's two notes as the first test leaves them (private, newest first: what helps, then the boss); resolves with their ids. */
async function anaWrites(ana: Account): Promise<{ boss: string; helps: string }> {
  const boss = await apiOk<{ id: string }>(ana, "POST", "/api/partner-map/notes", { category: "people", text: BOSS_NOTE, promptId: "pm-people-4" });
  const helps = await apiOk<{ id: string }>(ana, "POST", "/api/partner-map/notes", { category: "what-helps", text: HELPS_NOTE });
  return { boss: boss.id, helps: helps.id };
}

test.describe("the partner map in the browser", () => {
  test("Ana writes notes from a guided question and her own words; they are private by default", async ({ couple: [ana] }) => {
    const a = ana.page;
    await a.goto("/");
    await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partner map" }).click();
    await expect(a).toHaveURL((url) => url.pathname === "/partner-map", soon);
    await expect(a.getByRole("heading", { name: "People who matter" })).toBeVisible(soon);
    await expect(a.getByText("only you can read them, unless you choose to show one to Ben")).toBeVisible();

    // A guided question opens a note answering it, private unless Ana chooses otherwise.
    const people = a.getByRole("region", { name: "People who matter" });
    // Two questions show at first; the rest open on request.
    await expect(people.getByRole("button", { name: "Who at work makes their days better or harder?" })).toHaveCount(0);
    await people.getByRole("button", { name: "2 more questions about people who matter" }).click();
    await people.getByRole("button", { name: "Who at work makes their days better or harder?" }).click();
    const field = people.getByLabel("Who at work makes their days better or harder?");
    await expect(field).toBeFocused(soon);
    await expect(people.getByRole("radio", { name: /Only you can read this/ })).toBeChecked();
    await expect(people.getByRole("radio", { name: /Show to Ben — ask if I understood right/ })).not.toBeChecked();
    // An empty note is refused next to the field, and nothing is sent.
    await people.getByRole("button", { name: "Save note" }).click();
    await expect(people.getByText("Write your note first.")).toBeVisible(soon);
    await field.fill(BOSS_NOTE);
    // Turning the phone switches the page between tabs and a grid: the note being written stays.
    const wide = a.viewportSize();
    const parts = a.getByRole("tablist", { name: "Parts of your partner map" });
    await a.setViewportSize({ width: 390, height: 844 });
    await expect(parts).toBeVisible(soon);
    if (wide) await a.setViewportSize(wide);
    await expect(parts).toHaveCount(0, soon);
    await expect(field).toHaveValue(BOSS_NOTE);
    await screenshot(a, "partner-map-writing");
    await people.getByRole("button", { name: "Save note" }).click();
    await expect(a.getByRole("status").filter({ hasText: "Saved. Only you can read it." })).toBeVisible(soon);
    await expect(noteItem(a, BOSS_NOTE).getByText("Only you can read this")).toBeVisible();
    // Focus comes back to the section, not to the top of the page.
    await expect(a.locator(":focus")).toHaveAttribute("aria-label", "Write your own note: People who matter", soon);
    // The answered question is no longer offered.
    await expect(people.getByRole("button", { name: "Who at work makes their days better or harder?" })).toHaveCount(0);

    const helps = a.getByRole("region", { name: "What helps" });
    await helps.getByRole("button", { name: "Write your own note: What helps" }).click();
    await helps.getByRole("textbox").fill(HELPS_NOTE);
    await helps.getByRole("button", { name: "Save note" }).click();
    await expect(noteItem(a, HELPS_NOTE)).toBeVisible(soon);

    const stored = await api<NotesBody>(a, "GET", "/api/partner-map/notes");
    expect(stored.data.mine.map((n) => [n.text, n.visibility])).toEqual([
      [HELPS_NOTE, "private"],
      [BOSS_NOTE, "private"],
    ]);
    await screenshot(a, "partner-map-notes");
    await expectAccessible(a, "partner map with notes");
  });

  test("Ben cannot read Ana's private notes", async ({ couple: [ana, ben] }) => {
    await anaWrites(ana);
    await ana.page.goto("/partner-map");
    const b = ben.page;
    await b.goto("/partner-map");
    await expect(b.getByRole("heading", { name: "What Ana understood about you" })).toBeVisible(soon);
    await expect(b.getByText("When Ana shows you something they wrote about you")).toBeVisible();
    expect(await b.content()).not.toContain("Carol");
    const seen = await api<NotesBody>(b, "GET", "/api/partner-map/notes");
    expect(seen.data.aboutMe).toEqual([]);
    expect(JSON.stringify(seen.data)).not.toContain("Carol");
    // Nor change it by id.
    const anaNotes = await api<NotesBody>(ana.page, "GET", "/api/partner-map/notes");
    const bossId = anaNotes.data.mine.find((n) => n.text === BOSS_NOTE)?.id ?? "";
    expect((await api(b, "POST", `/api/partner-map/notes/${bossId}/response`, { status: "confirmed" })).status).toBe(404);
  });

  test("Ana shows two notes; Ben corrects one and confirms the other; Ana sees his answers", async ({ couple: [ana, ben] }) => {
    await anaWrites(ana);
    // Both have the map open: each hears the other's changes live.
    await Promise.all([ana.page.goto("/partner-map"), ben.page.goto("/partner-map")]);
    await expect(ben.page.getByRole("heading", { name: "What Ana understood about you" })).toBeVisible(soon);
    const a = ana.page;
    await noteItem(a, BOSS_NOTE)
      .getByRole("button", { name: /^Show to Ben/ })
      .click();
    await expect(noteItem(a, BOSS_NOTE).getByText("Shown to Ben")).toBeVisible(soon);
    await expect(noteItem(a, BOSS_NOTE).getByText("Waiting for Ben to say whether this fits.")).toBeVisible();
    // Editing can show a note too.
    await noteItem(a, HELPS_NOTE)
      .getByRole("button", { name: /^Edit note/ })
      .click();
    const editing = a.locator(".pm-note--editing");
    await editing.getByRole("radio", { name: /Show to Ben/ }).check();
    await editing.getByRole("button", { name: "Save changes" }).click();
    await expect(noteItem(a, HELPS_NOTE).getByText("Shown to Ben")).toBeVisible(soon);
    await expect(a.locator(":focus")).toHaveText(/^Edit note: A long walk/, soon);

    // Ben's open page hears it live (the "note" event): no reload.
    const b = ben.page;
    const aboutMe = b.getByRole("region", { name: "What Ana understood about you" });
    await expect(aboutMe.getByText(BOSS_NOTE)).toBeVisible(soon);
    await expect(aboutMe.getByText(HELPS_NOTE)).toBeVisible();
    await screenshot(b, "partner-map-about-me");
    await expectAccessible(b, "what my partner understood about me");

    const boss = b.locator(".pm-note").filter({ hasText: BOSS_NOTE });
    await boss.getByRole("button", { name: "Not quite…" }).click();
    // A correction needs words; the field says so and keeps focus.
    await boss.getByRole("button", { name: "Send my correction" }).click();
    await expect(boss.getByText("Say what you'd put differently.")).toBeVisible(soon);
    await boss.getByLabel("How would you put it?").fill(CORRECTION);
    await boss.getByRole("button", { name: "Send my correction" }).click();
    await expect(boss.getByText("You put it in your own words:")).toBeVisible(soon);
    await expect(boss.getByText(CORRECTION)).toBeVisible();

    const helps = b.locator(".pm-note").filter({ hasText: HELPS_NOTE });
    await helps.getByRole("button", { name: "Yes, that's me" }).click();
    await expect(helps.getByText("You told Ana:")).toBeVisible(soon);
    await screenshot(b, "partner-map-answered");

    // Ana's open page hears Ben's answers live too.
    await a.bringToFront();
    await expect(noteItem(a, BOSS_NOTE).getByText("Ben would put it differently:")).toBeVisible(soon);
    await expect(noteItem(a, BOSS_NOTE).getByText(CORRECTION)).toBeVisible();
    await expect(noteItem(a, HELPS_NOTE).getByText("Yes, that's me.")).toBeVisible();
    await screenshot(a, "partner-map-responses");
    await expectAccessible(a, "partner map with responses");
  });

  test("editing the words asks Ben again; deleting removes it for both", async ({ couple: [ana, ben] }) => {
    // As the step above leaves them: both notes shown, the boss one corrected, the other confirmed.
    const ids = await anaWrites(ana);
    for (const id of Object.values(ids)) await apiOk(ana, "PATCH", `/api/partner-map/notes/${id}`, { visibility: "shown" });
    await apiOk(ben, "POST", `/api/partner-map/notes/${ids.boss}/response`, { status: "corrected", correction: CORRECTION });
    await apiOk(ben, "POST", `/api/partner-map/notes/${ids.helps}/response`, { status: "confirmed" });
    const a = ana.page;
    await a.goto("/partner-map");
    await expect(noteItem(a, BOSS_NOTE).getByText("Ben would put it differently:")).toBeVisible(soon);
    const revised = REVISED.slice(BOSS_NOTE.length + 1);
    await noteItem(a, BOSS_NOTE)
      .getByRole("button", { name: /^Edit note/ })
      .click();
    const editing = a.locator(".pm-note--editing");
    await expect(editing.getByText("Changing the words clears Ben's answer")).toBeVisible();
    await editing.getByRole("textbox").fill(`${BOSS_NOTE} ${revised}`);
    await editing.getByRole("button", { name: "Save changes" }).click();
    await expect(noteItem(a, revised).getByText("Waiting for Ben to say whether this fits.")).toBeVisible(soon);

    await noteItem(a, HELPS_NOTE)
      .getByRole("button", { name: /^Delete note/ })
      .click();
    const dialog = a.getByRole("dialog", { name: "Delete this note?" });
    await expect(dialog).toBeVisible(soon);
    await dialog.getByRole("button", { name: "Delete it" }).click();
    await expect(noteItem(a, HELPS_NOTE)).toHaveCount(0, soon);
    const seen = await apiOk<NotesBody>(ben, "GET", "/api/partner-map/notes");
    expect(seen.aboutMe.map((n) => n.text)).toEqual([`${BOSS_NOTE} ${revised}`]);
  });

  test("when Ben shares about work, Ana's note about his boss comes up beside her reply", async ({ couple: [ana, ben] }) => {
    // Ana's map as the steps above leave it: the boss note, revised and shown.
    await apiOk(ana, "POST", "/api/partner-map/notes", { category: "people", text: REVISED, visibility: "shown", promptId: "pm-people-4" });
    await ana.page.goto("/");
    await ben.page.goto("/");
    // Ana adds a note that has nothing to do with work, so the ranking has a choice.
    const childhood = "Grew up by the sea and still misses the sound of the waves.";
    expect((await api(ana.page, "POST", "/api/partner-map/notes", { category: "history", text: childhood })).status).toBe(201);
    const notes = (await api<NotesBody>(ana.page, "GET", "/api/partner-map/notes")).data.mine;
    const shareText = SHARE;
    const ranked = rankNotes(
      shareText,
      notes.map((n) => ({ id: n.id, text: n.text })),
    );
    const expected = ranked.map((r) => notes.find((n) => n.id === r.id)?.text ?? "");
    expect(expected[0], "the boss note is the most relevant").toContain("Carol");
    expect(expected).not.toContain(childhood);

    const b = ben.page;
    const day = await b.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    });
    const created = await api<{ id: string }>(b, "POST", "/api/checkins", {
      day,
      emotions: { mad: 1, sad: 2, glad: 0, fear: 2 },
      mindHeart: SHARE,
      visibility: "shared",
    });
    expect(created.status).toBe(201);

    const a = ana.page;
    await a.goto(`/checkins/${created.data.id}`);
    const notesBox = a.locator(".coach__notes");
    await expect(notesBox).toBeVisible(soon);
    await expect(notesBox).toContainText("From what you know of Ben:");
    await expect(notesBox.locator("li")).toHaveText(expected, soon);
    await screenshot(a, "partner-map-beside-composer");
    await expectAccessible(a, "composer with partner notes");

    // The notes reach the coach: a reply that draws on them is recognised as Level Two,
    // which the same words without the notes would not be.
    const reply = "Oh no, Carol again. Being shown up in front of people is the thing you hate most, so that must have really stung.";
    const ids = (r: ReturnType<typeof analyze>) => r.findings.map((f) => f.id);
    expect(ids(analyze({ share: shareText, reply, partnerNotes: expected }))).toContain("level_two");
    expect(ids(analyze({ share: shareText, reply }))).not.toContain("level_two");
    await a.getByLabel("Your reply to Ben").fill(reply);
    await expect
      .poll(() => a.locator(".finding--move").allTextContents(), soon)
      .toEqual(expect.arrayContaining([expect.stringContaining("Remembering their story")]));
    await screenshot(a, "partner-map-level-two-reply");
    await a.getByRole("button", { name: "Send" }).click();
    await expect(a.locator(".reply--mine .reply__body")).toHaveText(reply, soon);

    // On his own share Ben gets no coach and no notes: Ana's notes are hers alone.
    await b.goto(`/checkins/${created.data.id}`);
    await expect(b.getByText(reply)).toBeVisible(soon);
    await expect(b.getByLabel("Add something for Ana")).toBeVisible(soon);
    await expect(b.locator(".coach__notes")).toHaveCount(0);
    expect(await b.content()).not.toContain("Carol picks apart");
  });

  test("fits a phone screen", async ({ browser, server, couple: [ana] }) => {
    const phone = await signUpByApi(browser, server.url, "Cleo", { viewport: PHONE });
    const p = phone.page;
    await p.goto("/partner-map");
    await expect(p.getByRole("heading", { name: "Link with your partner first" })).toBeVisible(soon);
    await screenshot(p, "partner-map-unlinked-phone");
    await phone.context.close();

    const a = ana.page;
    await a.setViewportSize(PHONE);
    await a.goto("/partner-map");
    // On a phone the map shows one part at a time (its tabs are tested in phone.e2e).
    const parts = a.getByRole("tablist", { name: "Parts of your partner map" });
    await parts.getByRole("tab", { name: "What helps" }).click();
    await expect(a.getByRole("heading", { name: "What helps" })).toBeVisible(soon);
    expect(await fitsWidth(a)).toBe(true);
    await parts.getByRole("tab", { name: "Their story" }).click();
    await a.getByRole("region", { name: "Their story" }).getByRole("button", { name: "What was their childhood home like?" }).click();
    expect(await fitsWidth(a)).toBe(true);
    await screenshot(a, "partner-map-phone");
    await a.screenshot({ path: path.join(screenshotDir, "partner-map-phone-view.png") });
    await expectAccessible(a, "partner map on a phone");
  });
});
