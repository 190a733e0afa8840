import type { DailyQuestionView, ReplyView } from "@attune/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, link, testApp, type TestApp } from "../test/api.ts";
import { engines } from "../test/engines.ts";

describe.each(engines)("daily question on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => t.close());
  const today = () => new Date(t.clock.now).toISOString().slice(0, 10);

  it("gives both partners the same question and reveals answers only when both answered", async () => {
    const a = await new Client(t.app).signUp("Ada");
    const b = await new Client(t.app).signUp("Ben");
    await link(a, b);
    const qa = (await a.request("GET", `/api/daily-question?day=${today()}`)).body as DailyQuestionView;
    const qb = (await b.request("GET", `/api/daily-question?day=${today()}`)).body as DailyQuestionView;
    expect(qa.question).toEqual(qb.question);
    expect(qa).toMatchObject({ linked: true, myAnswer: null, partnerAnswered: false, revealed: false });

    const afterA = (await a.request("POST", "/api/daily-question/answer", { day: today(), text: "Snow on the balcony." })).body as DailyQuestionView;
    expect(afterA).toMatchObject({ revealed: false, partnerAnswer: null, myAnswer: { text: "Snow on the balcony." } });
    const bSees = (await b.request("GET", `/api/daily-question?day=${today()}`)).body as DailyQuestionView;
    expect(bSees).toMatchObject({ partnerAnswered: true, partnerAnswer: null, revealed: false });
    expect(JSON.stringify(bSees)).not.toContain("Snow on the balcony");
    expect((await b.request("GET", `/api/answers/${afterA.myAnswer?.id}/replies`)).status).toBe(404);

    const afterB = (await b.request("POST", "/api/daily-question/answer", { day: today(), text: "Rain on the tent." })).body as DailyQuestionView;
    expect(afterB).toMatchObject({ revealed: true, partnerAnswer: { text: "Snow on the balcony." } });
    const aSees = (await a.request("GET", `/api/daily-question?day=${today()}`)).body as DailyQuestionView;
    expect(aSees).toMatchObject({ revealed: true, partnerAnswer: { text: "Rain on the tent." } });

    const reply = await a.request("POST", `/api/answers/${afterB.myAnswer?.id}/replies`, { body: "I love that memory, tell me more?" });
    expect(reply.status).toBe(201);
    expect((reply.body as ReplyView).coach).not.toBeNull();
    expect((await a.request("POST", "/api/daily-question/answer", { day: today(), text: "again" })).status).toBe(409);
  });

  it("asks a different question tomorrow, and none twice in a year", async () => {
    const a = await new Client(t.app).signUp("Cy");
    const b = await new Client(t.app).signUp("Di");
    await link(a, b);
    const ids = new Set<string>();
    const start = Date.parse("2026-01-01T00:00:00Z");
    for (let i = 0; i < 365; i += 1) {
      const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      ids.add(((await a.request("GET", `/api/daily-question?day=${day}`)).body as DailyQuestionView).question.id);
    }
    expect(ids.size).toBe(365);
    // 365 requests, each reading and writing the served log: allow for a busy machine.
  }, 180_000);

  it("explains that the question is for two when not linked, and refuses other days", async () => {
    const solo = await new Client(t.app).signUp("Eve");
    const q = (await solo.request("GET", `/api/daily-question?day=${today()}`)).body as DailyQuestionView;
    expect(q.linked).toBe(false);
    expect(await solo.request("POST", "/api/daily-question/answer", { day: today(), text: "hi" })).toMatchObject({
      status: 409,
      body: { error: { code: "conflict" } },
    });
    const a = await new Client(t.app).signUp("Fox");
    const b = await new Client(t.app).signUp("Gem");
    await link(a, b);
    expect(await a.request("POST", "/api/daily-question/answer", { day: "2020-01-01", text: "late" })).toMatchObject({
      status: 400,
      body: { error: { field: "day" } },
    });
  });
});
