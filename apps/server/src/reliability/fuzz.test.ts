import fc, { type Arbitrary } from "fast-check";
import { LIBRARY_ITEMS } from "@attune/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { link, testApp, type TestApp } from "../test/api.ts";
import { engines } from "../test/engines.ts";
import { buildWorld, type World } from "../test/world.ts";
import { anyString, NASTY_STRINGS, SchemaArbitraries, type JsonSchema } from "./json-schema-arb.ts";
import { SEED, size } from "./profile.ts";
import { looksLikeStackTrace, responseProblems } from "./response-checks.ts";

/**
 * Schema-driven fuzz: every operation of the app's own OpenAPI document, called with
 * valid, boundary and broken input (wrong types, huge and NUL-laden strings, unicode,
 * extra fields, odd path and query values) by a signed-in, linked person. Whatever
 * arrives, the answer is never a 5xx, a refusal is `{error:{code,message}}`, and no
 * stack trace or internal path shows in a response or an error in the log.
 */

const REQUESTS_PER_OPERATION = size(15, 250);

interface Parameter {
  in: "path" | "query" | "header" | "cookie";
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

interface FuzzRequest {
  method: string;
  url: string;
  /** JSON text, raw text, or nothing. */
  payload?: string;
  headers: Record<string, string>;
  /** Whether to send the linked person's session cookie. */
  signedIn: boolean;
}

/** The server-sent event stream never ends on its own; it is probed signed out only (the canary suite reads it). */
const STREAMS = new Set(["GET /api/events"]);

/** Path segments sent as they are: broken percent-escapes, overlong UTF-8, traversal. */
const RAW_PATH_SEGMENTS = ["%", "%ZZ", "%c0%af", "%e0%a4%a", "..%2f..%2fetc", "%00", "..", ".", "%2e%2e"];

/** Percent-encodes UTF-8 bytes (encodeURIComponent throws on lone surrogates; this sends U+FFFD). */
const percentEncode = (text: string): string =>
  Array.from(new TextEncoder().encode(text), (b) =>
    /[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, "0").toUpperCase()}`,
  ).join("");

/** `value` nine times in ten, its opposite otherwise. */
const mostly = (value: boolean) => fc.oneof({ weight: 9, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: fc.constant(!value) });

function requestArbitrary(method: string, template: string, op: Operation, arbs: SchemaArbitraries, idPool: string[]): Arbitrary<FuzzRequest> {
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === "path");
  const queryParams = params.filter((p) => p.in === "query");
  const bodySchema = op.requestBody?.content?.["application/json"]?.schema;
  const pathValue = (p: Parameter) =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...idPool).map(percentEncode) },
      { weight: 2, arbitrary: arbs.valid(p.schema ?? {}).map((v) => percentEncode(String(v))) },
      { weight: 2, arbitrary: anyString().map(percentEncode) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: fc.constantFrom(...RAW_PATH_SEGMENTS) },
    );
  const queryValue = (p: Parameter) => fc.oneof(arbs.valid(p.schema ?? {}).map(String), anyString(), fc.constantFrom(...idPool));
  const path = fc.tuple(...pathParams.map(pathValue)).map((values) => pathParams.reduce((url, p, i) => url.replace(`{${p.name}}`, values[i] ?? ""), template));
  const query = fc
    .tuple(
      fc.tuple(...queryParams.map((p) => fc.option(queryValue(p), { nil: undefined, freq: p.required ? 10 : 3 }))),
      fc.option(fc.tuple(fc.string({ maxLength: 8 }), anyString()), { freq: 4, nil: undefined }),
    )
    .map(([values, extra]) => {
      const q = new URLSearchParams();
      queryParams.forEach((p, i) => {
        const v = values[i];
        if (v !== undefined) q.append(p.name, v);
      });
      if (extra) q.append(extra[0] || "x", extra[1]);
      const text = q.toString();
      return text ? `?${text}` : "";
    });
  const hasBody = method !== "GET" && method !== "DELETE";
  const payload: Arbitrary<string | undefined> = !hasBody
    ? fc.option(fc.constantFrom("{}", "not json", '{"a":'), { freq: 8, nil: undefined })
    : fc.oneof(
        { weight: 10, arbitrary: arbs.mutated(bodySchema ?? { type: "object" }).map((v) => JSON.stringify(v) ?? "null") },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            "",
            "not json",
            '{"a":',
            "[",
            "\u0000",
            `"${"x".repeat(300_000)}"`,
            `{"__proto__":{"polluted":true}}`,
            `{"constructor":{"prototype":{"x":1}}}`,
          ),
        },
      );
  // Now and then a browser that forgot the CSRF header or sent another content type.
  const headers = fc
    .record({
      csrf: mostly(true),
      contentType: fc.oneof(
        { weight: 9, arbitrary: fc.constant("application/json") },
        { weight: 1, arbitrary: fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1", "") },
      ),
    })
    .map(({ csrf, contentType }) => ({
      ...(csrf ? { "x-attune-csrf": "1" } : {}),
      ...(contentType ? { "content-type": contentType } : {}),
    }));
  const key = `${method} ${template.replace(/\{(\w+)\}/g, ":$1")}`;
  return fc.record({ path, query, payload, headers, signedIn: STREAMS.has(key) ? fc.constant(false) : mostly(true) }).map((r) => ({
    method,
    url: r.path + r.query,
    headers: r.payload === undefined ? { ...(r.headers["x-attune-csrf"] ? { "x-attune-csrf": "1" } : {}) } : r.headers,
    signedIn: r.signedIn,
    ...(r.payload === undefined ? {} : { payload: r.payload }),
  }));
}

describe.each(engines)("schema-driven fuzz on %s", (engine) => {
  let t: TestApp;
  let w: World;
  let doc: OpenApi;
  let sent = 0;

  beforeAll(async () => {
    // Limits are raised so the fuzz reaches the handlers instead of the rate limiter.
    t = await testApp(engine, { authAttemptsPerMinute: 1_000_000, inviteAttemptsPerMinute: 1_000_000 });
    w = await buildWorld(t.app);
    doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json<OpenApi>();
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  /** A may have signed out, changed nothing or unlinked during the fuzz: put things back as they were. */
  async function restoreA(): Promise<void> {
    const me = await w.a.request("GET", "/api/me");
    if (me.status === 401) {
      const again = await w.a.logIn();
      if (again.status !== 200) throw new Error(`could not sign A in again: ${again.status}`);
    }
    const now = (await w.a.request("GET", "/api/me")).body as { couple: unknown };
    if (!now.couple) {
      await w.b.request("POST", "/api/couple/unlink");
      await link(w.a, w.b);
    }
  }

  it("answers every operation without a 5xx, with the JSON error shape and no stack trace", async () => {
    const components = doc.components?.schemas ?? {};
    const ids = [
      w.aShared,
      w.aPrivate,
      w.aSharedWithEx,
      w.bReply,
      w.aAnswer,
      w.aNote,
      w.aShownNote,
      w.aResult,
      w.aSharedResult,
      w.aResultSharedWithEx,
      w.aTry,
      w.aRepair,
      w.aSecondSessionId,
    ];
    const strings = [w.openInviteCode, w.today, ...LIBRARY_ITEMS.slice(0, 5).map((i) => i.id), ...NASTY_STRINGS.slice(0, 3)];
    const arbs = new SchemaArbitraries(components, { uuids: ids, strings });
    const idPool = [...ids, ...strings];
    const operations = Object.entries(doc.paths).flatMap(([template, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), template, op })),
    );
    // Every route the app registers under /api is in the document (or the fuzz would miss it).
    const documented = new Set(operations.map((o) => `${o.method} ${o.template.replace(/\{(\w+)\}/g, ":$1")}`));
    const undocumented = t.app.apiRoutes.filter((r) => !documented.has(`${r.method} ${r.url}`) && r.url !== "/api/openapi.json");
    expect(undocumented).toEqual([]);

    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (const [index, { method, template, op }] of operations.entries()) {
      const requests = fc.sample(requestArbitrary(method, template, op, arbs, idPool), { seed: SEED + index, numRuns: REQUESTS_PER_OPERATION });
      for (const req of requests) {
        const res = await t.app.inject({
          method: req.method as "GET",
          url: req.url,
          headers: { ...req.headers, ...(req.signedIn && w.a.cookie ? { cookie: `attune_session=${w.a.cookie}` } : {}) },
          ...(req.payload === undefined ? {} : { payload: req.payload }),
        });
        sent++;
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        const ct = res.headers["content-type"];
        const problems = responseProblems({ status: res.statusCode, contentType: typeof ct === "string" ? ct : undefined, text: res.body });
        if (problems.length > 0)
          failures.push(
            `${req.method} ${req.url.slice(0, 200)} ${(req.payload ?? "").slice(0, 200)} → ${res.statusCode} ${res.body.slice(0, 300)}: ${problems.join(", ")}`,
          );
        if (/logout|unlink|password|sessions|me\/delete|invites/.test(template)) await restoreA();
      }
    }
    const logged = t.logs.filter((line) => /"level":(50|60)/.test(line) || looksLikeStackTrace(line));
    console.log(
      `fuzz on ${engine}: ${sent} requests over ${operations.length} operations (seed ${SEED}); statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    expect(failures.slice(0, 20), `seed ${SEED}: ${failures.length} bad answers`).toEqual([]);
    expect(logged.slice(0, 5)).toEqual([]);
  }, 600_000);
});
