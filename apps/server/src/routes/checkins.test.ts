import type { CheckinPage, CheckinView, ReplyView } from "@attune/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, link, testApp, type TestApp } from "../test/api.ts";
import { engines } from "../test/engines.ts";

const body = (day: string, over: Record<string, unknown> = {}) => ({
  day,
  emotions: { mad: 0, sad: 2, glad: 1, fear: 0 },
  high: "lunch in the sun",
  low: "the review went badly",
  promptId: "mh-01",
  mindHeart: "I felt small and unseen in that meeting and I'm still anxious about it.",
  visibility: "shared",
  ...over,
});

describe.each(engines)("check-ins, replies and feedback on %s", (engine) => {
  // One app per file; every test makes its own couple, so none depends on another's data.
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => t.close());
  const couple = async () => {
    const a = await new Client(t.app).signUp("Amal");
    const b = await new Client(t.app).signUp("Bram");
    await link(a, b);
    return { a, b };
  };

  it("checks in, remembers the visibility as the next default, and refuses a second check-in that day", async () => {
    const { a } = await couple();
    expect(((await a.request("GET", "/api/me/prefs")).body as { defaultVisibility: string }).defaultVisibility).toBe("private");
    const res = await a.request("POST", "/api/checkins", body("2026-03-01"));
    expect(res.status).toBe(201);
    const view = res.body as CheckinView;
    expect(view).toMatchObject({ mine: true, unread: false, visibility: "shared", emotions: { sad: 2 }, author: { displayName: "Amal" } });
    expect(((await a.request("GET", "/api/me/prefs")).body as { defaultVisibility: string }).defaultVisibility).toBe("shared");
    const again = await a.request("POST", "/api/checkins", body("2026-03-01"));
    expect(again).toMatchObject({ status: 409, body: { error: { code: "conflict", field: "day" } } });
  });

  it("refuses bad input with the field named and keeps nothing half-written", async () => {
    const { a } = await couple();
    const bad = await a.request("POST", "/api/checkins", body("2026-03-02", { emotions: { mad: 9, sad: 0, glad: 0, fear: 0 } }));
    expect(bad).toMatchObject({ status: 400, body: { error: { code: "validation_failed", field: "emotions.mad" } } });
    const future = await a.request("POST", "/api/checkins", body("2099-01-01"));
    expect(future).toMatchObject({ status: 400, body: { error: { field: "day" } } });
    const noDate = await a.request("POST", "/api/checkins", body("2026-02-30"));
    expect(noDate).toMatchObject({ status: 400, body: { error: { field: "day" } } });
    const mine = (await a.request("GET", "/api/checkins/mine")).body as CheckinPage;
    expect(mine.items.map((i) => i.day)).not.toContain("2026-03-02");
  });

  it("shows the partner's shares in the timeline with unread markers until opened", async () => {
    const { a, b } = await couple();
    const shared = (await b.request("POST", "/api/checkins", body("2026-03-03"))).body as CheckinView;
    const priv = (await b.request("POST", "/api/checkins", body("2026-03-04", { visibility: "private" }))).body as CheckinView;
    const tl = (await a.request("GET", "/api/timeline")).body as CheckinPage & { unread: number };
    const ids = tl.items.map((i) => i.id);
    expect(ids).toContain(shared.id);
    expect(ids).not.toContain(priv.id);
    expect(tl.items.find((i) => i.id === shared.id)?.unread).toBe(true);
    expect(tl.unread).toBeGreaterThanOrEqual(1);
    expect((await a.request("POST", `/api/checkins/${shared.id}/read`)).status).toBe(204);
    const after = (await a.request("GET", "/api/timeline")).body as CheckinPage & { unread: number };
    expect(after.items.find((i) => i.id === shared.id)?.unread).toBe(false);
    expect(after.unread).toBe(tl.unread - 1);
  });

  it("pages the timeline and history with cursors, and rejects a forged cursor", async () => {
    const { a, b } = await couple();
    for (let d = 10; d < 15; d++) await a.request("POST", "/api/checkins", body(`2026-04-${d}`));
    const first = (await b.request("GET", "/api/timeline?limit=2")).body as CheckinPage;
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = (await b.request("GET", `/api/timeline?limit=2&before=${first.nextCursor}`)).body as CheckinPage;
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0]?.id);
    const hist = (await a.request("GET", "/api/checkins/mine?limit=3")).body as CheckinPage;
    expect(hist.items.map((i) => i.day)).toEqual(["2026-04-14", "2026-04-13", "2026-04-12"]);
    const forged = await a.request("GET", "/api/timeline?before=not-a-cursor");
    expect(forged).toMatchObject({ status: 400, body: { error: { field: "before" } } });
    const tooMany = await a.request("GET", "/api/timeline?limit=500");
    expect(tooMany.status).toBe(400);
  });

  it("edits and deletes one's own check-in, replies included", async () => {
    const { a, b } = await couple();
    const c = (await a.request("POST", "/api/checkins", body("2026-05-01", { visibility: "private" }))).body as CheckinView;
    const edited = await a.request("PATCH", `/api/checkins/${c.id}`, { mindHeart: "On second thought, I'm okay.", visibility: "shared" });
    expect(edited).toMatchObject({ status: 200, body: { mindHeart: "On second thought, I'm okay.", visibility: "shared", high: "lunch in the sun" } });
    expect((await b.request("GET", `/api/checkins/${c.id}`)).status).toBe(200);
    await b.request("POST", `/api/checkins/${c.id}/replies`, { body: "Glad you're okay." });
    const empty = await a.request("PATCH", `/api/checkins/${c.id}`, {});
    expect(empty.status).toBe(400);
    expect((await a.request("DELETE", `/api/checkins/${c.id}`)).status).toBe(204);
    expect((await a.request("GET", `/api/checkins/${c.id}`)).status).toBe(404);
    expect((await b.request("GET", `/api/checkins/${c.id}/replies`)).status).toBe(404);
  });

  it("runs the coach on a sent reply and keeps only its verdict; the sharer says whether they felt heard", async () => {
    const { a, b } = await couple();
    const c = (await a.request("POST", "/api/checkins", body("2026-05-02"))).body as CheckinView;
    const fixing = (await b.request("POST", `/api/checkins/${c.id}/replies`, { body: "You should just talk to your boss tomorrow." })).body as ReplyView;
    expect(fixing.coach?.pitfalls).toContain("fixing");
    const warm = (await b.request("POST", `/api/checkins/${c.id}/replies`, { body: "That sounds so hard, no wonder you're anxious. What was the worst part?" }))
      .body as ReplyView;
    expect(warm.coach?.level).toBeGreaterThanOrEqual(1);
    expect(warm.coach?.pitfalls).toEqual([]);
    const own = (await a.request("POST", `/api/checkins/${c.id}/replies`, { body: "Thank you" })).body as ReplyView;
    expect(own.coach).toBeNull(); // the sharer answering back is not coached

    const heard = await a.request("POST", `/api/replies/${warm.id}/feedback`, { heard: true, note: "yes, exactly" });
    expect(heard).toMatchObject({ status: 200, body: { feedback: { heard: true, note: "yes, exactly" } } });
    const byAuthor = await b.request("POST", `/api/replies/${warm.id}/feedback`, { heard: true });
    expect(byAuthor).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    const list = (await b.request("GET", `/api/checkins/${c.id}/replies`)).body as { replies: ReplyView[] };
    expect(list.replies.map((r) => r.body)).toEqual([fixing.body, warm.body, own.body]);
    expect(list.replies[1]?.feedback?.heard).toBe(true);
    expect((await a.request("GET", `/api/checkins/${c.id}`)).body).toMatchObject({ replyCount: 3 });
  });

  it("keeps entries readable by their author only after an unlink", async () => {
    const x = await new Client(t.app).signUp("Xan");
    const y = await new Client(t.app).signUp("Yara");
    await link(x, y);
    const c = (await x.request("POST", "/api/checkins", body("2026-06-01"))).body as CheckinView;
    const r = (await y.request("POST", `/api/checkins/${c.id}/replies`, { body: "I'm here for you." })).body as ReplyView;
    await y.request("POST", "/api/couple/unlink");
    expect((await x.request("GET", `/api/checkins/${c.id}`)).status).toBe(200);
    expect((await y.request("GET", `/api/checkins/${c.id}`)).status).toBe(404);
    expect(((await x.request("GET", `/api/checkins/${c.id}/replies`)).body as { replies: ReplyView[] }).replies.map((x) => x.id)).not.toContain(r.id);
    expect(((await y.request("GET", "/api/timeline")).body as CheckinPage).items).toEqual([]);
    // Linking again later does not reopen what was shared before.
    await link(x, y);
    expect((await y.request("GET", `/api/checkins/${c.id}`)).status).toBe(404);
  });
});
