import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS } from "../domain/accounts.ts";
import { buildApp } from "../app.ts";
import { Client, testApp, uniqueEmail, type TestApp } from "../test/api.ts";
import { engines } from "../test/engines.ts";

describe.each(engines)("accounts and sessions on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => t.close());

  it("signs up, sets a hardened session cookie, and answers /me", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/signup",
      headers: { "content-type": "application/json", "x-attune-csrf": "1" },
      payload: { email: `  ${uniqueEmail("Rosa").toUpperCase()} `, displayName: " Rosa ", password: "our kitchen smells of basil" },
    });
    expect(res.statusCode).toBe(201);
    const cookie = res.cookies.find((c) => c.name === "attune_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    expect(cookie?.path).toBe("/");
    // 32 random bytes in base64url: 256 bits.
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const body = res.json();
    expect(body.user.displayName).toBe("Rosa");
    expect(body.user.email).toBe(body.user.email.trim().toLowerCase());
    expect(body).not.toHaveProperty("user.passwordHash");
  });

  it("refuses a taken email, short and common passwords, and accepts 64+ characters without composition rules", async () => {
    const a = await new Client(t.app).signUp("Ade");
    const taken = await new Client(t.app).request("POST", "/api/auth/signup", { email: a.email, displayName: "X", password: "another long phrase" });
    expect(taken).toMatchObject({ status: 409, body: { error: { code: "email_taken", field: "email" } } });
    const short = await new Client(t.app).request("POST", "/api/auth/signup", { email: uniqueEmail("s"), displayName: "S", password: "2short" });
    expect(short).toMatchObject({ status: 400, body: { error: { code: "validation_failed", field: "password" } } });
    const common = await new Client(t.app).request("POST", "/api/auth/signup", { email: uniqueEmail("c"), displayName: "C", password: "iloveyou" });
    expect(common).toMatchObject({ status: 400, body: { error: { code: "password_too_common", field: "password" } } });
    const long = await new Client(t.app).request("POST", "/api/auth/signup", { email: uniqueEmail("l"), displayName: "L", password: "x".repeat(100) });
    expect(long.status).toBe(201);
    const lowercaseOnly = await new Client(t.app).request("POST", "/api/auth/signup", { email: uniqueEmail("w"), displayName: "W", password: "allsmallletters" });
    expect(lowercaseOnly.status).toBe(201);
  });

  it("logs in with a new session token, rejects wrong passwords alike for unknown emails, and logs out", async () => {
    const a = await new Client(t.app).signUp("Bea");
    const firstToken = a.cookie;
    const login = await a.logIn();
    expect(login.status).toBe(200);
    expect(a.cookie).toBeDefined();
    expect(a.cookie).not.toBe(firstToken);

    const wrong = await new Client(t.app).request("POST", "/api/auth/login", { email: a.email, password: "not the password" });
    const unknown = await new Client(t.app).request("POST", "/api/auth/login", { email: uniqueEmail("nobody"), password: "not the password" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);

    expect((await a.request("POST", "/api/auth/logout")).status).toBe(204);
    expect(a.cookie).toBeUndefined();
    const after = await new Client(t.app).request("GET", "/api/me", undefined, { cookie: `attune_session=${firstToken}` });
    expect(after.status).toBe(200); // the sign-up session is separate from the one just ended
  });

  it("ends the session for good at logout", async () => {
    const a = await new Client(t.app).signUp("Cal");
    const token = a.cookie;
    await a.request("POST", "/api/auth/logout");
    const reuse = await new Client(t.app).request("GET", "/api/me", undefined, { cookie: `attune_session=${token}` });
    expect(reuse).toMatchObject({ status: 401, body: { error: { code: "unauthenticated" } } });
  });

  it("changes the password, ends every other session, rotates this one", async () => {
    const phone = await new Client(t.app).signUp("Dee");
    const laptop = new Client(t.app);
    laptop.email = phone.email;
    laptop.password = phone.password;
    await laptop.logIn();
    const before = phone.cookie;
    const wrong = await phone.request("POST", "/api/me/password", { currentPassword: "nope nope nope", newPassword: "a brand new phrase" });
    expect(wrong).toMatchObject({ status: 401, body: { error: { field: "currentPassword" } } });
    const ok = await phone.request("POST", "/api/me/password", { currentPassword: phone.password, newPassword: "a brand new phrase" });
    expect(ok.status).toBe(204);
    expect(phone.cookie).not.toBe(before);
    expect((await phone.request("GET", "/api/me")).status).toBe(200);
    expect((await laptop.request("GET", "/api/me")).status).toBe(401);
    expect((await laptop.logIn(phone.password)).status).toBe(401);
    expect((await laptop.logIn("a brand new phrase")).status).toBe(200);
  });

  it("lists my sessions, marks this one, and ends one or all others", async () => {
    const a = await new Client(t.app).signUp("Eli");
    const other = new Client(t.app);
    other.email = a.email;
    other.password = a.password;
    await other.logIn();
    await new Client(t.app).request("POST", "/api/auth/login", { email: a.email, password: a.password });
    const list = await a.request("GET", "/api/sessions");
    const sessions = (list.body as { sessions: { id: string; current: boolean }[] }).sessions;
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const otherId = ((await other.request("GET", "/api/sessions")).body as { sessions: { id: string; current: boolean }[] }).sessions.find((s) => s.current)?.id;
    expect((await a.request("DELETE", `/api/sessions/${otherId}`)).status).toBe(204);
    expect((await other.request("GET", "/api/me")).status).toBe(401);
    expect((await a.request("DELETE", "/api/sessions")).status).toBe(204);
    const left = (await a.request("GET", "/api/sessions")).body as { sessions: unknown[] };
    expect(left.sessions).toHaveLength(1);
  });

  it("throttles one account after repeated failures without touching others, and lets the person back in after the window", async () => {
    const a = await new Client(t.app).signUp("Fay");
    const b = await new Client(t.app).signUp("Gus");
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      expect((await a.logIn("wrong password " + i)).status).toBe(401);
    }
    const locked = await a.logIn();
    expect(locked).toMatchObject({ status: 429, body: { error: { code: "rate_limited" } } });
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
    expect(Number(locked.headers["retry-after"])).toBeLessThanOrEqual(LOGIN_WINDOW_MS / 1000);
    expect((await b.logIn()).status).toBe(200);
    t.clock.now += LOGIN_WINDOW_MS + 1000;
    expect((await a.logIn()).status).toBe(200);
    t.clock.now = Date.now();
  });
});

describe.each(engines)("per-IP limit across server instances on %s", (engine) => {
  it("counts attempts on two instances of one database against one limit", async () => {
    const t = await testApp(engine, { authAttemptsPerMinute: 3 });
    // A second instance: its own Fastify and rate-limit plugin, the same database.
    const second = await buildApp({
      deps: t.deps,
      logLevel: "silent",
      authAttemptsPerMinute: 3,
    });
    try {
      const one = new Client(t.app);
      const two = new Client(second);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const c = i % 2 === 0 ? one : two;
        statuses.push((await c.request("POST", "/api/auth/login", { email: uniqueEmail("y"), password: "whatever it is" })).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      // Another route keeps its own count.
      expect((await two.request("POST", "/api/auth/signup", { email: uniqueEmail("z"), password: "a long enough passphrase", displayName: "Z" })).status).toBe(201);
      // A minute later the window has passed for both instances.
      t.clock.now += 61_000;
      expect((await two.request("POST", "/api/auth/login", { email: uniqueEmail("y"), password: "whatever it is" })).status).toBe(401);
    } finally {
      await second.close();
      await t.close();
    }
  });
});

describe("per-IP limit on login attempts", () => {
  it("answers 429 in the JSON error shape once an address exceeds the limit", async () => {
    const t = await testApp("sqlite", { authAttemptsPerMinute: 3 });
    try {
      const c = new Client(t.app);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push((await c.request("POST", "/api/auth/login", { email: uniqueEmail("x"), password: "whatever it is" })).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      const res = await c.request("POST", "/api/auth/login", { email: uniqueEmail("x"), password: "whatever it is" });
      expect(res.body).toMatchObject({ error: { code: "rate_limited" } });
    } finally {
      await t.close();
    }
  });
});
