import { myDataExport, PUSH_KINDS, pushPayload, type PushPayload } from "@attune/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MeView } from "@attune/shared";
import { Client, link, testApp, uniqueEmail, type TestApp } from "../test/api.ts";
import { buildApp } from "../app.ts";
import { replyCoach } from "../coach.ts";
import type { DomainDeps } from "../domain/deps.ts";
import { openEventBus } from "../events/open-bus.ts";
import { engines, testDatabase } from "../test/engines.ts";
import { fastTestHasher } from "../test/fast-hasher.ts";
import { startTestPushService, TestDevice, verifyVapid } from "./test-push-service.ts";

const SECRET = "I cried in the car park after the meeting";
const today = () => new Date().toISOString().slice(0, 10);
const checkin = (visibility: "shared" | "private" = "shared", day = today()) => ({
  day,
  emotions: { mad: 0, sad: 3, glad: 0, fear: 1 },
  high: "",
  low: SECRET,
  mindHeart: SECRET,
  visibility,
});
const allKinds = { kinds: [...PUSH_KINDS], reminderTime: null, quietHours: null, timeZone: "UTC" };
/**
 * Waits until the app has heard every event published so far and finished sending: on
 * PostgreSQL events come back through LISTEN/NOTIFY, in commit order, so a marker
 * published now arrives after them.
 */
async function settle(t: TestApp): Promise<void> {
  const marker = `settle-${Math.random().toString(36).slice(2)}`;
  await new Promise<void>((resolve) => {
    const stop = t.events.subscribe(marker, () => {
      stop();
      resolve();
    });
    void t.events.publish({ coupleId: marker, type: "checkin", id: marker, actorId: marker });
  });
  await t.app.push.idle();
}

/** A person with a full name (Client.signUp makes the email from the name, so one word only). */
async function signUpAs(t: TestApp, displayName: string): Promise<Client> {
  const client = new Client(t.app);
  client.email = uniqueEmail("ada");
  client.password = "a calm river at dusk";
  const res = await client.request("POST", "/api/auth/signup", { email: client.email, displayName, password: client.password });
  client.me = res.body as MeView;
  return client;
}
const idOf = (r: { body: unknown }) => (r.body as { id: string }).id;

describe.each(engines)("Web Push (%s)", (engine) => {
  let t: TestApp;
  let service: Awaited<ReturnType<typeof startTestPushService>>;
  let ada: Client;
  let bo: Client;
  let boPhone: TestDevice;
  let adaPhone: TestDevice;

  /** The payloads that reached `device`, decrypted with the device's own keys. */
  const payloadsFor = (device: TestDevice): PushPayload[] =>
    service.received.filter((r) => `${service.url}${r.path}` === device.endpoint).map((r) => pushPayload.parse(JSON.parse(device.decrypt(r.body))));

  async function subscribe(client: Client, device: TestDevice, prefs: object = allKinds): Promise<void> {
    expect((await client.request("PUT", "/api/push/prefs", prefs)).status).toBe(200);
    expect((await client.request("POST", "/api/push/subscriptions", device.subscription())).status).toBe(204);
  }

  beforeEach(async () => {
    service = await startTestPushService();
    t = await testApp(engine, { push: { allowLoopbackHttp: true } });
    [ada, bo] = await Promise.all([signUpAs(t, "Ada Lovelace"), new Client(t.app).signUp("Bo")]);
    await link(ada, bo);
    boPhone = new TestDevice(`${service.url}/bo-phone`);
    adaPhone = new TestDevice(`${service.url}/ada-phone`);
    await subscribe(bo, boPhone);
    await subscribe(ada, adaPhone);
  });

  afterEach(async () => {
    await t.close();
    await service.close();
  });

  it("sends a partner's shared check-in to the loopback push service, encrypted, with kind and first name only", async () => {
    const id = idOf(await ada.request("POST", "/api/checkins", checkin()));
    await settle(t);
    const [request] = service.received;
    expect(service.received).toHaveLength(1);
    expect(request?.path).toBe("/bo-phone");
    expect(request?.headers["content-encoding"]).toBe("aes128gcm");
    expect(request?.body.includes(Buffer.from("Ada"))).toBe(false); // encrypted on the wire
    const key = ((await bo.request("GET", "/api/push/settings")).body as { publicKey: string }).publicKey;
    expect(verifyVapid(String(request?.headers.authorization), service.url, key, Date.now()).sub).toMatch(/^(mailto:|https:)/);
    const [payload] = payloadsFor(boPhone);
    expect(payload).toEqual({
      kind: "checkin",
      title: "Attune",
      body: "Ada shared a check-in — when you have a moment",
      url: `/checkins/${id}`,
      tag: `checkin:${id}`,
    });
    expect(JSON.stringify(payload)).not.toMatch(/car park|Lovelace/);
    expect(payloadsFor(adaPhone)).toEqual([]); // never to the one who acted
    expect(t.logs.join("")).not.toContain("car park");
  });

  it("sends each kind with its own words and screen, and an edit or a private check-in sends nothing", async () => {
    await ada.request("POST", "/api/checkins", checkin("private", "2026-01-01"));
    const shared = idOf(await ada.request("POST", "/api/checkins", checkin()));
    await ada.request("PATCH", `/api/checkins/${shared}`, { mindHeart: "changed" });
    const reply = idOf(await bo.request("POST", `/api/checkins/${shared}/replies`, { body: "That sounds so hard. I'm here." }));
    await ada.request("POST", `/api/replies/${reply}/feedback`, { heard: true });
    await ada.request("POST", "/api/daily-question/answer", { day: today(), text: SECRET });
    await settle(t); // Bo answers later, as people do: Ada's notice says it is his turn
    await bo.request("POST", "/api/daily-question/answer", { day: today(), text: "Our first kitchen." });
    const tryId = idOf(await ada.request("POST", "/api/library/tries", { itemId: "celebrate-full-joy-reply" }));
    // An invitation the partner has already taken up by the time its event is handled is no
    // longer news (event-notice.ts): let the invitation's notice go before Bo does it.
    await settle(t);
    await bo.request("POST", `/api/library/tries/${tryId}/done`);
    const repair = idOf(await bo.request("POST", "/api/repair", { mode: "apart" }));
    await settle(t);
    // Sends run in the background, so their order is not the order of the actions.
    const sorted = (device: TestDevice) =>
      payloadsFor(device)
        .map((p) => [p.kind, p.body, p.url])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0])));
    expect(sorted(boPhone)).toEqual([
      ["answer", "Ada answered today's question — your turn, whenever you like", "/daily"],
      ["checkin", "Ada shared a check-in — when you have a moment", `/checkins/${shared}`],
      ["heard", "Ada felt heard by your reply", `/checkins/${shared}`],
      ["practice", "Ada invited you to try a practice together", "/library/celebrate-full-joy-reply"],
    ]);
    expect(sorted(adaPhone)).toEqual([
      ["answer", "Bo answered today's question — you can see both answers now", "/daily"],
      ["repair", "Bo started a repair conversation — whenever you're ready", `/repair/${repair}`],
      ["reply", "Bo replied — when you have a moment", `/checkins/${shared}`],
    ]);
  });

  it("says nothing about the private safety check: answering it sends nothing, and leaving it sends nothing", async () => {
    const repair = idOf(await ada.request("POST", "/api/repair", { mode: "apart" }));
    const clear = { afraid: "no", hurt_or_threatened: "no", controlled: "no", cannot_say_no: "no" };
    await bo.request("POST", `/api/repair/${repair}/actions`, { type: "answer_safety", by: "b", answers: clear });
    await ada.request("POST", `/api/repair/${repair}/actions`, { type: "answer_safety", by: "a", answers: clear });
    await settle(t);
    expect(payloadsFor(boPhone).map((p) => p.body)).toEqual(["Ada started a repair conversation — whenever you're ready"]);
    expect(payloadsFor(adaPhone)).toEqual([]);
  });

  it("sends only the kinds a person opted in to", async () => {
    await bo.request("PUT", "/api/push/prefs", { ...allKinds, kinds: ["reply"] });
    const shared = idOf(await ada.request("POST", "/api/checkins", checkin()));
    await ada.request("POST", `/api/checkins/${shared}/replies`, { body: "Adding something." });
    await settle(t);
    expect(payloadsFor(boPhone).map((p) => p.kind)).toEqual(["reply"]);
  });

  it("holds back everything during quiet hours in the person's own time zone", async () => {
    // 23:30 in Lisbon in winter is 23:30 UTC; quiet from 22:00 to 07:00 there.
    t.clock.now = Date.parse("2026-01-15T23:30:00Z");
    await bo.request("PUT", "/api/push/prefs", { ...allKinds, quietHours: { from: "22:00", to: "07:00" }, timeZone: "Europe/Lisbon" });
    await ada.request("POST", "/api/checkins", checkin("shared", "2026-01-15"));
    await settle(t);
    expect(payloadsFor(boPhone)).toEqual([]);
    t.clock.now = Date.parse("2026-01-16T08:00:00Z");
    await ada.request("POST", "/api/checkins", checkin("shared", "2026-01-16"));
    await settle(t);
    expect(payloadsFor(boPhone).map((p) => p.kind)).toEqual(["checkin"]);
  });

  it("holds a partner's news through quiet hours and sends it once when they end, one notification per kind, still no words", async () => {
    t.clock.now = Date.parse("2026-01-15T23:30:00Z"); // 23:30 in Lisbon, quiet until 07:00
    await bo.request("PUT", "/api/push/prefs", { ...allKinds, quietHours: { from: "22:00", to: "07:00" }, timeZone: "Europe/Lisbon" });
    const first = idOf(await ada.request("POST", "/api/checkins", checkin("shared", "2026-01-14")));
    await ada.request("POST", "/api/checkins", checkin("shared", "2026-01-15"));
    await ada.request("PATCH", `/api/checkins/${first}`, { mindHeart: "changed" }); // an edit is not news again
    await ada.request("POST", "/api/library/tries", { itemId: "celebrate-full-joy-reply" });
    await settle(t);
    expect(payloadsFor(boPhone)).toEqual([]);
    t.clock.now = Date.parse("2026-01-16T06:59:00Z");
    expect(await t.app.push.releaseHeld()).toBe(0); // still quiet
    t.clock.now = Date.parse("2026-01-16T07:01:00Z");
    expect(await t.app.push.releaseHeld()).toBe(2);
    expect(payloadsFor(boPhone).map((p) => [p.kind, p.body, p.url])).toEqual([
      ["checkin", "Ada shared two check-ins — when you have a moment", "/"],
      ["practice", "Ada invited you to try a practice together", "/library/celebrate-full-joy-reply"],
    ]);
    expect(await t.app.push.releaseHeld()).toBe(0); // once
    expect(payloadsFor(boPhone)).toHaveLength(2);
    expect(JSON.stringify(service.received.map((r) => boPhone.decrypt(r.body)))).not.toMatch(/car park|Lovelace/);
  });

  it("drops a held notice that stopped being news by the time quiet hours end: opened, replied to, answered, done, or unshared", async () => {
    t.clock.now = Date.parse("2026-01-15T23:30:00Z");
    await bo.request("PUT", "/api/push/prefs", { ...allKinds, quietHours: { from: "22:00", to: "07:00" }, timeZone: "Europe/Lisbon" });
    const opened = idOf(await ada.request("POST", "/api/checkins", checkin("shared", "2026-01-12")));
    const repliedTo = idOf(await ada.request("POST", "/api/checkins", checkin("shared", "2026-01-13")));
    const unshared = idOf(await ada.request("POST", "/api/checkins", checkin("shared", "2026-01-14")));
    const untouched = idOf(await ada.request("POST", "/api/checkins", checkin("shared", "2026-01-15")));
    await ada.request("POST", "/api/daily-question/answer", { day: "2026-01-15", text: SECRET });
    const tryId = idOf(await ada.request("POST", "/api/library/tries", { itemId: "celebrate-full-joy-reply" }));
    await settle(t);
    // Bo is awake after all, on his laptop; Ada changes her mind about one share.
    expect((await bo.request("POST", `/api/checkins/${opened}/read`)).status).toBeLessThan(300);
    expect((await bo.request("POST", `/api/checkins/${repliedTo}/replies`, { body: "I'm here." })).status).toBe(201);
    expect((await bo.request("POST", "/api/daily-question/answer", { day: "2026-01-15", text: "Our first kitchen." })).status).toBe(200);
    expect((await bo.request("POST", `/api/library/tries/${tryId}/done`)).status).toBe(200);
    expect((await ada.request("PATCH", `/api/checkins/${unshared}`, { visibility: "private" })).status).toBe(200);
    await settle(t);
    expect(payloadsFor(boPhone)).toEqual([]);
    t.clock.now = Date.parse("2026-01-16T07:30:00Z");
    expect(await t.app.push.releaseHeld()).toBe(1);
    expect(payloadsFor(boPhone).map((p) => [p.kind, p.body, p.url])).toEqual([
      ["checkin", "Ada shared a check-in — when you have a moment", `/checkins/${untouched}`],
    ]);
  });

  it("carries a person's notification choices in their export and into an import, never a device's push address or keys", async () => {
    const prefs = { kinds: ["checkin", "heard"], reminderTime: "21:15", quietHours: { from: "22:30", to: "06:45" }, timeZone: "Pacific/Auckland" };
    expect((await bo.request("PUT", "/api/push/prefs", prefs)).status).toBe(200);
    const exported = myDataExport.parse((await bo.request("GET", "/api/me/export")).body);
    expect(exported.notifications).toEqual(prefs);
    const text = JSON.stringify(exported);
    const { keys } = boPhone.subscription();
    for (const secret of [boPhone.endpoint, keys.p256dh, keys.auth, "bo-phone"]) expect(text).not.toContain(secret);
    const other = await testApp(engine);
    try {
      const moved = await new Client(other.app).signUp("Bo");
      expect((await moved.request("POST", "/api/me/import", exported)).body).toMatchObject({ notifications: true });
      expect((await moved.request("GET", "/api/push/settings")).body).toMatchObject({ prefs, thisDevice: false });
      // An export from before notifications were in it still imports, and changes none.
      const { notifications: _left, ...older } = exported;
      const fresh = await new Client(other.app).signUp("Cy");
      expect((await fresh.request("POST", "/api/me/import", older)).body).toMatchObject({ notifications: false });
      expect((await fresh.request("GET", "/api/push/settings")).body).toMatchObject({ prefs: { kinds: [], reminderTime: null, quietHours: null } });
    } finally {
      await other.close();
    }
  });

  it("removes a device the push service says is gone (404 or 410) and keeps sending to the others", async () => {
    const tablet = new TestDevice(`${service.url}/bo-tablet`);
    const oldLaptop = new TestDevice(`${service.url}/bo-old-laptop`);
    await bo.request("POST", "/api/push/subscriptions", tablet.subscription());
    await bo.request("POST", "/api/push/subscriptions", oldLaptop.subscription());
    service.answer("/bo-tablet", 410);
    service.answer("/bo-old-laptop", 404);
    await ada.request("POST", "/api/checkins", checkin());
    await settle(t);
    const left = await t.store.push.subscriptionsFor(bo.id);
    expect(left.map((s) => s.endpoint)).toEqual([boPhone.endpoint]);
    expect(payloadsFor(boPhone)).toHaveLength(1);
  });

  it("never reaches another couple, a former partner, or a device whose session ended", async () => {
    const [cy, di] = await Promise.all([new Client(t.app).signUp("Cy"), new Client(t.app).signUp("Di")]);
    await link(cy, di);
    const cyPhone = new TestDevice(`${service.url}/cy-phone`);
    const diPhone = new TestDevice(`${service.url}/di-phone`);
    await subscribe(cy, cyPhone);
    await subscribe(di, diPhone);
    await ada.request("POST", "/api/checkins", checkin());
    await settle(t);
    expect(service.received.map((r) => r.path)).toEqual(["/bo-phone"]);

    // Bo logs out on his phone: that device stops receiving.
    await bo.request("POST", "/api/auth/logout");
    expect(await t.store.push.subscriptionsFor(bo.id)).toEqual([]);
    // Ada unlinks: what she does now reaches no one.
    await bo.logIn();
    await subscribe(bo, boPhone);
    await ada.request("POST", "/api/couple/unlink");
    await ada.request("POST", "/api/checkins", checkin("shared", "2026-01-02"));
    await settle(t);
    expect(service.received.map((r) => r.path)).toEqual(["/bo-phone"]);
  });

  it("sends one daily reminder at the chosen local time, at most one a day, none in quiet hours or after a check-in", async () => {
    await ada.request("PUT", "/api/push/prefs", { ...allKinds, reminderTime: "08:00", timeZone: "America/New_York" });
    const at = (iso: string) => {
      t.clock.now = Date.parse(iso);
      return t.app.push.sendDueReminders();
    };
    expect(await at("2026-03-02T12:59:00Z")).toBe(0); // 07:59 in New York
    expect(await at("2026-03-02T13:10:00Z")).toBe(1); // 08:10
    expect(await at("2026-03-02T13:40:00Z")).toBe(0); // same day: never a second
    expect(await at("2026-03-03T13:05:00Z")).toBe(1); // next day
    await ada.request("POST", "/api/checkins", checkin("private", "2026-03-04"));
    expect(await at("2026-03-04T13:05:00Z")).toBe(0); // she already checked in today
    await ada.request("PUT", "/api/push/prefs", {
      ...allKinds,
      reminderTime: "08:00",
      quietHours: { from: "07:30", to: "09:00" },
      timeZone: "America/New_York",
    });
    expect(await at("2026-03-05T13:05:00Z")).toBe(0); // inside her quiet hours
    const reminders = payloadsFor(adaPhone);
    expect(reminders.map((p) => [p.kind, p.url])).toEqual([
      ["reminder", "/check-in"],
      ["reminder", "/check-in"],
    ]);
    expect(reminders[0]?.body).toBe("A quiet moment for you two? Check in whenever you're ready.");
    expect(JSON.stringify(reminders)).not.toMatch(/streak|missed|again|days? in a row/i);
  });

  it("refuses endpoints it must not post to, malformed keys and unknown time zones, with a clear error", async () => {
    const device = new TestDevice("http://10.0.0.5/internal");
    const insecure = await bo.request("POST", "/api/push/subscriptions", device.subscription());
    expect(insecure.status).toBe(400);
    expect(insecure.body).toMatchObject({ error: { code: "validation_failed" } });
    const badKeys = await bo.request("POST", "/api/push/subscriptions", { endpoint: "https://push.example.test/x", keys: { p256dh: "short", auth: "x" } });
    expect(badKeys.status).toBe(400);
    const badZone = await bo.request("PUT", "/api/push/prefs", { ...allKinds, timeZone: "Mars/Olympus" });
    expect(badZone.status).toBe(400);
    const badTime = await bo.request("PUT", "/api/push/prefs", { ...allKinds, reminderTime: "25:00" });
    expect(badTime.status).toBe(400);
  });

  it("lets a person stop only their own devices; someone else's looks missing", async () => {
    const other = await ada.request("DELETE", "/api/push/subscriptions", { endpoint: boPhone.endpoint });
    const missing = await ada.request("DELETE", "/api/push/subscriptions", { endpoint: "https://push.example.test/none" });
    expect(other.status).toBe(404);
    expect(other.body).toEqual(missing.body);
    expect((await t.store.push.subscriptionsFor(bo.id)).map((s) => s.endpoint)).toEqual([boPhone.endpoint]);
    expect((await bo.request("GET", "/api/push/settings")).body).toMatchObject({ thisDevice: true, prefs: allKinds });
    expect((await bo.request("DELETE", "/api/push/subscriptions", { endpoint: boPhone.endpoint })).status).toBe(204);
    expect((await bo.request("GET", "/api/push/settings")).body).toMatchObject({ thisDevice: false });
  });
});

describe.runIf(process.env.DATABASE_URL)("Web Push across server instances (postgres)", () => {
  it("sends what was held through quiet hours once, however many instances release it", async () => {
    const service = await startTestPushService();
    const tdb = testDatabase("postgres");
    const channel = `attune_events_${tdb.pgSchema ?? ""}`;
    const clock = { now: Date.parse("2026-02-01T23:00:00Z") };
    const instances: {
      app: Awaited<ReturnType<typeof buildApp>>;
      store: Awaited<ReturnType<typeof tdb.open>>;
      events: Awaited<ReturnType<typeof openEventBus>>;
    }[] = [];
    for (let i = 0; i < 3; i++) {
      const store = await tdb.open();
      const events = await openEventBus(tdb.databaseUrl, channel);
      const deps: DomainDeps = { store, events, passwords: fastTestHasher, coach: replyCoach, now: () => clock.now };
      instances.push({ app: await buildApp({ deps, logLevel: "silent", push: { allowLoopbackHttp: true } }), store, events });
    }
    try {
      const [one, two] = instances as [(typeof instances)[0], (typeof instances)[0]];
      const ada = await new Client(one.app).signUp("Ada");
      const bo = await new Client(two.app).signUp("Bo");
      await link(ada, bo);
      const phone = new TestDevice(`${service.url}/bo-phone`);
      await bo.request("PUT", "/api/push/prefs", { ...allKinds, quietHours: { from: "22:00", to: "07:00" } });
      await bo.request("POST", "/api/push/subscriptions", phone.subscription());
      for (let i = 0; i < 3; i++) await ada.request("POST", "/api/checkins", checkin("shared", `2026-01-2${i + 1}`));
      // Every instance hears every event; wait until each has held or skipped all three.
      const started = Date.now();
      const heldRows = async () => (await Promise.all(instances.map((i) => i.store.push.withHeld()))).flat().length;
      while (Date.now() - started < 10_000) {
        await Promise.all(instances.map((i) => i.app.push.idle()));
        if ((await heldRows()) === 3) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await new Promise((r) => setTimeout(r, 300));
      await Promise.all(instances.map((i) => i.app.push.idle()));
      expect(service.received).toHaveLength(0);
      clock.now = Date.parse("2026-02-02T07:15:00Z");
      const sent = await Promise.all(instances.map((i) => i.app.push.releaseHeld()));
      expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
      expect(service.received).toHaveLength(1);
      expect(JSON.parse(phone.decrypt(service.received[0]?.body ?? Buffer.alloc(0)))).toMatchObject({
        kind: "checkin",
        body: "Ada shared a few check-ins — when you have a moment",
        url: "/",
      });
    } finally {
      for (const i of instances) {
        await i.app.close();
        await i.events.close();
        await i.store.close();
      }
      await tdb.drop();
      await service.close();
    }
  });

  it("sends one notification per event when several instances hear it", async () => {
    const service = await startTestPushService();
    const tdb = testDatabase("postgres");
    const channel = `attune_events_${tdb.pgSchema ?? ""}`;
    // Opened one after another: the first creates the schema and migrates, as a first deploy would.
    const instances: {
      app: Awaited<ReturnType<typeof buildApp>>;
      store: Awaited<ReturnType<typeof tdb.open>>;
      events: Awaited<ReturnType<typeof openEventBus>>;
    }[] = [];
    for (let i = 0; i < 3; i++) {
      const store = await tdb.open();
      const events = await openEventBus(tdb.databaseUrl, channel);
      const deps: DomainDeps = { store, events, passwords: fastTestHasher, coach: replyCoach, now: Date.now };
      instances.push({ app: await buildApp({ deps, logLevel: "silent", push: { allowLoopbackHttp: true } }), store, events });
    }
    try {
      const [one, two] = instances as [(typeof instances)[0], (typeof instances)[0]];
      const ada = await new Client(one.app).signUp("Ada");
      const bo = await new Client(two.app).signUp("Bo");
      await link(ada, bo);
      const phone = new TestDevice(`${service.url}/bo-phone`);
      await bo.request("PUT", "/api/push/prefs", allKinds);
      await bo.request("POST", "/api/push/subscriptions", phone.subscription());
      for (let i = 0; i < 5; i++) await ada.request("POST", "/api/checkins", checkin("shared", `2026-02-0${i + 1}`));
      // Every instance hears every event through LISTEN/NOTIFY; wait until all have handled them.
      const started = Date.now();
      while (service.received.length < 5 && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      await Promise.all(instances.map((i) => i.app.push.idle()));
      expect(service.received).toHaveLength(5);
      expect(new Set(service.received.map((r) => JSON.parse(phone.decrypt(r.body)).url)).size).toBe(5);
    } finally {
      for (const i of instances) {
        await i.app.close();
        await i.events.close();
        await i.store.close();
      }
      await tdb.drop();
      await service.close();
    }
  });
});
