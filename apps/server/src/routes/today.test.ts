import { LIBRARY_ITEMS, type TodayItem, type TodayView } from "@attune/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, link, testApp, type TestApp } from "../test/api.ts";
import { engines } from "../test/engines.ts";

const calm = { afraid: "no", hurt_or_threatened: "no", controlled: "no", cannot_say_no: "no" } as const;
const DAY = 86_400_000;

describe.each(engines)("Today on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine, { authAttemptsPerMinute: 10_000, inviteAttemptsPerMinute: 10_000 });
  });
  afterAll(async () => t.close());

  const day = () => new Date(t.clock.now).toISOString().slice(0, 10);
  const todayOf = async (c: Client) => {
    const res = await c.request("GET", `/api/today?day=${day()}`);
    expect(res.status).toBe(200);
    return res.body as TodayView;
  };
  const kinds = (v: TodayView) => v.items.map((i) => i.kind);
  const of = <K extends TodayItem["kind"]>(v: TodayView, kind: K) => v.items.filter((i): i is Extract<TodayItem, { kind: K }> => i.kind === kind);
  const idOf = (r: { body: unknown }) => (r.body as { id: string }).id;
  const share = (c: Client, d: string, text: string, visibility: "shared" | "private" = "shared") =>
    c.request("POST", "/api/checkins", { day: d, emotions: { mad: 0, sad: 1, glad: 2, fear: 0 }, high: "", low: "", mindHeart: text, visibility });

  async function pair(): Promise<[Client, Client]> {
    const a = await new Client(t.app).signUp("Ana");
    const b = await new Client(t.app).signUp("Ben");
    await link(a, b);
    return [a, b];
  }

  it("is empty for someone without a partner, who still gets a 200", async () => {
    const solo = await new Client(t.app).signUp("Solo");
    expect(await todayOf(solo)).toEqual({ day: day(), partnerName: null, items: [] });
  });

  it("asks for today's answer, then says the partner answered without showing the words", async () => {
    const [a, b] = await pair();
    expect(of(await todayOf(a), "daily_question")).toEqual([{ kind: "daily_question", partnerAnswered: false }]);
    await b.request("POST", "/api/daily-question/answer", { day: day(), text: "The lighthouse at Ouessant." });
    const aView = await todayOf(a);
    expect(of(aView, "daily_question")).toEqual([{ kind: "daily_question", partnerAnswered: true }]);
    expect(JSON.stringify(aView)).not.toContain("lighthouse");
    // Having answered, it no longer waits for B.
    expect(kinds(await todayOf(b))).not.toContain("daily_question");
  });

  it("lists a fresh shared check-in of the partner until I reply, never a private one or my own", async () => {
    const [a, b] = await pair();
    const shared = idOf(await share(b, day(), "I felt small in the meeting."));
    const aShared = idOf(await share(a, day(), "My own day."));
    await share(b, "2026-01-04", "A private worry.", "private");
    const view = await todayOf(a);
    expect(of(view, "partner_shared").map((i) => i.checkinId)).toEqual([shared]);
    expect(view.partnerName).toBe("Ben");
    expect(JSON.stringify(view)).not.toContain("small in the meeting");
    // B's own share never waits for B; A's does.
    expect(of(await todayOf(b), "partner_shared").map((i) => i.checkinId)).toEqual([aShared]);
    await a.request("POST", `/api/checkins/${shared}/replies`, { body: "That sounds hard. What happened?" });
    expect(of(await todayOf(a), "partner_shared")).toEqual([]);
  });

  it("lets a share older than two days rest in the timeline", async () => {
    const [a, b] = await pair();
    const started = t.clock.now;
    try {
      await share(b, "2026-01-05", "An older day.");
      t.clock.now = started + 2 * DAY + 1;
      expect(of(await todayOf(a), "partner_shared")).toEqual([]);
    } finally {
      t.clock.now = started;
    }
  });

  it("counts partner replies to my share until I open the thread, then counts only newer ones", async () => {
    const [a, b] = await pair();
    const mine = idOf(await share(a, day(), "Tired but hopeful."));
    await b.request("POST", `/api/checkins/${mine}/replies`, { body: "Hopeful how? Tell me?" });
    await b.request("POST", `/api/checkins/${mine}/replies`, { body: "I'm here tonight." });
    await a.request("POST", `/api/checkins/${mine}/replies`, { body: "Thank you." });
    expect(of(await todayOf(a), "replies")).toEqual([{ kind: "replies", targetKind: "checkin", targetId: mine, unread: 2 }]);
    // B's own view of the same thread is not "replies to my share".
    expect(of(await todayOf(b), "replies")).toEqual([]);
    // The partner reading the thread does not mark it seen for me.
    await b.request("GET", `/api/checkins/${mine}/replies`);
    expect(of(await todayOf(a), "replies")).toHaveLength(1);
    await a.request("GET", `/api/checkins/${mine}/replies`);
    expect(of(await todayOf(a), "replies")).toEqual([]);
    t.clock.now += 1;
    await b.request("POST", `/api/checkins/${mine}/replies`, { body: "One more thought." });
    expect(of(await todayOf(a), "replies")).toEqual([{ kind: "replies", targetKind: "checkin", targetId: mine, unread: 1 }]);
  });

  it("counts replies to my daily answer too", async () => {
    const [a, b] = await pair();
    const answer = ((await a.request("POST", "/api/daily-question/answer", { day: day(), text: "Sea." })).body as { myAnswer: { id: string } }).myAnswer.id;
    await b.request("POST", "/api/daily-question/answer", { day: day(), text: "Hills." });
    await b.request("POST", `/api/answers/${answer}/replies`, { body: "Which sea?" });
    expect(of(await todayOf(a), "replies")).toEqual([{ kind: "replies", targetKind: "answer", targetId: answer, unread: 1 }]);
  });

  it("shows an open temperature reading until my part is done, and only that the partner finished", async () => {
    const [a, b] = await pair();
    const reading = ((await a.request("POST", "/api/temperature", { mode: "apart" })).body as { id: string }).id;
    expect(of(await todayOf(b), "temperature")).toEqual([{ kind: "temperature", readingId: reading, startedByPartner: true, partnerFinished: false }]);
    await a.request("PUT", `/api/temperature/${reading}/entries/hope`, { text: "A slow Sunday." });
    await a.request("POST", `/api/temperature/${reading}/finish`);
    expect(of(await todayOf(a), "temperature")).toEqual([]);
    const forB = await todayOf(b);
    expect(of(forB, "temperature")).toEqual([{ kind: "temperature", readingId: reading, startedByPartner: true, partnerFinished: true }]);
    expect(JSON.stringify(forB)).not.toContain("A slow Sunday");
    await b.request("POST", `/api/temperature/${reading}/finish`);
    expect(of(await todayOf(b), "temperature")).toEqual([]);
  });

  it("shows a practice we agreed to try to both until each marks their side done", async () => {
    const [a, b] = await pair();
    const item = LIBRARY_ITEMS[0];
    const tryId = idOf(await a.request("POST", "/api/library/tries", { itemId: item?.id }));
    expect(of(await todayOf(b), "practice")).toEqual([{ kind: "practice", tryId, itemId: item?.id, title: item?.title, invitedByPartner: true }]);
    expect(of(await todayOf(a), "practice")).toEqual([{ kind: "practice", tryId, itemId: item?.id, title: item?.title, invitedByPartner: false }]);
    await b.request("POST", `/api/library/tries/${tryId}/done`);
    expect(of(await todayOf(b), "practice")).toEqual([]);
    expect(of(await todayOf(a), "practice")).toHaveLength(1);
  });

  it("shows a repair the partner started while it is my turn, and never why a check did not go ahead", async () => {
    const [a, b] = await pair();
    const repair = idOf(await a.request("POST", "/api/repair", { mode: "apart" }));
    expect(of(await todayOf(b), "repair")).toEqual([{ kind: "repair", repairId: repair, startedByPartner: true }]);
    expect(of(await todayOf(a), "repair")).toEqual([{ kind: "repair", repairId: repair, startedByPartner: false }]);
    await a.request("POST", `/api/repair/${repair}/actions`, { type: "answer_safety", by: "a", answers: calm });
    // A's part of the check is done: nothing waits for A, B's turn is unchanged.
    expect(of(await todayOf(a), "repair")).toEqual([]);
    expect(of(await todayOf(b), "repair")).toHaveLength(1);
  });

  it("looks the same to the partner whether the other raised a concern, said not now, or ended", async () => {
    const seenByA: TodayView[] = [];
    for (const action of [
      { type: "answer_safety", by: "b", answers: { ...calm, afraid: "yes" } },
      { type: "not_now", by: "b" },
      { type: "end", by: "b" },
    ]) {
      const [a, b] = await pair();
      const repair = idOf(await a.request("POST", "/api/repair", { mode: "apart" }));
      await a.request("POST", `/api/repair/${repair}/actions`, { type: "answer_safety", by: "a", answers: calm });
      await b.request("POST", `/api/repair/${repair}/actions`, action);
      seenByA.push(await todayOf(a));
      expect(of(await todayOf(b), "repair")).toEqual([]);
    }
    const shape = (v: TodayView) => JSON.stringify({ ...v, items: v.items.map((i) => i.kind) });
    expect(new Set(seenByA.map(shape)).size).toBe(1);
    expect(kinds(seenByA[0] as TodayView)).not.toContain("repair");
  });

  it("refuses a missing or malformed day with a clear 400", async () => {
    const [a] = await pair();
    for (const url of ["/api/today", "/api/today?day=yesterday"]) {
      const res = await a.request("GET", url);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: "validation_failed" } });
    }
  });
});
