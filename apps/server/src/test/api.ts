import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { MeView } from "@attune/shared";
import { buildApp, type AppOptions } from "../app.ts";
import { replyCoach } from "../coach.ts";
import type { DomainDeps } from "../domain/deps.ts";
import { fastTestHasher } from "./fast-hasher.ts";
import type { EventBus } from "../events/bus.ts";
import { openEventBus } from "../events/open-bus.ts";
import type { Engine, Store } from "../storage/store.ts";
import { testDatabase, type TestDatabase } from "./engines.ts";

export interface Response {
  status: number;
  body: unknown;
  headers: Record<string, string | string[] | number | undefined>;
}

export interface TestApp {
  app: FastifyInstance;
  /** What the app was built with (its clock is `clock`), for domain calls or a second instance. */
  deps: DomainDeps;
  store: Store;
  events: EventBus;
  /** Lines the app logged, for checking that nothing private reaches them. */
  logs: string[];
  clock: { now: number };
  close(): Promise<void>;
}

/** The real app on a fresh real database, called in-process (no port). */
export async function testApp(engine: Engine, options: Partial<Omit<AppOptions, "deps">> = {}): Promise<TestApp> {
  const tdb: TestDatabase = testDatabase(engine);
  const store = await tdb.open();
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const clock = { now: Date.now() };
  const events = await openEventBus(tdb.databaseUrl, tdb.pgSchema ? `attune_events_${tdb.pgSchema}` : undefined);
  const deps: DomainDeps = { store, events, passwords: fastTestHasher, coach: replyCoach, now: () => clock.now };
  const app = await buildApp({
    deps,
    logLevel: "info",
    logStream,
    ...options,
  });
  return {
    app,
    deps,
    store,
    events,
    logs,
    clock,
    async close() {
      await app.close();
      await events.close();
      await store.close();
      await tdb.drop();
    },
  };
}

let counter = 0;
export const uniqueEmail = (name: string) => `${name.toLowerCase()}-${Date.now().toString(36)}-${++counter}@example.test`;

/** A browser-like client: keeps its session and device cookies and sends the CSRF header. */
export class Client {
  cookie: string | undefined;
  /** The device cookie (attune_device), sent like a browser would: to /api/auth routes only. */
  device: string | undefined;
  email = "";
  password = "";
  me: MeView | undefined;

  constructor(private readonly app: FastifyInstance) {}

  async request(method: string, url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const res = await this.app.inject({
      method: method as "GET",
      url,
      headers: {
        ...(method === "GET" ? {} : { "x-attune-csrf": "1" }),
        ...(payload === undefined ? {} : { "content-type": "application/json" }),
        ...(this.cookieHeader(url) ? { cookie: this.cookieHeader(url) } : {}),
        ...headers,
      },
      ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
    });
    const setCookie = res.cookies.find((c) => c.name === "attune_session");
    if (setCookie) this.cookie = setCookie.value || undefined;
    const setDevice = res.cookies.find((c) => c.name === "attune_device");
    if (setDevice) this.device = setDevice.value || undefined;
    const text = res.body;
    return { status: res.statusCode, body: text ? JSON.parse(text) : undefined, headers: res.headers };
  }

  private cookieHeader(url: string): string {
    const cookies = [this.cookie ? `attune_session=${this.cookie}` : "", this.device && url.startsWith("/api/auth/") ? `attune_device=${this.device}` : ""];
    return cookies.filter(Boolean).join("; ");
  }

  async signUp(displayName: string, password = "a calm river at dusk"): Promise<this> {
    this.email = uniqueEmail(displayName);
    this.password = password;
    const res = await this.request("POST", "/api/auth/signup", { email: this.email, displayName, password });
    if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.me = res.body as MeView;
    return this;
  }

  /** Signs up a therapist's account (issue 16). */
  async signUpTherapist(displayName: string, practiceName = "Harbour Couples Practice", password = "a calm river at dusk"): Promise<this> {
    this.email = uniqueEmail(displayName.replace(/\W+/g, ""));
    this.password = password;
    const res = await this.request("POST", "/api/auth/signup", { email: this.email, displayName, password, role: "therapist", practiceName });
    if (res.status !== 201) throw new Error(`therapist sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.me = res.body as MeView;
    return this;
  }

  async logIn(password = this.password): Promise<Response> {
    return this.request("POST", "/api/auth/login", { email: this.email, password });
  }

  get id(): string {
    if (!this.me) throw new Error("not signed up");
    return this.me.user.id;
  }
}

/** Links two signed-up clients as a couple through the real invite routes. */
export async function link(a: Client, b: Client): Promise<void> {
  const invite = await a.request("POST", "/api/invites");
  if (invite.status !== 201) throw new Error(`invite failed: ${JSON.stringify(invite.body)}`);
  const code = (invite.body as { code: string }).code;
  const accepted = await b.request("POST", `/api/invites/${code}/accept`);
  if (accepted.status !== 200) throw new Error(`accept failed: ${JSON.stringify(accepted.body)}`);
}

/**
 * A couple shares with a therapist through the real routes: `a` invites with `scopes`, the
 * therapist joins with the code, and `b` consents unless told not to. Returns the grant id.
 */
export async function shareWithTherapist(
  a: Client,
  b: Client,
  therapist: Client,
  scopes: readonly string[],
  options: { partnerConsents?: boolean } = {},
): Promise<string> {
  const created = await a.request("POST", "/api/therapist-grants", { scopes, endsOn: null });
  if (created.status !== 201) throw new Error(`grant failed: ${JSON.stringify(created.body)}`);
  const grant = created.body as { id: string; invite: { code: string } };
  const joined = await therapist.request("POST", "/api/therapist/join", { code: grant.invite.code });
  if (joined.status !== 200) throw new Error(`join failed: ${JSON.stringify(joined.body)}`);
  if (options.partnerConsents !== false) {
    const consent = await b.request("POST", `/api/therapist-grants/${grant.id}/consent`, { scopes });
    if (consent.status !== 200) throw new Error(`consent failed: ${JSON.stringify(consent.body)}`);
  }
  return grant.id;
}
