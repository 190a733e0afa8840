import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, link, testApp, type TestApp } from "../test/api.ts";
import { engines } from "../test/engines.ts";

/**
 * Canary sweep: a unique word in every text field a person can write, then every GET
 * route of the app (from its own route list, with every id we know) as every kind of
 * person, and every live event stream: a canary is read only by those allowed to
 * (a private check-in by its author; the couple's shared things by the two of them;
 * nothing by another couple, an ex-partner or anyone signed out). Live events carry
 * ids only, so no canary may appear in any stream; none may appear in the logs.
 */

const PEOPLE = ["a", "b", "c", "e", "anonymous"] as const;
type Person = (typeof PEOPLE)[number];

interface Canary {
  word: string;
  field: string;
  readers: Person[];
}

const letters = () => Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

describe.each(engines)("canary sweep on %s", (engine) => {
  let t: TestApp;
  const canaries: Canary[] = [];
  /** A new canary for `field`, which only `readers` may ever be shown. */
  const canary = (field: string, readers: Person[]): string => {
    const word = `Canary${letters()}`;
    canaries.push({ word, field, readers });
    return word;
  };
  const people = {} as Record<Person, Client>;
  const ids: string[] = [];
  const codes: string[] = [];
  const streams: { person: Person; text: () => string; close: () => void }[] = [];
  let base = "";

  const idOf = (res: { status: number; body: unknown }, what: string): string => {
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    const id = (res.body as { id: string }).id;
    ids.push(id);
    return id;
  };
  const must = (res: { status: number; body: unknown }, what: string) => {
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };
  const checkin = (day: string, visibility: "shared" | "private", field: string, readers: Person[]) => ({
    day,
    emotions: { mad: 1, sad: 2, glad: 0, fear: 1 },
    high: canary(`${field}.high`, readers),
    low: canary(`${field}.low`, readers),
    mindHeart: canary(`${field}.mindHeart`, readers),
    visibility,
  });

  async function listen(person: Person): Promise<void> {
    const controller = new AbortController();
    const cookie = people[person].cookie;
    const res = await fetch(`${base}/api/events`, { headers: cookie ? { cookie: `attune_session=${cookie}` } : {}, signal: controller.signal });
    let text = `${res.status}\n`;
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
        // aborted at the end of the test
      }
    })();
    streams.push({ person, text: () => text, close: () => controller.abort() });
  }

  beforeAll(async () => {
    t = await testApp(engine);
    base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const today = new Date().toISOString().slice(0, 10);
    // Display names: A's and B's are the couple's; E's (A's ex) must never reach B, the next partner.
    const signUp = (name: string) => new Client(t.app).signUp(name);
    people.a = await signUp(canary("displayName (A)", ["a", "b", "e"]));
    people.b = await signUp(canary("displayName (B)", ["a", "b"]));
    people.c = await signUp(canary("displayName (other couple)", ["c"]));
    const d = await signUp("Di");
    people.e = await signUp(canary("displayName (ex)", ["a", "e"]));
    people.anonymous = new Client(t.app);
    const { a, b, c, e } = people;

    // A and E were a couple once: what they shared then is each author's alone now.
    await link(a, e);
    idOf(await a.request("POST", "/api/checkins", checkin("2026-01-01", "shared", "check-in A shared with ex", ["a"])), "A→E check-in");
    idOf(await e.request("POST", "/api/checkins", checkin("2026-01-01", "shared", "check-in ex shared with A", ["e"])), "E→A check-in");
    must(await e.request("POST", "/api/couple/unlink"), "unlink");

    await link(c, d);
    idOf(await c.request("POST", "/api/checkins", checkin("2026-01-02", "shared", "other couple's check-in", ["c"])), "C check-in");

    await link(a, b);
    for (const p of ["a", "b", "c", "e"] as const) await listen(p);
    await listen("anonymous");

    const shared = idOf(await a.request("POST", "/api/checkins", checkin("2026-01-03", "shared", "shared check-in", ["a", "b"])), "shared check-in");
    idOf(await a.request("POST", "/api/checkins", checkin("2026-01-04", "private", "private check-in", ["a"])), "private check-in");
    const edited = idOf(await a.request("POST", "/api/checkins", checkin("2026-01-05", "private", "edited check-in", ["a"])), "edited check-in");
    must(await a.request("PATCH", `/api/checkins/${edited}`, { mindHeart: canary("edited check-in, new words", ["a"]) }), "patch");
    // The words the edit replaced are gone: no one, not even the author, is shown them again.
    const replaced = canaries.find((c) => c.field === "edited check-in.mindHeart");
    if (replaced) replaced.readers = [];
    const reply = idOf(await b.request("POST", `/api/checkins/${shared}/replies`, { body: canary("reply", ["a", "b"]) }), "reply");
    must(await a.request("POST", `/api/replies/${reply}/feedback`, { heard: true, note: canary("feedback note", ["a", "b"]) }), "feedback");
    const answer = must(await a.request("POST", "/api/daily-question/answer", { day: today, text: canary("daily answer (A)", ["a", "b"]) }), "answer A");
    ids.push((answer.body as { myAnswer: { id: string } }).myAnswer.id);
    const bAnswer = must(await b.request("POST", "/api/daily-question/answer", { day: today, text: canary("daily answer (B)", ["a", "b"]) }), "answer B");
    const bAnswerId = (bAnswer.body as { myAnswer: { id: string } }).myAnswer.id;
    ids.push(bAnswerId);
    idOf(await a.request("POST", `/api/answers/${bAnswerId}/replies`, { body: canary("reply to an answer", ["a", "b"]) }), "answer reply");
    idOf(await a.request("POST", "/api/partner-map/notes", { category: "history", text: canary("private partner-map note", ["a"]) }), "private note");
    const shown = idOf(
      await a.request("POST", "/api/partner-map/notes", { category: "what-helps", text: canary("shown partner-map note", ["a", "b"]), visibility: "shown" }),
      "shown note",
    );
    must(
      await b.request("POST", `/api/partner-map/notes/${shown}/response`, { status: "corrected", correction: canary("note correction", ["a", "b"]) }),
      "correction",
    );

    // A guided repair, apart (each on their own device), with words in every text it takes.
    const repair = idOf(await a.request("POST", "/api/repair", { mode: "apart" }), "repair");
    const act = async (who: Client, body: Record<string, unknown>) =>
      must(await who.request("POST", `/api/repair/${repair}/actions`, body), `repair ${String(body.type)}`);
    const clear = { afraid: "no", hurt_or_threatened: "no", controlled: "no", cannot_say_no: "no" };
    const telling = (by: string) => ({
      happened: canary(`repair telling.happened (${by})`, ["a", "b"]),
      felt: { mad: 1, sad: 1, glad: 0, fear: 0 },
      feelingWords: canary(`repair telling.feelingWords (${by})`, ["a", "b"]),
      needed: canary(`repair telling.needed (${by})`, ["a", "b"]),
    });
    await act(a, { type: "answer_safety", by: "a", answers: clear });
    await act(b, { type: "answer_safety", by: "b", answers: clear });
    await act(b, { type: "agree_to_talk", by: "b" });
    await act(a, { type: "agree_to_talk", by: "a" });
    await act(a, { type: "tell", by: "a", telling: telling("a") });
    await act(b, { type: "reflect", by: "b", text: canary("repair reflect", ["a", "b"]) });
    await act(a, { type: "not_quite", by: "a", clarification: canary("repair clarification", ["a", "b"]) });
    await act(b, { type: "reflect", by: "b", text: canary("repair reflect again", ["a", "b"]) });
    await act(a, { type: "confirm_heard", by: "a" });
    await act(b, { type: "tell", by: "b", telling: telling("b") });
    await act(a, { type: "reflect", by: "a", text: canary("repair reflect (A)", ["a", "b"]) });
    await act(b, { type: "confirm_heard", by: "b" });
    await act(b, { type: "own_part", by: "b", text: canary("repair own part (B)", ["a", "b"]) });
    await act(a, { type: "own_part", by: "a", text: canary("repair own part (A)", ["a", "b"]) });
    await act(a, { type: "apologise", by: "a", text: canary("repair apology", ["a", "b"]) });
    await act(b, { type: "pass_apology", by: "b" });
    await act(a, { type: "propose_agreement", by: "a", text: canary("repair agreement", ["a", "b"]) });

    // A pending invite (codes are capabilities, and the preview shows the inviter's name).
    const f = await signUp("Flo");
    codes.push((must(await f.request("POST", "/api/invites"), "invite").body as { code: string }).code);
    // The last action is A's; once B's stream has its event, every earlier one has been delivered.
    await until(
      () =>
        streams
          .find((s) => s.person === "b")
          ?.text()
          .includes(`event: repair\ndata: {"id":"${repair}"}`) ?? false,
    );
  }, 120_000);

  afterAll(async () => {
    for (const s of streams) s.close();
    await t?.close();
  });

  it("shows every canary to its readers only, on every GET route", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const routes = t.app.apiRoutes.filter(
      (r) => r.method === "GET" && r.url !== "/api/events" && r.url !== "/api/openapi.json" && !r.url.startsWith("/api/docs"),
    );
    const paths = routes.flatMap((r) => {
      const values = r.url.includes(":code") ? codes : r.url.includes(":") ? ids : [""];
      return values.flatMap((v) => {
        const path = r.url.replace(/:(\w+)/, v);
        return [path, `${path}?day=${today}&limit=100`];
      });
    });
    const seen = new Map<string, Set<Person>>();
    const leaks: string[] = [];
    let requests = 0;
    for (const person of PEOPLE) {
      for (const path of paths) {
        const res = await people[person].request("GET", path);
        requests++;
        const text = JSON.stringify(res.body ?? "");
        for (const c of canaries) {
          if (!text.includes(c.word)) continue;
          seen.set(c.word, (seen.get(c.word) ?? new Set()).add(person));
          if (!c.readers.includes(person)) leaks.push(`${c.field} shown to ${person} by GET ${path}`);
        }
      }
    }
    console.log(
      `canary sweep on ${engine}: ${canaries.length} canaries, ${routes.length} GET routes, ${requests} requests as ${PEOPLE.length} kinds of person`,
    );
    expect(leaks).toEqual([]);
    // The sweep reads what it plants: every canary reaches its author somewhere (or it proves nothing).
    const unseen = canaries.filter((c) => c.readers.length > 0 && !seen.get(c.word)?.has(c.readers[0] ?? "a")).map((c) => c.field);
    expect(unseen).toEqual([]);
  }, 300_000);

  it("sends ids only on every live stream", () => {
    const anonymous = streams.find((s) => s.person === "anonymous");
    expect(anonymous?.text().startsWith("401")).toBe(true);
    for (const s of streams) {
      const found = canaries.filter((c) => s.text().includes(c.word)).map((c) => c.field);
      expect(found, `stream of ${s.person}`).toEqual([]);
    }
    // The streams did carry the couple's events, so the check above is not vacuous.
    expect(streams.find((s) => s.person === "b")?.text()).toMatch(/event: (checkin|repair)/);
  });

  it("writes no canary to the logs", () => {
    const logs = t.logs.join("\n");
    expect(logs.length).toBeGreaterThan(0);
    expect(canaries.filter((c) => logs.includes(c.word)).map((c) => c.field)).toEqual([]);
  });
});

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error("timed out waiting for the live event");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
