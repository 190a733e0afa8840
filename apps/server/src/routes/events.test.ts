import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../server.ts";
import { engines, testDatabase, type TestDatabase } from "../test/engines.ts";
import { readinessAnswers } from "../test/world.ts";

/** A person using the real HTTP server, as a browser would (cookie + CSRF header). */
class HttpPerson {
  cookie = "";
  email = "";
  constructor(private readonly base: string) {}
  async call(method: string, path: string, body?: unknown): Promise<Response> {
    const res = await fetch(this.base + path, {
      method,
      headers: { "content-type": "application/json", "x-attune-csrf": "1", cookie: this.cookie },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const set = res.headers.get("set-cookie");
    if (set?.startsWith("attune_session=")) this.cookie = set.split(";")[0] ?? "";
    return res;
  }
  async signUp(name: string): Promise<this> {
    this.email = `${name}-${Math.random().toString(36).slice(2)}@example.test`;
    await this.call("POST", "/api/auth/signup", { email: this.email, displayName: name, password: "long enough phrase" });
    return this;
  }
  /** The same person signed in again: a second session, as on a second device. */
  async secondDevice(base = this.base): Promise<HttpPerson> {
    const other = new HttpPerson(base);
    other.email = this.email;
    await other.call("POST", "/api/auth/login", { email: this.email, password: "long enough phrase" });
    return other;
  }
  /** Opens the event stream and collects event names until closed. */
  async listen(): Promise<{ events: string[]; ended: () => boolean; close(): void }> {
    const controller = new AbortController();
    const res = await fetch(`${this.base}/api/events`, { headers: { cookie: this.cookie }, signal: controller.signal });
    const events: string[] = [];
    let ended = false;
    const reader = res.body?.getReader();
    const decoder = new TextDecoder();
    void (async () => {
      try {
        for (;;) {
          const chunk = await reader?.read();
          if (!chunk || chunk.done) break;
          for (const m of decoder.decode(chunk.value).matchAll(/^event: (\w+)$/gm)) events.push(m[1] ?? "");
        }
      } catch {
        // aborted
      }
      ended = true;
    })();
    return { events, ended: () => ended, close: () => controller.abort() };
  }
}

const until = async (cond: () => boolean, ms = 5000) => {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > ms) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
};

async function linkOver(a: HttpPerson, b: HttpPerson) {
  const { code } = (await (await a.call("POST", "/api/invites")).json()) as { code: string };
  await b.call("POST", `/api/invites/${code}/accept`);
}

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
    const a = await new HttpPerson(first).signUp("A");
    const b = await new HttpPerson(last).signUp("B");
    const c = await new HttpPerson(last).signUp("C");
    const d = await new HttpPerson(first).signUp("D");
    await linkOver(a, b);
    await linkOver(c, d);
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
    const a = await new HttpPerson(first).signUp("K");
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
    const a = await new HttpPerson(servers[0]?.url ?? "").signUp("L");
    const b = await new HttpPerson(servers.at(-1)?.url ?? "").signUp("M");
    await linkOver(a, b);
    const [aStream, bStream] = await Promise.all([a.listen(), b.listen()]);
    await until(() => aStream.events.includes("ready") && bStream.events.includes("ready"));
    expect((await a.call("POST", "/api/couple/unlink")).status).toBe(204);
    await until(() => aStream.ended() && bStream.ended());
    expect(bStream.events).toContain("couple");
  });

  it("tells the partner at once when the other unlinks", async () => {
    const a = await new HttpPerson(servers[0]?.url ?? "").signUp("E");
    const b = await new HttpPerson(servers.at(-1)?.url ?? "").signUp("F");
    await linkOver(a, b);
    const bStream = await b.listen();
    await until(() => bStream.events.includes("ready"));
    expect((await a.call("POST", "/api/couple/unlink")).status).toBe(204);
    await until(() => bStream.events.includes("couple"));
    bStream.close();
  });

  it("tells the partner when a shared readiness result is shared, and when it is deleted", async () => {
    const a = await new HttpPerson(servers[0]?.url ?? "").signUp("G");
    const b = await new HttpPerson(servers.at(-1)?.url ?? "").signUp("H");
    await linkOver(a, b);
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
    const a = await new HttpPerson(servers[0]?.url ?? "").signUp("I");
    const b = await new HttpPerson(servers[0]?.url ?? "").signUp("J");
    await linkOver(a, b);
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
