import type { TemperatureReadingView } from "@attune/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, link, testApp, type TestApp } from "../test/api.ts";
import { engines } from "../test/engines.ts";

type Current = { reading: TemperatureReadingView | null };
type History = { items: TemperatureReadingView[]; nextCursor: string | null };

describe.each(engines)("Daily Temperature Reading on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => t.close());

  async function couple() {
    const a = await new Client(t.app).signUp("Ada");
    const b = await new Client(t.app).signUp("Ben");
    await link(a, b);
    return { a, b };
  }
  const start = async (c: Client, mode: "apart" | "together") => (await c.request("POST", "/api/temperature", { mode })).body as TemperatureReadingView;
  const write = (c: Client, id: string, part: string, text: string) => c.request("PUT", `/api/temperature/${id}/entries/${part}`, { text });
  const current = async (c: Client) => ((await c.request("GET", "/api/temperature/current")).body as Current).reading;
  const texts = (r: TemperatureReadingView | null | undefined) => (r?.entries ?? []).map((e) => e.text);

  it("apart: each person's words stay sealed until both have finished, then both see both", async () => {
    const { a, b } = await couple();
    const reading = await start(a, "apart");
    expect(await write(a, reading.id, "appreciation", "Thank you for the soup.")).toMatchObject({ status: 200 });
    expect(await write(b, reading.id, "complaint_with_request", "Could we plan Sundays together?")).toMatchObject({ status: 200 });
    expect(texts(await current(b))).toEqual(["Could we plan Sundays together?"]);

    const bDone = (await b.request("POST", `/api/temperature/${reading.id}/finish`)).body as TemperatureReadingView;
    expect(bDone).toMatchObject({ iFinished: true, partnerFinished: false, finishedAt: null });
    expect(texts(bDone)).toEqual(["Could we plan Sundays together?"]);
    expect(await current(a)).toMatchObject({ iFinished: false, partnerFinished: true });
    expect(texts(await current(a))).toEqual(["Thank you for the soup."]);
    // Finished means finished: no quiet edits after saying "done".
    expect((await write(b, reading.id, "puzzle", "late words")).status).toBe(409);

    const aDone = (await a.request("POST", `/api/temperature/${reading.id}/finish`)).body as TemperatureReadingView;
    expect(aDone.finishedAt).not.toBeNull();
    // The five parts keep their order whoever wrote first.
    expect(texts(aDone)).toEqual(["Thank you for the soup.", "Could we plan Sundays together?"]);
    expect(await current(b)).toBeNull();
    const history = (await b.request("GET", "/api/temperature")).body as History;
    expect(history.items.map((r) => r.id)).toEqual([reading.id]);
    expect(texts(history.items[0])).toEqual(["Thank you for the soup.", "Could we plan Sundays together?"]);
  });

  it("a reading ended early never reveals the partner's sealed words", async () => {
    const { a, b } = await couple();
    const reading = await start(a, "apart");
    await write(a, reading.id, "hope", "A week by the sea.");
    await write(b, reading.id, "appreciation", "You made me laugh.");
    await b.request("POST", `/api/temperature/${reading.id}/finish`);
    const ended = (await a.request("POST", `/api/temperature/${reading.id}/end`)).body as TemperatureReadingView;
    expect(ended.finishedAt).not.toBeNull();
    expect(texts(ended)).toEqual(["A week by the sea."]);
    const seenByB = ((await b.request("GET", "/api/temperature")).body as History).items[0];
    expect(texts(seenByB)).toEqual(["You made me laugh."]);
  });

  it("together: notes are shared at once, and one 'done' ends the sitting", async () => {
    const { a, b } = await couple();
    const reading = await start(a, "together");
    await write(a, reading.id, "new_information", "My shift moves to Thursday.");
    expect(texts(await current(b))).toEqual(["My shift moves to Thursday."]);
    // Clearing a note removes it.
    await write(a, reading.id, "new_information", "");
    expect(texts(await current(b))).toEqual([]);
    const done = (await b.request("POST", `/api/temperature/${reading.id}/finish`)).body as TemperatureReadingView;
    expect(done.finishedAt).not.toBeNull();
    expect(await current(a)).toBeNull();
  });

  it("keeps one open reading per couple when both press Start at once", async () => {
    const { a, b } = await couple();
    const [fromA, fromB] = await Promise.all([start(a, "apart"), start(b, "together")]);
    expect(fromA.id).toBe(fromB.id);
    expect((await current(a))?.id).toBe(fromA.id);
  });

  it("refuses what a person could get wrong with a clear error", async () => {
    const { a } = await couple();
    const reading = await start(a, "apart");
    const badPart = await write(a, reading.id, "grievances", "x");
    expect(badPart).toMatchObject({ status: 400, body: { error: { code: "validation_failed" } } });
    expect(await write(a, reading.id, "puzzle", "x".repeat(2001))).toMatchObject({ status: 400, body: { error: { field: "text" } } });
    expect((await a.request("POST", "/api/temperature", { mode: "alone" })).status).toBe(400);
    const single = await new Client(t.app).signUp("Solo");
    expect(await single.request("POST", "/api/temperature", { mode: "apart" })).toMatchObject({ status: 409, body: { error: { code: "conflict" } } });
    expect((await a.request("GET", "/api/temperature?before=not-a-cursor")).status).toBe(400);
  });

  it("belongs to the couple as it is now: after an unlink neither sees the readings", async () => {
    const { a, b } = await couple();
    const reading = await start(a, "together");
    await write(a, reading.id, "appreciation", "The flowers.");
    await a.request("POST", `/api/temperature/${reading.id}/finish`);
    await b.request("POST", "/api/couple/unlink");
    expect(((await a.request("GET", "/api/temperature")).body as History).items).toEqual([]);
    expect(await current(b)).toBeNull();
    expect((await write(a, reading.id, "puzzle", "still here?")).status).toBe(404);
  });

  it("pages the history newest first", async () => {
    const { a } = await couple();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await start(a, "together");
      await a.request("POST", `/api/temperature/${r.id}/finish`);
      ids.unshift(r.id);
      t.clock.now += 60_000;
    }
    const first = (await a.request("GET", "/api/temperature?limit=2")).body as History;
    expect(first.items.map((r) => r.id)).toEqual(ids.slice(0, 2));
    const second = (await a.request("GET", `/api/temperature?limit=2&before=${first.nextCursor}`)).body as History;
    expect(second).toMatchObject({ nextCursor: null });
    expect(second.items.map((r) => r.id)).toEqual(ids.slice(2));
  });
});
