import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../server.ts";
import { engines, testDatabase, type TestDatabase } from "../test/engines.ts";
import { linkPeople, SsePerson, until } from "../test/sse-person.ts";

describe.each(engines)("therapist live events on %s", (engine) => {
  let tdb: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    tdb = testDatabase(engine);
    server = await startServer({
      port: 0,
      dataDir: tdb.dataDir,
      databaseUrl: tdb.databaseUrl,
      ...(tdb.pgSchema ? { pgSchema: tdb.pgSchema } : {}),
      logLevel: "silent",
      webDist: "/nonexistent",
    });
  });
  afterAll(async () => {
    await server.close();
    await tdb.drop();
  });

  it("tells the therapist and the partner of each change, and a revoke cuts the open page's access at once", async () => {
    const a = await new SsePerson(server.url).signUp("Ana");
    const b = await new SsePerson(server.url).signUp("Ben");
    const therapist = await new SsePerson(server.url).signUp("Rhee", { role: "therapist", practiceName: "Rhee Counselling" });
    const stranger = await new SsePerson(server.url).signUp("Lane", { role: "therapist", practiceName: "Lane Practice" });
    await linkPeople(a, b);
    const grant = await a.json<{ id: string; invite: { code: string } }>("POST", "/api/therapist-grants", { scopes: ["repairs"], endsOn: null });
    const tStream = await therapist.listen();
    const bStream = await b.listen();
    const sStream = await stranger.listen();
    await until(() => tStream.events.includes("ready") && bStream.events.includes("ready") && sStream.events.includes("ready"));

    await therapist.call("POST", "/api/therapist/join", { code: grant.invite.code });
    await until(() => bStream.events.includes("therapist-grant")); // the couple hears the therapist joined
    await b.call("POST", `/api/therapist-grants/${grant.id}/consent`, { scopes: ["repairs"] });
    await until(() => tStream.events.filter((e) => e === "therapist-grant").length >= 1);
    const range = "from=2026-01-01&to=2026-12-31";
    expect((await therapist.call("GET", `/api/therapist/clients/${grant.id}/summary?${range}`)).status).toBe(200);

    const heard = tStream.events.length;
    await a.call("POST", `/api/therapist-grants/${grant.id}/revoke`);
    await until(() => tStream.events.slice(heard).includes("therapist-grant"));
    // The page refetches on the event and has lost access.
    expect((await therapist.call("GET", `/api/therapist/clients/${grant.id}/summary?${range}`)).status).toBe(404);
    // Ids only, never anything the couple wrote, and nothing to a therapist not in the grant.
    expect(tStream.raw()).toContain(`"id":"${grant.id}"`);
    expect(sStream.events).not.toContain("therapist-grant");
    tStream.close();
    bStream.close();
    sStream.close();
  });
});
