import { analyze, rankNotes } from "@attune/coach";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import {
  api,
  expectAccessible,
  fitsWidth,
  launchBrowser,
  pathOf,
  PHONE,
  screenshot,
  screenshotDir,
  signUpInBrowser,
  startTestServer,
  type Person,
  type TestServer,
} from "./lib/index.ts";

// The partner map with two people in two browser contexts: Ana writes notes about Ben
// (private by default; Ben cannot read them), shows two of them; Ben corrects one and
// confirms the other; Ana sees both answers; and when Ben shares about work, Ana's note
// about his boss comes up beside her reply.
let server: TestServer;
let browser: Browser;
let ana: Person;
let ben: Person;

const BOSS_NOTE = "His boss Carol picks apart his work in front of the team, and he dreads her Monday meetings.";
const HELPS_NOTE = "A long walk by the river calms him when he's anxious.";
const CORRECTION = "It's not that I dread Carol. I dread being shown up in front of people.";
const SHARE = "My boss tore into my report again at the Monday meeting, in front of everyone. I feel like nothing I do is good enough.";

const soon = { timeout: 10_000 };

interface NotesBody {
  linked: boolean;
  mine: { id: string; text: string; visibility: string; response: { status: string; correction: string | null } | null }[];
  aboutMe: { id: string; text: string }[];
}

/** The note's list item on Ana's map, found by its words. */
const noteItem = (page: Page, words: string) => page.locator(".pm-note").filter({ hasText: words });

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  ana = await signUpInBrowser(browser, server.url, "Ana");
  ben = await signUpInBrowser(browser, server.url, "Ben");
  // Linking has its own browser test (foundation); here it is plumbing.
  const invite = await api<{ code: string }>(ana.page, "POST", "/api/invites");
  expect(invite.status).toBe(201);
  const accepted = await api<unknown>(ben.page, "POST", `/api/invites/${invite.data.code}/accept`);
  expect(accepted.status).toBe(200);
  await ana.page.reload();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the partner map in the browser", () => {
  it("Ana writes notes from a guided question and her own words; they are private by default", async () => {
    const a = ana.page;
    await a.goto("/");
    await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partner map" }).click();
    await expect.poll(() => pathOf(a), soon).toBe("/partner-map");
    await expect.poll(() => a.getByRole("heading", { name: "People who matter" }).isVisible(), soon).toBe(true);
    await expect(a.getByText("only you can read them, unless you choose to show one to Ben").isVisible()).resolves.toBe(true);

    // A guided question opens a note answering it, private unless Ana chooses otherwise.
    const people = a.getByRole("region", { name: "People who matter" });
    // Two questions show at first; the rest open on request.
    await expect(people.getByRole("button", { name: "Who at work makes their days better or harder?" }).count()).resolves.toBe(0);
    await people.getByRole("button", { name: "2 more questions about people who matter" }).click();
    await people.getByRole("button", { name: "Who at work makes their days better or harder?" }).click();
    const field = people.getByLabel("Who at work makes their days better or harder?");
    await expect.poll(() => field.evaluate((el) => el === document.activeElement), soon).toBe(true);
    await expect(people.getByRole("radio", { name: /Only you can read this/ }).isChecked()).resolves.toBe(true);
    await expect(people.getByRole("radio", { name: /Show to Ben — ask if I understood right/ }).isChecked()).resolves.toBe(false);
    // An empty note is refused next to the field, and nothing is sent.
    await people.getByRole("button", { name: "Save note" }).click();
    await expect.poll(() => people.getByText("Write your note first.").isVisible(), soon).toBe(true);
    await field.fill(BOSS_NOTE);
    // Turning the phone switches the page between tabs and a grid: the note being written stays.
    const wide = a.viewportSize();
    const parts = a.getByRole("tablist", { name: "Parts of your partner map" });
    await a.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => parts.isVisible(), soon).toBe(true);
    if (wide) await a.setViewportSize(wide);
    await expect.poll(() => parts.count(), soon).toBe(0);
    await expect(field.inputValue()).resolves.toBe(BOSS_NOTE);
    await screenshot(a, "partner-map-writing");
    await people.getByRole("button", { name: "Save note" }).click();
    await expect.poll(() => a.getByRole("status").filter({ hasText: "Saved. Only you can read it." }).isVisible(), soon).toBe(true);
    await expect(noteItem(a, BOSS_NOTE).getByText("Only you can read this").isVisible()).resolves.toBe(true);
    // Focus comes back to the section, not to the top of the page.
    await expect.poll(() => a.evaluate(() => document.activeElement?.getAttribute("aria-label")), soon).toBe("Write your own note: People who matter");
    // The answered question is no longer offered.
    await expect(people.getByRole("button", { name: "Who at work makes their days better or harder?" }).count()).resolves.toBe(0);

    const helps = a.getByRole("region", { name: "What helps" });
    await helps.getByRole("button", { name: "Write your own note: What helps" }).click();
    await helps.getByRole("textbox").fill(HELPS_NOTE);
    await helps.getByRole("button", { name: "Save note" }).click();
    await expect.poll(() => noteItem(a, HELPS_NOTE).isVisible(), soon).toBe(true);

    const stored = await api<NotesBody>(a, "GET", "/api/partner-map/notes");
    expect(stored.data.mine.map((n) => [n.text, n.visibility])).toEqual([
      [HELPS_NOTE, "private"],
      [BOSS_NOTE, "private"],
    ]);
    await screenshot(a, "partner-map-notes");
    await expectAccessible(a, "partner map with notes");
  });

  it("Ben cannot read Ana's private notes", async () => {
    const b = ben.page;
    await b.goto("/partner-map");
    await expect.poll(() => b.getByRole("heading", { name: "What Ana understood about you" }).isVisible(), soon).toBe(true);
    await expect(b.getByText("When Ana shows you something they wrote about you").isVisible()).resolves.toBe(true);
    expect(await b.content()).not.toContain("Carol");
    const seen = await api<NotesBody>(b, "GET", "/api/partner-map/notes");
    expect(seen.data.aboutMe).toEqual([]);
    expect(JSON.stringify(seen.data)).not.toContain("Carol");
    // Nor change it by id.
    const anaNotes = await api<NotesBody>(ana.page, "GET", "/api/partner-map/notes");
    const bossId = anaNotes.data.mine.find((n) => n.text === BOSS_NOTE)?.id ?? "";
    expect((await api(b, "POST", `/api/partner-map/notes/${bossId}/response`, { status: "confirmed" })).status).toBe(404);
  });

  it("Ana shows two notes; Ben corrects one and confirms the other; Ana sees his answers", async () => {
    const a = ana.page;
    await noteItem(a, BOSS_NOTE)
      .getByRole("button", { name: /^Show to Ben/ })
      .click();
    await expect.poll(() => noteItem(a, BOSS_NOTE).getByText("Shown to Ben").isVisible(), soon).toBe(true);
    await expect(noteItem(a, BOSS_NOTE).getByText("Waiting for Ben to say whether this fits.").isVisible()).resolves.toBe(true);
    // Editing can show a note too.
    await noteItem(a, HELPS_NOTE)
      .getByRole("button", { name: /^Edit note/ })
      .click();
    const editing = a.locator(".pm-note--editing");
    await editing.getByRole("radio", { name: /Show to Ben/ }).check();
    await editing.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => noteItem(a, HELPS_NOTE).getByText("Shown to Ben").isVisible(), soon).toBe(true);
    await expect.poll(() => a.evaluate(() => document.activeElement?.textContent), soon).toMatch(/^Edit note: A long walk/);

    // Ben's open page hears it live (the "note" event): no reload.
    const b = ben.page;
    const aboutMe = b.getByRole("region", { name: "What Ana understood about you" });
    await expect.poll(() => aboutMe.getByText(BOSS_NOTE).isVisible(), soon).toBe(true);
    await expect(aboutMe.getByText(HELPS_NOTE).isVisible()).resolves.toBe(true);
    await screenshot(b, "partner-map-about-me");
    await expectAccessible(b, "what my partner understood about me");

    const boss = b.locator(".pm-note").filter({ hasText: BOSS_NOTE });
    await boss.getByRole("button", { name: "Not quite…" }).click();
    // A correction needs words; the field says so and keeps focus.
    await boss.getByRole("button", { name: "Send my correction" }).click();
    await expect.poll(() => boss.getByText("Say what you'd put differently.").isVisible(), soon).toBe(true);
    await boss.getByLabel("How would you put it?").fill(CORRECTION);
    await boss.getByRole("button", { name: "Send my correction" }).click();
    await expect.poll(() => boss.getByText("You put it in your own words:").isVisible(), soon).toBe(true);
    await expect(boss.getByText(CORRECTION).isVisible()).resolves.toBe(true);

    const helps = b.locator(".pm-note").filter({ hasText: HELPS_NOTE });
    await helps.getByRole("button", { name: "Yes, that's me" }).click();
    await expect.poll(() => helps.getByText("You told Ana:").isVisible(), soon).toBe(true);
    await screenshot(b, "partner-map-answered");

    // Ana's open page hears Ben's answers live too.
    await a.bringToFront();
    await expect.poll(() => noteItem(a, BOSS_NOTE).getByText("Ben would put it differently:").isVisible(), soon).toBe(true);
    await expect(noteItem(a, BOSS_NOTE).getByText(CORRECTION).isVisible()).resolves.toBe(true);
    await expect(noteItem(a, HELPS_NOTE).getByText("Yes, that's me.").isVisible()).resolves.toBe(true);
    await screenshot(a, "partner-map-responses");
    await expectAccessible(a, "partner map with responses");
  });

  it("editing the words asks Ben again; deleting removes it for both", async () => {
    const a = ana.page;
    const revised = "Being shown up in front of people is what he dreads, at work most of all.";
    await noteItem(a, BOSS_NOTE)
      .getByRole("button", { name: /^Edit note/ })
      .click();
    const editing = a.locator(".pm-note--editing");
    await expect(editing.getByText("Changing the words clears Ben's answer").isVisible()).resolves.toBe(true);
    await editing.getByRole("textbox").fill(`${BOSS_NOTE} ${revised}`);
    await editing.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => noteItem(a, revised).getByText("Waiting for Ben to say whether this fits.").isVisible(), soon).toBe(true);

    await noteItem(a, HELPS_NOTE)
      .getByRole("button", { name: /^Delete note/ })
      .click();
    const dialog = a.getByRole("dialog", { name: "Delete this note?" });
    await expect.poll(() => dialog.isVisible(), soon).toBe(true);
    await dialog.getByRole("button", { name: "Delete it" }).click();
    await expect.poll(() => noteItem(a, HELPS_NOTE).count(), soon).toBe(0);
    const seen = await api<NotesBody>(ben.page, "GET", "/api/partner-map/notes");
    expect(seen.data.aboutMe.map((n) => n.text)).toEqual([`${BOSS_NOTE} ${revised}`]);
  });

  it("when Ben shares about work, Ana's note about his boss comes up beside her reply", async () => {
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
    await expect.poll(() => notesBox.isVisible(), soon).toBe(true);
    await expect(notesBox.textContent()).resolves.toContain("From what you know of Ben:");
    await expect.poll(() => notesBox.locator("li").allTextContents(), soon).toEqual(expected);
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
    await expect.poll(() => a.locator(".reply--mine .reply__body").textContent(), soon).toBe(reply);

    // On his own share Ben gets no coach and no notes: Ana's notes are hers alone.
    await b.goto(`/checkins/${created.data.id}`);
    await expect.poll(() => b.getByText(reply).isVisible(), soon).toBe(true);
    await expect.poll(() => b.getByLabel("Add something for Ana").isVisible(), soon).toBe(true);
    await expect(b.locator(".coach__notes").count()).resolves.toBe(0);
    expect(await b.content()).not.toContain("Carol picks apart");
  });

  it("fits a phone screen", async () => {
    const phone = await signUpInBrowser(browser, server.url, "Cleo", { viewport: PHONE });
    const p = phone.page;
    await p.goto("/partner-map");
    await expect.poll(() => p.getByRole("heading", { name: "Link with your partner first" }).isVisible(), soon).toBe(true);
    await screenshot(p, "partner-map-unlinked-phone");
    await phone.context.close();

    const a = ana.page;
    await a.setViewportSize(PHONE);
    await a.goto("/partner-map");
    // On a phone the map shows one part at a time (its tabs are tested in phone.e2e).
    const parts = a.getByRole("tablist", { name: "Parts of your partner map" });
    await parts.getByRole("tab", { name: "What helps" }).click();
    await expect.poll(() => a.getByRole("heading", { name: "What helps" }).isVisible(), soon).toBe(true);
    expect(await fitsWidth(a)).toBe(true);
    await parts.getByRole("tab", { name: "Their story" }).click();
    await a.getByRole("region", { name: "Their story" }).getByRole("button", { name: "What was their childhood home like?" }).click();
    expect(await fitsWidth(a)).toBe(true);
    await screenshot(a, "partner-map-phone");
    await a.screenshot({ path: path.join(screenshotDir, "partner-map-phone-view.png") });
    await expectAccessible(a, "partner map on a phone");
  });
});
