import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, link, shareWithTherapist, testApp, type TestApp } from "../test/api.ts";
import { engines } from "../test/engines.ts";
import { readinessAnswers } from "../test/world.ts";

/**
 * Therapist canary (issue 16): a unique word in every private field of both partners —
 * private check-ins, partner-map notes (private and shown), unrevealed daily answers,
 * sealed temperature words, a repair's words, feedback notes, replies to answers, an
 * excluded entry, everything from A's time with an ex — then every route a therapist can
 * call, their summary (view and JSON), their own export and their live stream: none of them
 * may carry any of those words. Words the couple did share (a shared check-in) must reach
 * the therapist, so the sweep is not vacuous.
 */

const letters = () => Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
const ALL_SCOPES = ["readiness", "our_insights", "shared_checkins", "daily_answers", "repairs", "coach_levels"];

describe.each(engines)("therapist canary on %s", (engine) => {
  let t: TestApp;
  const secrets: { word: string; field: string }[] = [];
  const secret = (field: string) => {
    const word = `Secret${letters()}`;
    secrets.push({ word, field });
    return word;
  };
  const visible = `Shared${letters()}`;
  const ids: string[] = [];
  let therapist: Client;
  let grantId = "";
  let streamText = () => "";
  let closeStream = () => {};
  const today = new Date().toISOString().slice(0, 10);
  const yearAgo = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);

  const must = (res: { status: number; body: unknown }, what: string) => {
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };
  const idOf = (res: { status: number; body: unknown }, what: string) => {
    const id = (must(res, what).body as { id: string }).id;
    ids.push(id);
    return id;
  };
  const checkin = (day: string, visibility: "shared" | "private", field: string) => ({
    day,
    emotions: { mad: 1, sad: 2, glad: 0, fear: 1 },
    high: secret(`${field}.high`),
    low: secret(`${field}.low`),
    mindHeart: secret(`${field}.mindHeart`),
    visibility,
  });

  beforeAll(async () => {
    t = await testApp(engine, { authAttemptsPerMinute: 10_000, inviteAttemptsPerMinute: 10_000 });
    const base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const signUp = (name: string) => new Client(t.app).signUp(name);
    const a = await signUp("Ada");
    const b = await signUp("Bo");
    const e = await signUp(secret("the ex's name"));
    therapist = await new Client(t.app).signUpTherapist("Dr Rhee");

    // A's time with E: shared then, never the therapist's business now.
    await link(a, e);
    idOf(await a.request("POST", "/api/checkins", checkin("2026-01-01", "shared", "A→ex check-in")), "A→E");
    const exShared = idOf(await e.request("POST", "/api/checkins", checkin("2026-01-01", "shared", "ex→A check-in")), "E→A");
    idOf(await a.request("POST", `/api/checkins/${exShared}/replies`, { body: secret("A's reply to the ex") }), "reply to E");
    const exResult = idOf(await a.request("POST", "/api/readiness/results", readinessAnswers(5)), "result with E");
    must(await a.request("PATCH", `/api/readiness/results/${exResult}`, { sharedWithPartner: true }), "share with E");
    must(await e.request("POST", "/api/couple/unlink"), "unlink");

    await link(a, b);
    grantId = await shareWithTherapist(a, b, therapist, ALL_SCOPES);
    must(await a.request("PUT", "/api/insights/us/opt-in", { on: true }), "opt in A");
    must(await b.request("PUT", "/api/insights/us/opt-in", { on: true }), "opt in B");

    // The therapist's page is open the whole time.
    const controller = new AbortController();
    const res = await fetch(`${base}/api/events`, { headers: { cookie: `attune_session=${therapist.cookie}` }, signal: controller.signal });
    let text = "";
    const reader = res.body?.getReader();
    const decoder = new TextDecoder();
    void (async () => {
      try {
        for (;;) {
          const chunk = await reader?.read();
          if (!chunk || chunk.done) break;
          text += decoder.decode(chunk.value);
        }
      } catch {
        // aborted at the end
      }
    })();
    streamText = () => text;
    closeStream = () => controller.abort();

    // What the couple shares (the therapist may read it)...
    const shared = (
      (await a.request("POST", "/api/checkins", { day: today, emotions: { mad: 0, sad: 1, glad: 2, fear: 0 }, mindHeart: visible, visibility: "shared" }))
        .body as { id: string }
    ).id;
    ids.push(shared);
    const reply = idOf(await b.request("POST", `/api/checkins/${shared}/replies`, { body: "That sounds like a good day." }), "reply");
    must(await a.request("POST", `/api/replies/${reply}/feedback`, { heard: true, note: secret("feedback note") }), "feedback");
    // ...and what is private, or hidden after the fact.
    idOf(await a.request("POST", "/api/checkins", checkin("2026-11-01", "private", "A's private check-in")), "A private");
    idOf(await b.request("POST", "/api/checkins", checkin("2026-11-02", "private", "B's private check-in")), "B private");
    const excluded = idOf(await b.request("POST", "/api/checkins", checkin("2026-11-03", "shared", "B's excluded check-in")), "B excluded");
    idOf(await a.request("POST", `/api/checkins/${excluded}/replies`, { body: secret("reply to the excluded check-in") }), "reply to excluded");
    must(await b.request("POST", `/api/therapist-grants/${grantId}/exclusions`, { kind: "checkin", entryId: excluded }), "exclude");
    const answer = must(await a.request("POST", "/api/daily-question/answer", { day: today, text: secret("A's unrevealed daily answer") }), "answer");
    ids.push((answer.body as { myAnswer: { id: string } }).myAnswer.id);
    idOf(await a.request("POST", "/api/partner-map/notes", { category: "history", text: secret("A's private partner-map note") }), "note A");
    idOf(await b.request("POST", "/api/partner-map/notes", { category: "history", text: secret("B's private partner-map note") }), "note B");
    const shown = idOf(
      await a.request("POST", "/api/partner-map/notes", { category: "what-helps", text: secret("A's shown partner-map note"), visibility: "shown" }),
      "shown note",
    );
    must(await b.request("POST", `/api/partner-map/notes/${shown}/response`, { status: "corrected", correction: secret("B's correction") }), "correction");
    idOf(await a.request("POST", "/api/readiness/results", readinessAnswers(2)), "private result");
    const reading = idOf(await a.request("POST", "/api/temperature", { mode: "apart" }), "reading");
    must(await a.request("PUT", `/api/temperature/${reading}/entries/appreciation`, { text: secret("sealed temperature words") }), "reading words");

    // A repair with words in every text it takes (the therapist may see only its steps).
    const repair = idOf(await a.request("POST", "/api/repair", { mode: "apart" }), "repair");
    const act = async (who: Client, body: Record<string, unknown>) =>
      must(await who.request("POST", `/api/repair/${repair}/actions`, body), `repair ${String(body.type)}`);
    const clear = { afraid: "no", hurt_or_threatened: "no", controlled: "no", cannot_say_no: "no" };
    const telling = (by: string) => ({
      happened: secret(`repair happened (${by})`),
      felt: { mad: 1, sad: 1, glad: 0, fear: 0 },
      feelingWords: secret(`repair feeling words (${by})`),
      needed: secret(`repair needed (${by})`),
    });
    await act(a, { type: "answer_safety", by: "a", answers: clear });
    await act(b, { type: "answer_safety", by: "b", answers: clear });
    await act(b, { type: "agree_to_talk", by: "b" });
    await act(a, { type: "agree_to_talk", by: "a" });
    await act(a, { type: "tell", by: "a", telling: telling("a") });
    await act(b, { type: "reflect", by: "b", text: secret("repair reflect (B)") });
    await act(a, { type: "confirm_heard", by: "a" });
    await act(b, { type: "tell", by: "b", telling: telling("b") });
    await act(a, { type: "reflect", by: "a", text: secret("repair reflect (A)") });
    await act(b, { type: "confirm_heard", by: "b" });
    await act(b, { type: "own_part", by: "b", text: secret("repair own part (B)") });
    await act(a, { type: "own_part", by: "a", text: secret("repair own part (A)") });
    await act(a, { type: "apologise", by: "a", text: secret("repair apology") });
    await act(b, { type: "pass_apology", by: "b" });
    await act(a, { type: "propose_agreement", by: "a", text: secret("repair agreement not yet accepted") });

    // A last change to the grant (after the exclusion): once the therapist's stream has both, every earlier event arrived.
    must(await a.request("PUT", `/api/therapist-grants/${grantId}/scopes`, { scopes: ALL_SCOPES }), "touch grant");
    const start = Date.now();
    while ((streamText().match(/event: therapist-grant/g) ?? []).length < 2) {
      if (Date.now() - start > 10_000) throw new Error(`the therapist's stream heard too little: ${streamText()}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }, 120_000);

  afterAll(async () => {
    closeStream();
    await t?.close();
  });

  it("reaches the therapist through no route, summary or export", async () => {
    const range = `from=${yearAgo}&to=${today}`;
    const routes = t.app.apiRoutes.filter(
      (r) => r.method === "GET" && r.url !== "/api/events" && r.url !== "/api/openapi.json" && !r.url.startsWith("/api/docs"),
    );
    const leaks: string[] = [];
    let sawShared = false;
    let requests = 0;
    for (const route of routes) {
      const values = route.url.includes(":") ? [grantId, ...ids] : [""];
      for (const value of values) {
        const path = route.url.replace(/:(\w+)/g, value);
        for (const query of ["", `?${range}`, `?${range}&format=json`, `?day=${today}&limit=100`]) {
          const res = await therapist.request("GET", `${path}${query}`);
          requests++;
          const text = JSON.stringify(res.body ?? "");
          if (text.includes(visible)) sawShared = true;
          for (const s of secrets) if (text.includes(s.word)) leaks.push(`${s.field} by GET ${path}${query}`);
        }
      }
    }
    console.log(`therapist canary on ${engine}: ${secrets.length} secrets, ${routes.length} GET routes, ${requests} requests`);
    expect(leaks).toEqual([]);
    expect(sawShared).toBe(true);
  }, 300_000);

  it("is absent from the couple's preview of what the therapist sees", async () => {
    const summary = await therapist.request("GET", `/api/therapist/clients/${grantId}/summary?from=${yearAgo}&to=${today}`);
    const text = JSON.stringify(summary.body);
    expect(text).toContain(visible);
    expect(secrets.filter((s) => text.includes(s.word)).map((s) => s.field)).toEqual([]);
    const body = summary.body as { repairs: { stepsReached: string[]; agreement: string | null }[] };
    expect(body.repairs[0]).toMatchObject({ agreement: null });
    expect(body.repairs[0]?.stepsReached).toContain("apology");
  });

  it("sends the therapist's stream ids only", () => {
    expect(streamText()).toContain(`"id":"${grantId}"`);
    expect(secrets.filter((s) => streamText().includes(s.word)).map((s) => s.field)).toEqual([]);
    expect(streamText()).not.toContain(visible);
  });
});
