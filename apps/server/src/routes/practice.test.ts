import { READINESS_ITEMS, type LibraryStateView, type NoteView, type ReadinessResultView, type RepairView, type TryView } from "@attune/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, link, testApp, type TestApp } from "../test/api.ts";
import { engines } from "../test/engines.ts";
import { readinessAnswers } from "../test/world.ts";

const calm = { afraid: "no", hurt_or_threatened: "no", controlled: "no", cannot_say_no: "no" };
const telling = (happened: string) => ({ happened, felt: { mad: 1, sad: 2, glad: 0, fear: 0 }, feelingWords: "hurt", needed: "to be asked" });

describe.each(engines)("partner map, readiness, library and repair on %s", (engine) => {
  let t: TestApp;
  let a: Client;
  let b: Client;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => t.close());
  const couple = async () => {
    a = await new Client(t.app).signUp("Ada");
    b = await new Client(t.app).signUp("Ben");
    await link(a, b);
  };

  it("keeps notes private until shown; the partner confirms or corrects, and an edit asks again", async () => {
    await couple();
    const note = (await a.request("POST", "/api/partner-map/notes", { category: "old-wounds", text: "Being left out at family dinners still stings for Ben." }))
      .body as NoteView;
    expect(note).toMatchObject({ visibility: "private", mine: true, response: null });
    expect(((await b.request("GET", "/api/partner-map/notes")).body as { aboutMe: NoteView[] }).aboutMe).toEqual([]);
    expect((await b.request("POST", `/api/partner-map/notes/${note.id}/response`, { status: "confirmed" })).status).toBe(404);

    await a.request("PATCH", `/api/partner-map/notes/${note.id}`, { visibility: "shown" });
    const corrected = await b.request("POST", `/api/partner-map/notes/${note.id}/response`, {
      status: "corrected",
      correction: "It's my brother's teasing, not the dinners.",
    });
    expect(corrected).toMatchObject({
      status: 200,
      body: { mine: false, response: { status: "corrected", correction: "It's my brother's teasing, not the dinners." } },
    });
    const aSees = (await a.request("GET", "/api/partner-map/notes")).body as { mine: NoteView[] };
    expect(aSees.mine[0]?.response?.status).toBe("corrected");

    const edited = (await a.request("PATCH", `/api/partner-map/notes/${note.id}`, { text: "My brother's teasing at dinners still stings for Ben." }))
      .body as NoteView;
    expect(edited.response).toBeNull();
    const bad = await a.request("POST", "/api/partner-map/notes", { category: "nonsense", text: "x" });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: "validation_failed", field: "category" } } });
  });

  it("gives the coach on the server the replier's notes, so a Level Two reply is recognised", async () => {
    await couple();
    await b.request("POST", "/api/partner-map/notes", { category: "history", text: "Grew up with a father who shouted a lot." });
    await b.request("POST", "/api/partner-map/notes", { category: "looking-forward", text: "Can't wait for the autumn hiking trip." });
    const c = (
      await a.request("POST", "/api/checkins", {
        day: new Date(t.clock.now).toISOString().slice(0, 10),
        emotions: { mad: 0, sad: 1, glad: 0, fear: 2 },
        high: "",
        low: "the shop",
        mindHeart: "I froze today when a customer shouted at me, and I felt so small.",
        visibility: "shared",
      })
    ).body as { id: string };
    const reply = (
      await b.request("POST", `/api/checkins/${c.id}/replies`, {
        body: "With a father who shouted a lot, no wonder a shouting customer made you freeze. What was that like?",
      })
    ).body as { coach: { level: number; moves: string[] } };
    expect(reply.coach.moves).toContain("level_two");
    expect(reply.coach.level).toBe(2);
    // The same words from someone without that note are Level One: the notes made the difference.
    const d = await new Client(t.app).signUp("Dee");
    await a.request("POST", "/api/couple/unlink");
    await link(a, d);
    const c2 = (
      await a.request("POST", "/api/checkins", {
        day: new Date(t.clock.now - 86_400_000).toISOString().slice(0, 10),
        emotions: { mad: 0, sad: 1, glad: 0, fear: 2 },
        high: "",
        low: "the shop",
        mindHeart: "I froze today when a customer shouted at me, and I felt so small.",
        visibility: "shared",
      })
    ).body as { id: string };
    const plain = (
      await d.request("POST", `/api/checkins/${c2.id}/replies`, {
        body: "With a father who shouted a lot, no wonder a shouting customer made you freeze. What was that like?",
      })
    ).body as { coach: { level: number; moves: string[] } };
    expect(plain.coach.moves).not.toContain("level_two");
  });

  it("scores the readiness test, keeps retakes, shares only when asked, and refuses partial answers", async () => {
    await couple();
    const partial = await a.request("POST", "/api/readiness/results", { ...readinessAnswers(3), [Object.keys(readinessAnswers(3))[0] ?? ""]: undefined });
    expect(partial.status).toBe(400);
    // Listening clearly lowest, so an area to grow is named; all 5s sit in the middle and name none.
    const lowListening = Object.fromEntries(READINESS_ITEMS.map((i) => [i.id, i.subscale === "listening" ? (i.reverse ? 5 : 1) : 3]));
    const first = (await a.request("POST", "/api/readiness/results", lowListening)).body as ReadinessResultView;
    const second = (await a.request("POST", "/api/readiness/results", readinessAnswers(5))).body as ReadinessResultView;
    expect(first.subscales.length).toBeGreaterThanOrEqual(5);
    expect(first.growth?.subscale).toBe("listening");
    expect(first.growth?.exerciseIds).toHaveLength(3);
    expect(second.growth).toBeNull();
    expect(first.sharedWithPartner).toBe(false);
    const mine = (await a.request("GET", "/api/readiness/results")).body as { results: ReadinessResultView[] };
    expect(mine.results.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(((await b.request("GET", "/api/readiness/partner")).body as { results: unknown[] }).results).toEqual([]);
    await a.request("PATCH", `/api/readiness/results/${second.id}`, { sharedWithPartner: true });
    const bSees = (await b.request("GET", "/api/readiness/partner")).body as { linked: boolean; results: ReadinessResultView[] };
    expect(bSees).toMatchObject({ linked: true });
    expect(bSees.results.map((r) => r.id)).toEqual([second.id]);
    await a.request("PATCH", `/api/readiness/results/${second.id}`, { sharedWithPartner: false });
    expect(((await b.request("GET", "/api/readiness/partner")).body as { results: unknown[] }).results).toEqual([]);
  });

  it("saves favourites, records a practice tried together once both did it, and explains recommendations", async () => {
    await couple();
    expect((await a.request("PUT", "/api/library/favourites/not-an-item")).status).toBe(404);
    await a.request("PUT", "/api/library/favourites/celebrate-full-joy-reply");
    await a.request("PUT", "/api/library/favourites/celebrate-full-joy-reply"); // idempotent
    const invite = (await a.request("POST", "/api/library/tries", { itemId: "celebrate-relive-the-moment" })).body as TryView;
    expect(invite).toMatchObject({ mine: true, completedAt: null });
    const half = (await b.request("POST", `/api/library/tries/${invite.id}/done`)).body as TryView;
    expect(half).toMatchObject({ mine: false, completedAt: null, partnerDoneAt: null });
    expect(half.myDoneAt).not.toBeNull();
    const both = (await a.request("POST", `/api/library/tries/${invite.id}/done`)).body as TryView;
    expect(both.completedAt).not.toBeNull();
    const state = (await a.request("GET", "/api/library/state")).body as LibraryStateView;
    expect(state.favourites).toEqual(["celebrate-full-joy-reply"]);
    expect(state.done.map((d) => d.itemId)).toContain("celebrate-relive-the-moment");
    const recs = (await a.request("GET", "/api/library/recommendations")).body as { items: { itemId: string; why: string }[] };
    expect(recs.items.length).toBeGreaterThan(0);
    expect(recs.items.map((r) => r.itemId)).not.toContain("celebrate-relive-the-moment");
    for (const r of recs.items) expect(r.why.length).toBeGreaterThan(10);
  });

  it("walks a repair on two devices to the end; each takes only their own turns", async () => {
    await couple();
    const act = async (c: Client, id: string, action: Record<string, unknown>) => c.request("POST", `/api/repair/${id}/actions`, action);
    const r = (await a.request("POST", "/api/repair", { mode: "apart" })).body as RepairView;
    expect(r).toMatchObject({ me: "a", step: "safety_check" });
    expect((await a.request("POST", "/api/repair", { mode: "apart" })).status).toBe(409);
    expect((await act(a, r.id, { type: "answer_safety", by: "b", answers: calm })).status).toBe(403);
    await act(a, r.id, { type: "answer_safety", by: "a", answers: calm });
    await act(b, r.id, { type: "answer_safety", by: "b", answers: calm });
    expect(((await b.request("GET", "/api/repair/current")).body as { repair: RepairView }).repair.step).toBe("pause_and_agree");
    await act(a, r.id, { type: "agree_to_talk", by: "a" });
    await act(b, r.id, { type: "agree_to_talk", by: "b" });
    await act(a, r.id, { type: "tell", by: "a", telling: telling("You were on your phone all through dinner.") });
    await act(b, r.id, { type: "reflect", by: "b", text: "You felt alone at dinner while I was on my phone." });
    await act(a, r.id, { type: "confirm_heard", by: "a" });
    await act(b, r.id, { type: "tell", by: "b", telling: telling("I was worried about work and didn't say so.") });
    await act(a, r.id, { type: "reflect", by: "a", text: "You were carrying the work worry alone." });
    await act(b, r.id, { type: "confirm_heard", by: "b" });
    await act(a, r.id, { type: "own_part", by: "a", text: "I went quiet instead of asking." });
    await act(b, r.id, { type: "own_part", by: "b", text: "I hid in my phone." });
    await act(b, r.id, { type: "apologise", by: "b", text: "I'm sorry I left you alone at the table." });
    await act(a, r.id, { type: "pass_apology", by: "a" });
    await act(a, r.id, { type: "propose_agreement", by: "a", text: "Phones in the basket at dinner." });
    const done = await act(b, r.id, { type: "accept_agreement", by: "b" });
    expect(done).toMatchObject({ status: 200, body: { step: "done" } });
    expect(await a.request("GET", "/api/repair/current")).toMatchObject({ status: 200, body: { repair: null, restartAt: null } });
    expect((await act(a, r.id, { type: "end", by: "a" })).status).toBe(409);
    // A new repair can start once the last one is over.
    expect((await b.request("POST", "/api/repair", { mode: "together" })).status).toBe(201);
  });

  it("does not start on any concern, for both, without saying who answered what", async () => {
    await couple();
    const r = (await a.request("POST", "/api/repair", { mode: "apart" })).body as RepairView;
    await b.request("POST", `/api/repair/${r.id}/actions`, { type: "answer_safety", by: "b", answers: { ...calm, afraid: "not_sure" } });
    const aSees = (await a.request("GET", `/api/repair/${r.id}`)).body as RepairView;
    expect(aSees.step).toBe("not_started");
    expect(JSON.stringify(aSees)).not.toContain("not_sure");
    const skip = await a.request("POST", `/api/repair/${r.id}/actions`, { type: "agree_to_talk", by: "a" });
    expect(skip.status).toBe(409);
    const malformed = await a.request("POST", `/api/repair/${r.id}/actions`, { type: "fly" });
    expect(malformed.status).toBe(400);
  });
});
