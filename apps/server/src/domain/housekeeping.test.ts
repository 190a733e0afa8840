import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../test/api.ts";
import { engines } from "../test/engines.ts";
import { LOGIN_WINDOW_MS } from "./accounts.ts";
import { EXPIRED_INVITE_KEEP_MS, sweepExpired } from "./housekeeping.ts";

describe.each(engines)("sweeping expired records on %s", (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(engine);
  });
  afterEach(async () => {
    await t.close();
  });

  it("deletes expired sessions, long-expired invites, old login failures, finished rate-limit windows and expired reset codes, and keeps the rest", async () => {
    const now = 10 * 24 * 3600 * 1000;
    t.clock.now = now;
    const userId = "u-sweep";
    await t.store.users.create({
      id: userId,
      email: "sweep@example.test",
      displayName: "S",
      passwordHash: "h",
      createdAt: 1,
      passwordChangedAt: 1,
      defaultVisibility: "private",
      country: null,
    });
    const session = (id: string, expiresAt: number) => ({ id, tokenHash: `hash-${id}`, userId, createdAt: 1, lastSeenAt: 1, expiresAt, userAgent: null });
    await t.store.sessions.create(session("gone", now - 1));
    await t.store.sessions.create(session("live", now + 60_000));
    await t.store.loginFailures.record("acct", now - LOGIN_WINDOW_MS - 1);
    await t.store.loginFailures.record("acct", now - 1000);
    const invite = (code: string, expiresAt: number) => ({ code, inviterId: userId, createdAt: 1, expiresAt, acceptedBy: null, acceptedAt: null });
    await t.store.invites.create(invite("EXPIRED1", now - EXPIRED_INVITE_KEEP_MS - 1));
    // Expired yesterday: kept, so its link still says "expired" rather than "not found".
    await t.store.invites.create(invite("EXPIRED2", now - 24 * 3600 * 1000));
    await t.store.invites.create(invite("PENDING1", now + 60_000));
    await t.store.rateLimits.hit("old", now - 2 * 24 * 3600 * 1000, 60_000);
    await t.store.rateLimits.hit("recent", now - 30_000, 60_000);
    const reset = (tokenHash: string, expiresAt: number) => ({ tokenHash, userId, createdAt: 1, expiresAt });
    await t.store.passwordResets.create(reset("reset-expired", now - 1));
    await t.store.passwordResets.create(reset("reset-live", now + 60_000));

    expect(await sweepExpired(t.deps)).toEqual({ sessions: 1, invites: 1, rateLimits: 1, resets: 1 });
    expect(await t.store.invites.findByCode("EXPIRED1")).toBeUndefined();
    expect(await t.store.invites.findByCode("EXPIRED2")).toBeDefined();
    expect(await t.store.invites.findByCode("PENDING1")).toBeDefined();
    expect((await t.store.sessions.listForUser(userId, 0)).map((s) => s.id)).toEqual(["live"]);
    expect(await t.store.loginFailures.since("acct", 0)).toEqual([now - 1000]);
    expect((await t.store.rateLimits.hit("recent", now, 60_000)).hits).toBe(2);
    expect(await t.store.passwordResets.take("reset-expired")).toBeUndefined();
    expect(await t.store.passwordResets.take("reset-live")).toMatchObject({ userId });
    expect(await sweepExpired(t.deps)).toEqual({ sessions: 0, invites: 0, rateLimits: 0, resets: 0 });
  });
});
