import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, link, testApp, uniqueEmail, type TestApp } from "../test/api.ts";

describe("error responses", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp("sqlite", { bodyLimit: 4096 });
  });
  afterAll(async () => t.close());

  const post = (payload: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: "POST",
      url: "/api/auth/signup",
      headers: { "content-type": "application/json", "x-attune-csrf": "1", ...headers },
      payload,
    });

  it("names the field of a bad body", async () => {
    const res = await post(JSON.stringify({ email: uniqueEmail("a"), displayName: "A" }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: "validation_failed", message: expect.any(String), field: "password" } });
  });

  it("answers 413 for an oversized body, 415 for a non-JSON one, 400 for broken JSON", async () => {
    const big = await post(JSON.stringify({ email: "a@b.c", displayName: "x".repeat(10_000), password: "p".repeat(20) }));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe("payload_too_large");
    const form = await post("email=a", { "content-type": "application/x-www-form-urlencoded" });
    expect(form.statusCode).toBe(415);
    expect(form.json().error.code).toBe("unsupported_media_type");
    const broken = await post("{not json");
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe("bad_request");
  });

  it("rejects state-changing requests without the CSRF header or from another origin", async () => {
    const c = await new Client(t.app).signUp("Pat");
    const noHeader = await t.app.inject({ method: "POST", url: "/api/invites", headers: { cookie: `attune_session=${c.cookie}` } });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().error.code).toBe("csrf_rejected");
    const foreign = await c.request("POST", "/api/invites", undefined, { origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    const crossSite = await c.request("POST", "/api/invites", undefined, { "sec-fetch-site": "cross-site" });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await c.request("POST", "/api/invites", undefined, { origin: "http://localhost:80", host: "localhost:80" });
    expect(sameOrigin.status).toBe(201);
  });

  it("guards state-changing requests whatever the path's spelling: the router decodes %61pi, the guard must too", async () => {
    const c = await new Client(t.app).signUp("Pia");
    const cookie = `attune_session=${c.cookie}`;
    for (const url of ["/%61pi/invites", "/%41pi/invites", "/api/%69nvites", "//api/invites", "/api/../api/invites"]) {
      const res = await t.app.inject({ method: "POST", url, headers: { cookie, origin: "https://evil.example" } });
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, url).not.toBe(201);
    }
    const encoded = await t.app.inject({ method: "POST", url: "/%61pi/couple/unlink", headers: { cookie, "content-type": "text/plain" }, payload: "x" });
    expect(encoded.statusCode).toBe(403);
    expect(encoded.json().error.code).toBe("csrf_rejected");
  });

  it("refuses a body that is not JSON on a state-changing route, even with the CSRF header", async () => {
    const c = await new Client(t.app).signUp("Ren");
    const headers = { cookie: `attune_session=${c.cookie}`, "x-attune-csrf": "1" };
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const res = await t.app.inject({ method: "POST", url: "/api/invites", headers: { ...headers, "content-type": type }, payload: "" });
      expect(res.statusCode, type).toBe(415);
      expect(res.json().error.code).toBe("unsupported_media_type");
    }
    const json = await t.app.inject({ method: "POST", url: "/api/invites", headers: { ...headers, "content-type": "application/json; charset=utf-8" } });
    expect(json.statusCode).toBe(201);
  });

  it("answers unknown API paths with a JSON 404 and bad path params with 400", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/nope" });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
    const c = await new Client(t.app).signUp("Quin");
    const badCode = await c.request("GET", "/api/invites/!!");
    expect(badCode).toMatchObject({ status: 400, body: { error: { code: "validation_failed" } } });
  });

  it("never leaks a stack trace", async () => {
    const bodies = [await post("{"), await post(JSON.stringify({ email: 5 })), await t.app.inject({ method: "GET", url: "/api/me" })];
    for (const res of bodies) expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it("sends security headers", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("no-referrer");
    expect(res.headers["x-frame-options"]).toBe("DENY");
  });

  it("serves the OpenAPI document with the API's paths", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/auth/signup", "/api/invites/{code}/accept", "/api/health"]));
    expect(doc.paths["/api/auth/signup"].post.requestBody).toBeDefined();
    const docs = await t.app.inject({ method: "GET", url: "/api/docs" });
    expect([200, 302]).toContain(docs.statusCode);
  });
});

describe("logs", () => {
  it("contain no passwords, tokens, cookies or invite codes", async () => {
    const t = await testApp("sqlite");
    try {
      const a = await new Client(t.app).signUp("Ray", "secret phrase of ray");
      const b = await new Client(t.app).signUp("Sol", "secret phrase of sol");
      const code = ((await a.request("POST", "/api/invites")).body as { code: string }).code;
      await b.request("GET", `/api/invites/${code}`);
      // The router decodes escapes, so these reach the invite routes too.
      await b.request("GET", `/api/invit%65s/${code}`);
      await b.request("GET", `/%61pi/%69nvites/${code}`);
      await b.request("GET", `/api/invites/${code.slice(0, 2)}%${code.charCodeAt(2).toString(16)}${code.slice(3)}`);
      await b.request("POST", `/api/invites/${code}/accept`);
      await a.logIn("wrong phrase of ray");
      const all = t.logs.join("\n");
      expect(all.length).toBeGreaterThan(0);
      expect(all).toContain("/api/invites/:code");
      for (const secret of ["secret phrase of ray", "wrong phrase of ray", code, a.cookie, b.cookie, a.email]) {
        expect(all).not.toContain(secret);
      }
    } finally {
      await t.close();
    }
  });

  it("contain nothing people write: check-ins, replies, answers, notes, feedback — not even when the input is refused", async () => {
    const t = await testApp("sqlite");
    try {
      const a = await new Client(t.app).signUp("Uma");
      const b = await new Client(t.app).signUp("Vic");
      await link(a, b);
      const day = new Date(t.clock.now).toISOString().slice(0, 10);
      const words = {
        mind: "I keep thinking about the hospital letter",
        high: "tea with my sister by the window",
        low: "the silence at dinner tonight",
        reply: "That letter sounds frightening, tell me more",
        answer: "The night we got lost in Lisbon",
        note: "Hospitals remind Uma of her father's last winter",
        feedback: "that meant the world to me",
        refused: "this private sentence comes with a bad day field",
      };
      const made = (
        await a.request("POST", "/api/checkins", {
          day,
          emotions: { mad: 0, sad: 2, glad: 1, fear: 3 },
          high: words.high,
          low: words.low,
          mindHeart: words.mind,
          visibility: "shared",
        })
      ).body as { id: string };
      const reply = (await b.request("POST", `/api/checkins/${made.id}/replies`, { body: words.reply })).body as { id: string };
      expect(made.id && reply.id).toBeTruthy();
      expect((await a.request("POST", `/api/replies/${reply.id}/feedback`, { heard: true, note: words.feedback })).status).toBe(200);
      expect((await a.request("POST", "/api/daily-question/answer", { day, text: words.answer })).status).toBe(200);
      expect((await b.request("POST", "/api/partner-map/notes", { category: "old-wounds", text: words.note })).status).toBe(201);
      const refused = await a.request("POST", "/api/checkins", {
        day: "not a day",
        emotions: { mad: 0, sad: 0, glad: 0, fear: 0 },
        mindHeart: words.refused,
        visibility: "private",
      });
      expect(refused.status).toBe(400);
      const all = t.logs.join("\n");
      expect(all).toContain("/api/checkins");
      for (const text of Object.values(words)) expect(all).not.toContain(text);
    } finally {
      await t.close();
    }
  });
});
