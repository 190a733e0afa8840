import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiFailure, call, callVoid, onUnauthenticated } from "./client.ts";

interface Sent {
  url: string;
  init: RequestInit;
}

/** Replaces fetch with one that records the request and answers `status` + `body`. */
function answer(status: number, body?: unknown): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  });
  return sent;
}

const headersOf = (s: Sent | undefined) => (s?.init.headers ?? {}) as Record<string, string>;

afterEach(() => vi.unstubAllGlobals());

describe("api client", () => {
  it("sends the CSRF header and JSON body on state-changing requests, same-origin cookies always", async () => {
    const sent = answer(200, { ok: true });
    await call("POST", "/api/x", z.object({ ok: z.boolean() }), { a: 1 });
    expect(headersOf(sent[0])["x-attune-csrf"]).toBe("1");
    expect(headersOf(sent[0])["content-type"]).toBe("application/json");
    expect(sent[0]?.init.body).toBe('{"a":1}');
    expect(sent[0]?.init.credentials).toBe("same-origin");

    const again = answer(204);
    await callVoid("DELETE", "/api/y");
    expect(headersOf(again[0])["x-attune-csrf"]).toBe("1");
    expect(again[0]?.init.body).toBeUndefined();
  });

  it("does not send the CSRF header on reads", async () => {
    const sent = answer(200, { ok: true });
    await call("GET", "/api/x", z.object({ ok: z.boolean() }));
    expect(headersOf(sent[0])["x-attune-csrf"]).toBeUndefined();
  });

  it("turns the server's error shape into an ApiFailure that keeps the field", async () => {
    answer(400, { error: { code: "password_too_common", message: "Pick something less common.", field: "password" } });
    const failure = await callVoid("POST", "/api/auth/signup", {}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(failure).toMatchObject({ status: 400, code: "password_too_common", message: "Pick something less common.", field: "password" });
  });

  it("reports a body that does not match the schema instead of passing it on", async () => {
    answer(200, { unexpected: true });
    await expect(call("GET", "/api/me", z.object({ user: z.string() }))).rejects.toMatchObject({ code: "unexpected_response" });
  });

  it("says the network failed (status 0) when fetch throws", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(callVoid("POST", "/api/x")).rejects.toMatchObject({ status: 0, code: "network" });
  });

  it("tells listeners when the session is gone (401 unauthenticated), and only then", async () => {
    const heard = vi.fn();
    const stop = onUnauthenticated(heard);
    answer(401, { error: { code: "invalid_credentials", message: "No." } });
    await callVoid("POST", "/api/auth/login").catch(() => undefined);
    expect(heard).not.toHaveBeenCalled();
    answer(401, { error: { code: "unauthenticated", message: "Please log in." } });
    await callVoid("POST", "/api/x").catch(() => undefined);
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
  });

  it("never shows a raw body when the server answers something that is not our error shape", async () => {
    answer(502, "<html>Bad gateway</html>");
    await expect(callVoid("POST", "/api/x")).rejects.toMatchObject({ status: 502, code: "internal" });
  });
});
