import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS } from "../domain/accounts.ts";
import { ADDRESS_MAX_FAILURES } from "../domain/login-throttle.ts";
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
    const lowercaseOnly = await new Client(t.app).request("POST", "/api/auth/signup", {
      email: uniqueEmail("w"),
      displayName: "W",
      password: "allsmallletters",
    });
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
    const otherId = ((await other.request("GET", "/api/sessions")).body as { sessions: { id: string; current: boolean }[] }).sessions.find(
      (s) => s.current,
    )?.id;
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
      expect((await a.logIn(`wrong password ${i}`)).status).toBe(401);
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
      expect((await two.request("POST", "/api/auth/signup", { email: uniqueEmail("z"), password: "a long enough passphrase", displayName: "Z" })).status).toBe(
        201,
      );
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

describe.each(engines)("device cookies and the login throttle on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    // The per-minute request limit is not what these tests are about.
    // trustProxy: each test's attempts come from addresses of its own (X-Forwarded-For).
    t = await testApp(engine, { authAttemptsPerMinute: 1000, trustProxy: true });
  });
  afterAll(async () => t.close());

  let addresses = 0;
  /** A browser that has never signed in to `person`'s account, typing their email (from a fresh address unless given). */
  const stranger = (person: Client, address = `203.0.113.${++addresses}`) => {
    const c = new Client(t.app);
    c.email = person.email;
    c.password = person.password;
    return { c, logIn: (password: string) => c.request("POST", "/api/auth/login", { email: person.email, password }, { "x-forwarded-for": address }) };
  };

  it("gives a signed, HttpOnly device cookie that only the sign-in routes receive", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/signup",
      headers: { "content-type": "application/json", "x-attune-csrf": "1" },
      payload: { email: uniqueEmail("Dev"), displayName: "Dev", password: "a lantern by the sea" },
    });
    const device = res.cookies.find((c) => c.name === "attune_device");
    expect(device).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/api/auth" });
    expect(device?.value.split(".")).toHaveLength(3);
    expect(device?.value).not.toContain("@");
  });

  it("an attacker's failures elsewhere never lock the person out on a device that signed in before", async () => {
    const person = await new Client(t.app).signUp("Hal");
    const attacker = stranger(person);
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) expect((await attacker.logIn(`guess ${i}`)).status).toBe(401);
    // Untrusted attempts now pause, even with the right password…
    const paused = await attacker.logIn(person.password);
    expect(paused).toMatchObject({ status: 429, body: { error: { code: "rate_limited" } } });
    expect((paused.body as { error: { message: string } }).error.message).toMatch(/device you've used Attune on before, or reset your password/);
    expect(Number(paused.headers["retry-after"])).toBeGreaterThan(0);
    expect(Number(paused.headers["retry-after"])).toBeLessThanOrEqual(LOGIN_WINDOW_MS / 1000);
    // …and a new browser of the person's own is refused as well (it cannot be told apart)…
    expect((await stranger(person).logIn(person.password)).status).toBe(429);
    // …but the device they signed up on still logs in.
    expect((await person.logIn()).status).toBe(200);
    // Counting keys are hashes: neither the email nor a password reached the logs.
    const logged = t.logs.join("\n");
    expect(logged).not.toContain(person.email);
    expect(logged).not.toContain(person.password);
  });

  it("counts a known device's failures against that device alone", async () => {
    const phone = await new Client(t.app).signUp("Ida");
    const laptop = new Client(t.app);
    laptop.email = phone.email;
    laptop.password = phone.password;
    expect((await laptop.logIn()).status).toBe(200);
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) expect((await phone.logIn(`typo ${i}`)).status).toBe(401);
    const paused = await phone.logIn();
    expect(paused).toMatchObject({ status: 429, body: { error: { code: "rate_limited" } } });
    expect((paused.body as { error: { message: string } }).error.message).toMatch(/on this device/);
    expect((await laptop.logIn()).status).toBe(200);
    // The account itself was never paused for new devices.
    expect((await stranger(phone).logIn(phone.password)).status).toBe(200);
    t.clock.now += LOGIN_WINDOW_MS + 1000;
    expect((await phone.logIn()).status).toBe(200);
    t.clock.now = Date.now();
  });

  it("treats another account's device cookie, or a forged one, as no device cookie", async () => {
    const victim = await new Client(t.app).signUp("Jo");
    const other = await new Client(t.app).signUp("Kit");
    const attacker = stranger(victim);
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) await attacker.logIn(`guess ${i}`);
    const [owner, nonce, signature] = (victim.device ?? "").split(".") as [string, string, string];
    const forgeries = [
      other.device ?? "", // Kit's genuine cookie names Kit's account
      `${owner}.${nonce}.${signature.slice(0, -2)}AA`, // a changed signature
      `${owner}.another-nonce.${signature}`, // a signature moved to another nonce
    ];
    for (const device of forgeries) {
      const res = await new Client(t.app).request(
        "POST",
        "/api/auth/login",
        { email: victim.email, password: victim.password },
        { cookie: `attune_device=${device}` },
      );
      expect(res.status).toBe(429);
    }
    expect((await victim.logIn()).status).toBe(200);
  });

  it("pauses untrusted logins from one address after many failures, whatever the account, but not known devices", async () => {
    const known = await new Client(t.app).signUp("Lou");
    const address = "192.0.2.44";
    for (let i = 0; i < ADDRESS_MAX_FAILURES; i++) {
      const res = await new Client(t.app).request(
        "POST",
        "/api/auth/login",
        { email: uniqueEmail(`spray${i}`), password: "some guess" },
        { "x-forwarded-for": address },
      );
      expect(res.status).toBe(401);
    }
    const fromThere = await stranger(known, address).logIn(known.password);
    expect(fromThere).toMatchObject({ status: 429 });
    expect((fromThere.body as { error: { message: string } }).error.message).toMatch(/from your network/);
    expect((await stranger(known, "192.0.2.45").logIn(known.password)).status).toBe(200);
    expect((await known.request("POST", "/api/auth/login", { email: known.email, password: known.password }, { "x-forwarded-for": address })).status).toBe(200);
  });
});

describe.each(engines)("login throttle across server instances on %s", (engine) => {
  it("shares failure counts and device cookies between two instances of one database", async () => {
    const t = await testApp(engine, { authAttemptsPerMinute: 1000 });
    const second = await buildApp({ deps: t.deps, logLevel: "silent", authAttemptsPerMinute: 1000 });
    try {
      const person = await new Client(t.app).signUp("Max");
      for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
        const app = i % 2 === 0 ? t.app : second;
        expect((await new Client(app).request("POST", "/api/auth/login", { email: person.email, password: `guess ${i}` })).status).toBe(401);
      }
      expect((await new Client(t.app).request("POST", "/api/auth/login", { email: person.email, password: person.password })).status).toBe(429);
      expect((await new Client(second).request("POST", "/api/auth/login", { email: person.email, password: person.password })).status).toBe(429);
      // The device cookie instance one signed is honoured by instance two.
      const onSecond = new Client(second);
      onSecond.email = person.email;
      onSecond.password = person.password;
      onSecond.device = person.device;
      expect((await onSecond.logIn()).status).toBe(200);
    } finally {
      await second.close();
      await t.close();
    }
  });
});
