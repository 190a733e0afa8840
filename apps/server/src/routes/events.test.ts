import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../server.ts";
import { engines, testDatabase, type TestDatabase } from "../test/engines.ts";
import { readinessAnswers } from "../test/world.ts";
import { linkPeople, SsePerson, until } from "../test/sse-person.ts";

describe.each(engines)("live events on %s", (engine) => {
  let tdb: TestDatabase;
  const servers: RunningServer[] = [];
  beforeAll(async () => {
    tdb = testDatabase(engine);
    // Two instances on one database: on PostgreSQL they share events through LISTEN/NOTIFY.
    const instances = engine === "postgres" ? 2 : 1;
    for (let i = 0; i < instances; i++) {
      servers.push(
        await startServer({
          port: 0,
          dataDir: tdb.dataDir,
          databaseUrl: tdb.databaseUrl,
          ...(tdb.pgSchema ? { pgSchema: tdb.pgSchema } : {}),
          logLevel: "silent",
          webDist: "/nonexistent",
        }),
      );
    }
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await tdb.drop();
  });

  it("tells the partner (on any instance) about a new share and reply, and nobody else", async () => {
    const first = servers[0]?.url ?? "";
    const last = servers.at(-1)?.url ?? "";
    const a = await new SsePerson(first).signUp("A");
    const b = await new SsePerson(last).signUp("B");
    const c = await new SsePerson(last).signUp("C");
    const d = await new SsePerson(first).signUp("D");
    await linkPeople(a, b);
    await linkPeople(c, d);
    const bStream = await b.listen();
    const cStream = await c.listen();
    const aStream = await a.listen();
    await until(() => bStream.events.includes("ready") && cStream.events.includes("ready") && aStream.events.includes("ready"));

    const day = new Date().toISOString().slice(0, 10);
    const created = await a.call("POST", "/api/checkins", {
      day,
      emotions: { mad: 0, sad: 1, glad: 0, fear: 0 },
      mindHeart: "a long day",
      visibility: "shared",
    });
    const { id } = (await created.json()) as { id: string };
    await until(() => bStream.events.includes("checkin"));
    await b.call("POST", `/api/checkins/${id}/replies`, { body: "That sounds tiring." });
    await until(() => aStream.events.includes("reply"));
    // A sentinel instead of a sleep: C's partner shares after A and B acted; once it reaches
    // C, anything of A's and B's that leaked would have reached C before it.
    await d.call("POST", "/api/checkins", { day, emotions: { mad: 0, sad: 0, glad: 1, fear: 0 }, mindHeart: "sentinel", visibility: "shared" });
    await until(() => cStream.events.includes("checkin"));
    expect(cStream.events).toEqual(["ready", "checkin"]);
    // A's own check-in would have been announced before B's reply, which A has heard.
    expect(aStream.events).not.toContain("checkin"); // one's own action is not echoed
    for (const s of [aStream, bStream, cStream]) s.close();
  });

  it("ends a stream when its session ends: log out, sign-out elsewhere, password change", async () => {
    const first = servers[0]?.url ?? "";
    const last = servers.at(-1)?.url ?? "";
    const a = await new SsePerson(first).signUp("K");
    const phone = await a.secondDevice(last);
    const laptop = await a.secondDevice(first);
    const [aStream, phoneStream, laptopStream] = await Promise.all([a.listen(), phone.listen(), laptop.listen()]);
    await until(() => [aStream, phoneStream, laptopStream].every((s) => s.events.includes("ready")));
    expect((await phone.call("POST", "/api/auth/logout")).status).toBe(204);
    await until(() => phoneStream.ended());
    expect(phoneStream.events).toContain("ended");
    // "Sign out everywhere else" from the laptop ends A's first session and its stream.
    expect((await laptop.call("DELETE", "/api/sessions")).status).toBe(204);
    await until(() => aStream.ended());
    expect(laptopStream.ended()).toBe(false);
    const changed = await laptop.call("POST", "/api/me/password", { currentPassword: "long enough phrase", newPassword: "another long phrase" });
    expect(changed.status).toBeLessThan(300);
    await until(() => laptopStream.ended());
    for (const s of [aStream, phoneStream, laptopStream]) s.close();
  });

  it("ends both partners' streams when the couple ends", async () => {
    const a = await new SsePerson(servers[0]?.url ?? "").signUp("L");
    const b = await new SsePerson(servers.at(-1)?.url ?? "").signUp("M");
    await linkPeople(a, b);
    const [aStream, bStream] = await Promise.all([a.listen(), b.listen()]);
    await until(() => aStream.events.includes("ready") && bStream.events.includes("ready"));
    expect((await a.call("POST", "/api/couple/unlink")).status).toBe(204);
    await until(() => aStream.ended() && bStream.ended());
    expect(bStream.events).toContain("couple");
  });

  it("tells the partner at once when the other unlinks", async () => {
    const a = await new SsePerson(servers[0]?.url ?? "").signUp("E");
    const b = await new SsePerson(servers.at(-1)?.url ?? "").signUp("F");
    await linkPeople(a, b);
    const bStream = await b.listen();
    await until(() => bStream.events.includes("ready"));
    expect((await a.call("POST", "/api/couple/unlink")).status).toBe(204);
    await until(() => bStream.events.includes("couple"));
    bStream.close();
  });

  it("tells the partner when a shared readiness result is shared, and when it is deleted", async () => {
    const a = await new SsePerson(servers[0]?.url ?? "").signUp("G");
    const b = await new SsePerson(servers.at(-1)?.url ?? "").signUp("H");
    await linkPeople(a, b);
    const bStream = await b.listen();
    await until(() => bStream.events.includes("ready"));
    const { id } = (await (await a.call("POST", "/api/readiness/results", readinessAnswers(4))).json()) as { id: string };
    await a.call("PATCH", `/api/readiness/results/${id}`, { sharedWithPartner: true });
    await until(() => bStream.events.filter((e) => e === "readiness").length === 1);
    expect((await a.call("DELETE", `/api/readiness/results/${id}`)).status).toBe(204);
    await until(() => bStream.events.filter((e) => e === "readiness").length === 2);
    bStream.close();
  });

  it.runIf(engine === "postgres")("tells open streams to resync when the server's link to PostgreSQL comes back", async () => {
    const a = await new SsePerson(servers[0]?.url ?? "").signUp("I");
    const b = await new SsePerson(servers[0]?.url ?? "").signUp("J");
    await linkPeople(a, b);
    const bStream = await b.listen();
    await until(() => bStream.events.includes("ready"));
    const admin = new pg.Client({ connectionString: tdb.databaseUrl });
    await admin.connect();
    try {
      await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where query = $1", [`LISTEN attune_events_${tdb.pgSchema ?? ""}`]);
    } finally {
      await admin.end();
    }
    await until(() => bStream.events.includes("resync"));
    bStream.close();
  });

  it("refuses an anonymous stream", async () => {
    const res = await fetch(`${servers[0]?.url}/api/events`);
    expect(res.status).toBe(401);
  });
});
