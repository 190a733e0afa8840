import { LIBRARY_ITEMS, myDataExport, type MyDataExport } from "@attune/shared";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.ts";
import { replyCoach } from "../coach.ts";
import type { DomainDeps } from "../domain/deps.ts";
import { argon2Hasher } from "../domain/passwords.ts";
import { openEventBus } from "../events/open-bus.ts";
import { Client, link, testApp, type TestApp } from "../test/api.ts";
import { engines, testDatabase } from "../test/engines.ts";
import { dumpAllTables } from "../test/scan.ts";
import { readinessAnswers } from "../test/world.ts";

const today = () => new Date().toISOString().slice(0, 10);
const idOf = (r: { body: unknown }) => (r.body as { id: string }).id;
const checkin = (day: string, visibility: "shared" | "private", text: string) => ({
  day,
  emotions: { mad: 0, sad: 2, glad: 0, fear: 1 },
  high: `${text} high`,
  low: `${text} low`,
  mindHeart: `${text} mind`,
  visibility,
});

describe.each(engines)("my data in my hands on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine, { authAttemptsPerMinute: 10_000, inviteAttemptsPerMinute: 10_000 });
  });
  afterAll(async () => t.close());

  it("exports everything that is mine, and only what my partner shared with me, with their name", async () => {
    const [ana, ben] = await Promise.all(["Ana", "Ben"].map((n) => new Client(t.app).signUp(n)));
    await link(ana!, ben!);
    const mine = idOf(await ana!.request("POST", "/api/checkins", checkin("2026-03-01", "shared", "ana-shared")));
    await ana!.request("POST", "/api/checkins", checkin("2026-03-02", "private", "ana-private"));
    await ben!.request("POST", "/api/checkins", checkin("2026-03-01", "shared", "ben-shared"));
    await ben!.request("POST", "/api/checkins", checkin("2026-03-02", "private", "ben-secret"));
    await ben!.request("POST", `/api/checkins/${mine}/replies`, { body: "ben-reply to ana" });
    await ana!.request("POST", "/api/daily-question/answer", { day: today(), text: "ana-answer" });
    await ben!.request("POST", "/api/daily-question/answer", { day: today(), text: "ben-answer" });
    await ana!.request("POST", "/api/partner-map/notes", { category: "history", text: "ana-note about ben" });
    await ben!.request("POST", "/api/partner-map/notes", { category: "history", text: "ben-private-note about ana" });
    await ana!.request("POST", "/api/readiness/results", readinessAnswers(4));
    await ana!.request("PUT", `/api/library/favourites/${LIBRARY_ITEMS[0]?.id ?? ""}`);

    const res = await ana!.request("GET", "/api/me/export");
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    const data = myDataExport.parse(res.body);
    const text = JSON.stringify(data);
    for (const word of ["ana-shared high", "ana-private mind", "ana-answer", "ana-note about ben"]) expect(text).toContain(word);
    expect(data.readiness).toHaveLength(1);
    expect(data.practice.favourites).toEqual([LIBRARY_ITEMS[0]?.id]);
    expect(data.couples).toEqual([{ partnerName: "Ben", from: expect.any(String), to: null }]);
    expect(data.sharedWithMe.checkins.map((c) => [c.from, c.high])).toEqual([["Ben", "ben-shared high"]]);
    expect(data.sharedWithMe.replies.map((r) => [r.from, r.body])).toEqual([["Ben", "ben-reply to ana"]]);
    expect(data.sharedWithMe.answers.map((a) => [a.from, a.text])).toEqual([["Ben", "ben-answer"]]);
    // The partner's private things are never in it.
    expect(text).not.toMatch(/ben-secret|ben-private-note/);
    expect(data.readme).toMatch(/sharedWithMe/);
  });

  it("keeps my own replies and answers mine after unlinking: in my export, and deletable by me alone", async () => {
    const [ana, ben, cy] = await Promise.all(["Ana", "Ben", "Cy"].map((n) => new Client(t.app).signUp(n)));
    await link(ana!, ben!);
    const bens = idOf(await ben!.request("POST", "/api/checkins", checkin("2026-03-03", "shared", "ben")));
    const reply = idOf(await ana!.request("POST", `/api/checkins/${bens}/replies`, { body: "ana-words-after" }));
    const answered = (await ana!.request("POST", "/api/daily-question/answer", { day: today(), text: "ana-answer-after" })).body as {
      myAnswer: { id: string };
    };
    await ana!.request("POST", "/api/couple/unlink");
    const before = myDataExport.parse((await ana!.request("GET", "/api/me/export")).body);
    expect(before.replies.map((r) => r.body)).toEqual(["ana-words-after"]);
    expect(before.answers.map((a) => a.text)).toEqual(["ana-answer-after"]);
    expect(before.sharedWithMe).toEqual({ checkins: [], replies: [], answers: [] });
    // Nobody else can delete them; a stranger's attempt looks like a missing id.
    for (const other of [ben!, cy!]) {
      expect((await other.request("DELETE", `/api/replies/${reply}`)).status).toBe(404);
      expect((await other.request("DELETE", `/api/answers/${answered.myAnswer.id}`)).status).toBe(404);
    }
    expect((await ana!.request("DELETE", `/api/replies/${reply}`)).status).toBe(204);
    expect((await ana!.request("DELETE", `/api/answers/${answered.myAnswer.id}`)).status).toBe(204);
    const after = myDataExport.parse((await ana!.request("GET", "/api/me/export")).body);
    expect(after.replies).toEqual([]);
    expect(after.answers).toEqual([]);
  });

  it("deletes the account only with the right password, and the partner learns only that the couple ended", async () => {
    const [ana, ben] = await Promise.all(["Ana", "Ben"].map((n) => new Client(t.app).signUp(n)));
    await link(ana!, ben!);
    expect(await ana!.request("POST", "/api/me/delete", { password: "not it" })).toMatchObject({ status: 401, body: { error: { field: "password" } } });
    expect((await ana!.request("POST", "/api/me/delete", { password: ana!.password })).status).toBe(204);
    expect((await ana!.request("GET", "/api/me")).status).toBe(401);
    expect((await ana!.logIn()).status).toBe(401);
    const me = (await ben!.request("GET", "/api/me")).body as { couple: unknown };
    expect(me.couple).toBeNull();
  });
});

/** The strongest proof: a canary in every field a person can write, then every table read straight from the engine. */
describe.each(engines)("deleting an account leaves nothing of it on %s", (engine) => {
  it("finds no canary and no id of the deleted person in any table, and keeps the partner's own words", async () => {
    const tdb = testDatabase(engine);
    const store = await tdb.open();
    const events = await openEventBus(tdb.databaseUrl, tdb.pgSchema ? `attune_events_${tdb.pgSchema}` : undefined);
    const deps: DomainDeps = { store, events, passwords: argon2Hasher, coach: replyCoach, now: Date.now };
    const logs: string[] = [];
    const app = await buildApp({
      deps,
      logLevel: "info",
      logStream: new Writable({
        write: (c, _e, done) => {
          logs.push(String(c));
          done();
        },
      }),
      authAttemptsPerMinute: 10_000,
    });
    let dump: Map<string, string>;
    const CANARY = "zqxcanary";
    try {
      const ana = new Client(app);
      ana.email = `${CANARY}-mail@example.test`;
      ana.password = "a long enough phrase";
      await ana.request("POST", "/api/auth/signup", { email: ana.email, displayName: `${CANARY}Name`, password: ana.password });
      ana.me = (await ana.request("GET", "/api/me")).body as Client["me"];
      const ben = await new Client(app).signUp("Ben");
      await link(ana, ben);
      await ana.request("PATCH", "/api/me/prefs", { country: "IE", defaultVisibility: "shared" });
      const c = (n: string) => ({
        day: `2026-04-0${n}`,
        emotions: { mad: 1, sad: 1, glad: 1, fear: 1 },
        high: `${CANARY}-high`,
        low: `${CANARY}-low`,
        mindHeart: `${CANARY}-mind`,
        visibility: n === "1" ? "shared" : "private",
      });
      const shared = idOf(await ana.request("POST", "/api/checkins", c("1")));
      await ana.request("POST", "/api/checkins", c("2"));
      const bensReply = idOf(await ben.request("POST", `/api/checkins/${shared}/replies`, { body: `${CANARY}-ben-reply-to-ana` }));
      await ana.request("POST", `/api/replies/${bensReply}/feedback`, { heard: false, note: `${CANARY}-feedback` });
      const bens = idOf(await ben.request("POST", "/api/checkins", { ...c("3"), high: "ben keeps this", low: "", mindHeart: "", visibility: "shared" }));
      await ana.request("POST", `/api/checkins/${bens}/replies`, { body: `${CANARY}-reply` });
      await ana.request("POST", "/api/daily-question/answer", { day: today(), text: `${CANARY}-answer` });
      await ana.request("POST", "/api/partner-map/notes", { category: "history", text: `${CANARY}-note` });
      await ben.request("POST", "/api/partner-map/notes", { category: "history", text: `${CANARY}-note-about-ana` });
      const result = idOf(await ana.request("POST", "/api/readiness/results", readinessAnswers(3)));
      await ana.request("PATCH", `/api/readiness/results/${result}`, { sharedWithPartner: true });
      expect((await ana.request("PUT", `/api/library/favourites/${LIBRARY_ITEMS[0]?.id ?? ""}`)).status).toBeLessThan(300);
      await ana.request("POST", "/api/library/tries", { itemId: LIBRARY_ITEMS[1]?.id });
      const repair = idOf(await ana.request("POST", "/api/repair", { mode: "together" }));
      const calm = { afraid: "no", hurt_or_threatened: "no", controlled: "no", cannot_say_no: "no" };
      for (const by of ["a", "b"]) await ana.request("POST", `/api/repair/${repair}/actions`, { type: "answer_safety", by, answers: calm });
      for (const by of ["a", "b"]) await ana.request("POST", `/api/repair/${repair}/actions`, { type: "agree_to_talk", by });
      await ana.request("POST", `/api/repair/${repair}/actions`, {
        type: "tell",
        by: "a",
        telling: { happened: `${CANARY}-happened`, felt: { mad: 1, sad: 1, glad: 0, fear: 0 }, feelingWords: `${CANARY}-words`, needed: `${CANARY}-needed` },
      });
      const reading = idOf(await ana.request("POST", "/api/temperature", { mode: "apart" }));
      await ana.request("PUT", `/api/temperature/${reading}/entries/appreciation`, { text: `${CANARY}-appreciation` });
      await ben.request("PUT", `/api/temperature/${reading}/entries/puzzle`, { text: "ben keeps this puzzle" });
      await ana.request("POST", `/api/temperature/${reading}/finish`);
      await ana.request("POST", "/api/invites").catch(() => null);
      const exported = JSON.stringify((await ana.request("GET", "/api/me/export")).body as MyDataExport);
      expect(exported).toContain(`${CANARY}-happened`);
      expect(exported).toContain(`${CANARY}-appreciation`);
      expect(exported).not.toContain("ben keeps this puzzle");

      expect((await ana.request("POST", "/api/me/delete", { password: ana.password })).status).toBe(204);
      const anaId = ana.id;
      await app.close();
      await events.close();
      await store.close();
      dump = await dumpAllTables(tdb);
      const tables = [...dump.keys()];
      expect(tables.length).toBeGreaterThanOrEqual(15);
      for (const [table, rows] of dump) {
        expect(rows.toLowerCase(), table).not.toContain(CANARY);
        expect(rows, table).not.toContain(anaId);
      }
      // Ben's own words stay.
      expect(dump.get("checkins")).toContain("ben keeps this");
      expect(dump.get("temperature_entries")).toContain("ben keeps this puzzle");
      expect(logs.join("\n")).not.toContain(CANARY);
    } finally {
      await tdb.drop();
    }
  });
});

describe.each(engines)("moving hosts on %s", (engine) => {
  it("imports an export into a fresh server, and the new server's export holds the same words", async () => {
    const [from, to] = [await testApp(engine), await testApp(engine)];
    try {
      const ana = await new Client(from.app).signUp("Ana");
      await ana.request("PATCH", "/api/me/prefs", { country: "NZ", defaultVisibility: "shared" });
      for (const [day, text] of [
        ["2026-01-05", "first winter walk"],
        ["2026-01-06", "a hard call with Mum"],
      ] as const) {
        expect((await ana.request("POST", "/api/checkins", { ...checkin(day, "private", text) })).status).toBe(201);
      }
      await ana.request("POST", "/api/readiness/results", readinessAnswers(4));
      await ana.request("PUT", `/api/library/favourites/${LIBRARY_ITEMS[2]?.id ?? ""}`);
      await ana.request("POST", `/api/library/done/${LIBRARY_ITEMS[3]?.id ?? ""}`);
      const exported = myDataExport.parse((await ana.request("GET", "/api/me/export")).body);

      const moved = await new Client(to.app).signUp("Ana");
      // A day already checked in on the new server is kept, not overwritten.
      await moved.request("POST", "/api/checkins", checkin("2026-01-06", "private", "written on the new server"));
      const res = await moved.request("POST", "/api/me/import", exported);
      expect(res).toMatchObject({ status: 200, body: { checkins: 1, skippedCheckins: 1, readiness: 1, favourites: 1, done: 1 } });
      const again = myDataExport.parse((await moved.request("GET", "/api/me/export")).body);
      const words = (d: MyDataExport) => d.checkins.map((c) => [c.day, c.mindHeart, c.emotions]);
      expect(words(again)).toEqual([
        ["2026-01-05", "first winter walk mind", exported.checkins[0]?.emotions],
        ["2026-01-06", "written on the new server mind", exported.checkins[1]?.emotions],
      ]);
      expect(again.readiness.map((r) => r.answers)).toEqual(exported.readiness.map((r) => r.answers));
      expect(again.practice.favourites).toEqual(exported.practice.favourites);
      expect(again.practice.done.map((d) => d.itemId)).toEqual(exported.practice.done.map((d) => d.itemId));
      expect(again.account).toMatchObject({ country: "NZ", defaultVisibility: exported.account.defaultVisibility });
      // Not an export: refused with a clear message.
      expect(await moved.request("POST", "/api/me/import", { format: "something-else" })).toMatchObject({
        status: 400,
        body: { error: { code: "validation_failed" } },
      });
    } finally {
      await from.close();
      await to.close();
    }
  });
});
