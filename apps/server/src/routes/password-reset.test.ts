import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { LOGIN_MAX_FAILURES } from "../domain/accounts.ts";
import { issueResetCode, RESET_EMAILS_PER_HOUR, RESET_TTL_MS } from "../domain/password-reset.ts";
import { smtpMailer } from "../mail/smtp-mailer.ts";
import { Client, testApp, uniqueEmail, type TestApp } from "../test/api.ts";
import { engines } from "../test/engines.ts";
import { startLoopbackSmtp, type LoopbackSmtp } from "../test/smtp.ts";

const CODE = /[0-9a-z]{4}(?:-[0-9a-z]{4}){7}/;
const invalidCode = { status: 400, body: { error: { code: "bad_request", field: "code" } } };

describe.each(engines)("password reset by email on %s", (engine) => {
  let smtp: LoopbackSmtp;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
    const mailer = smtpMailer({ url: smtp.url, from: "Attune <attune@example.test>" });
    t = await testApp(engine, { mailer, publicOrigin: "https://attune.example" });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** Asks for a reset and returns the code from the email that arrives. */
  async function codeByEmail(person: Client): Promise<string> {
    const asked = await new Client(t.app).request("POST", "/api/auth/reset/request", { email: person.email.toUpperCase() });
    expect(asked).toMatchObject({ status: 202, body: { delivery: "email" } });
    const mail = await smtp.next();
    expect(mail.to).toEqual([person.email]);
    const code = CODE.exec(mail.text)?.[0];
    if (!code) throw new Error("no code in the email");
    expect(mail.text).toContain(`https://attune.example/reset-password#code=${code}`);
    return code;
  }

  it("emails a code through SMTP that sets a new password, ends every session and signs in here", async () => {
    const person = await new Client(t.app).signUp("Nia");
    const otherSession = new Client(t.app);
    otherSession.email = person.email;
    await otherSession.logIn(person.password);
    const code = await codeByEmail(person);

    const browser = new Client(t.app);
    const done = await browser.request("POST", "/api/auth/reset/complete", { code: code.toUpperCase(), newPassword: "a new moon over the bay" });
    expect(done.status).toBe(200);
    expect((done.body as { user: { email: string } }).user.email).toBe(person.email);
    expect(browser.device).toBeDefined();
    expect((await browser.request("GET", "/api/me")).status).toBe(200);
    expect((await person.request("GET", "/api/me")).status).toBe(401);
    expect((await otherSession.request("GET", "/api/me")).status).toBe(401);
    expect((await person.logIn()).status).toBe(401);
    expect((await person.logIn("a new moon over the bay")).status).toBe(200);

    // Used once: the same code again is refused and changes nothing.
    const again = await new Client(t.app).request("POST", "/api/auth/reset/complete", { code, newPassword: "someone else's phrase" });
    expect(again).toMatchObject(invalidCode);
    expect((await person.logIn("a new moon over the bay")).status).toBe(200);

    // Nothing secret in the logs: neither the code, nor the email, nor the password.
    const logged = t.logs.join("\n");
    for (const secret of [code, code.replace(/-/g, ""), person.email, "a new moon over the bay"]) expect(logged).not.toContain(secret);
  });

  it("answers an unknown address exactly like a known one, and sends nothing for it", async () => {
    const unknown = await new Client(t.app).request("POST", "/api/auth/reset/request", { email: uniqueEmail("nobody") });
    expect(unknown).toMatchObject({ status: 202, body: { delivery: "email" } });
    // The next email to arrive is the known person's: none went out for the unknown address.
    const person = await new Client(t.app).signUp("Oli");
    await codeByEmail(person);
  });

  it("refuses an expired code and a common new password (without using up the code)", async () => {
    const person = await new Client(t.app).signUp("Pia");
    const user = await t.store.users.findByEmail(person.email);
    if (!user) throw new Error("no user");
    const expiring = await issueResetCode(t.deps, user);
    t.clock.now += RESET_TTL_MS + 1;
    try {
      expect(
        await new Client(t.app).request("POST", "/api/auth/reset/complete", { code: expiring.code, newPassword: "a new moon over the bay" }),
      ).toMatchObject(invalidCode);
    } finally {
      t.clock.now = Date.now();
    }
    const code = await codeByEmail(person);
    const common = await new Client(t.app).request("POST", "/api/auth/reset/complete", { code, newPassword: "password123" });
    expect(common).toMatchObject({ status: 400, body: { error: { code: "password_too_common", field: "newPassword" } } });
    const short = await new Client(t.app).request("POST", "/api/auth/reset/complete", { code, newPassword: "short" });
    expect(short).toMatchObject({ status: 400, body: { error: { code: "validation_failed", field: "newPassword" } } });
    expect((await new Client(t.app).request("POST", "/api/auth/reset/complete", { code, newPassword: "the fig tree by the door" })).status).toBe(200);
  });

  it("lets a person paused by a guesser back in on a new device", async () => {
    const person = await new Client(t.app).signUp("Quin");
    const attacker = new Client(t.app);
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) await attacker.request("POST", "/api/auth/login", { email: person.email, password: `guess ${i}` });
    const newPhone = new Client(t.app);
    expect((await newPhone.request("POST", "/api/auth/login", { email: person.email, password: person.password })).status).toBe(429);
    const code = await codeByEmail(person);
    expect((await newPhone.request("POST", "/api/auth/reset/complete", { code, newPassword: "the fig tree by the door" })).status).toBe(200);
    // The reset forgot the account's untrusted failures: another new browser gets in too.
    expect((await new Client(t.app).request("POST", "/api/auth/login", { email: person.email, password: "the fig tree by the door" })).status).toBe(200);
  });

  it("refuses malformed requests with a clear 400", async () => {
    expect(await new Client(t.app).request("POST", "/api/auth/reset/request", { email: "not an email" })).toMatchObject({
      status: 400,
      body: { error: { code: "validation_failed", field: "email" } },
    });
    expect(await new Client(t.app).request("POST", "/api/auth/reset/complete", { code: "", newPassword: "long enough phrase" })).toMatchObject({
      status: 400,
      body: { error: { field: "code" } },
    });
    expect(await new Client(t.app).request("POST", "/api/auth/reset/complete", { code: "x".repeat(500), newPassword: "long enough phrase" })).toMatchObject({
      status: 400,
      body: { error: { field: "code" } },
    });
  });
});

describe("reset emails per account", () => {
  it(`sends at most ${RESET_EMAILS_PER_HOUR} an hour to one account, answering every request alike`, async () => {
    // Counted when the domain hands a message over, which happens before the 202.
    const sentTo: string[] = [];
    const t = await testApp("sqlite", { mailer: { send: async (m) => void sentTo.push(m.to) } });
    try {
      const person = await new Client(t.app).signUp("Sol");
      for (let i = 0; i < RESET_EMAILS_PER_HOUR + 2; i++) {
        expect(await new Client(t.app).request("POST", "/api/auth/reset/request", { email: person.email })).toMatchObject({
          status: 202,
          body: { delivery: "email" },
        });
      }
      expect(sentTo).toEqual(Array(RESET_EMAILS_PER_HOUR).fill(person.email));
      t.clock.now += 3600_000;
      await new Client(t.app).request("POST", "/api/auth/reset/request", { email: person.email });
      expect(sentTo).toHaveLength(RESET_EMAILS_PER_HOUR + 1);
    } finally {
      await t.close();
    }
  });
});

describe("a reset email that cannot be sent", () => {
  it("still answers 202 and logs the mail error code, never the address", async () => {
    let fail: (error: Error) => void = () => undefined;
    const t = await testApp("sqlite", { mailer: { send: () => new Promise<void>((_resolve, reject) => (fail = reject)) } });
    try {
      const person = await new Client(t.app).signUp("Tam");
      expect((await new Client(t.app).request("POST", "/api/auth/reset/request", { email: person.email })).status).toBe(202);
      // The SMTP server refuses only after the person has their answer.
      fail(Object.assign(new Error(`Recipient ${person.email} rejected`), { code: "EENVELOPE" }));
      await vi.waitFor(() => expect(t.logs.join("\n")).toContain("could not be sent"));
      const line = t.logs.find((l) => l.includes("could not be sent")) ?? "";
      expect(line).toContain("EENVELOPE");
      expect(t.logs.join("\n")).not.toContain(person.email);
    } finally {
      await t.close();
    }
  });
});

describe("password reset without SMTP", () => {
  it("says the operator issues codes, the same for every address", async () => {
    const t = await testApp("sqlite");
    try {
      const person = await new Client(t.app).signUp("Ray");
      const known = await new Client(t.app).request("POST", "/api/auth/reset/request", { email: person.email });
      const unknown = await new Client(t.app).request("POST", "/api/auth/reset/request", { email: uniqueEmail("nobody") });
      expect(known).toMatchObject({ status: 202, body: { delivery: "operator" } });
      expect(unknown.body).toEqual(known.body);
    } finally {
      await t.close();
    }
  });
});
