import { describe, expect, it } from "vitest";
import { Client, testApp } from "../test/api.ts";

describe("who is signed in on this device", () => {
  it("answers 200 with nobody when signed out, and the person when signed in (no console error for a signed-out page)", async () => {
    const t = await testApp("sqlite");
    try {
      const c = new Client(t.app);
      expect(await c.request("GET", "/api/session")).toMatchObject({ status: 200, body: { me: null } });
      await c.signUp("Sia");
      expect(await c.request("GET", "/api/session")).toMatchObject({ status: 200, body: { me: { user: { displayName: "Sia" } } } });
      await c.request("POST", "/api/auth/logout");
      expect(await c.request("GET", "/api/session")).toMatchObject({ status: 200, body: { me: null } });
      // A stale cookie is cleared rather than refused.
      c.cookie = "not-a-real-token";
      const stale = await c.request("GET", "/api/session");
      expect(stale).toMatchObject({ status: 200, body: { me: null } });
    } finally {
      await t.close();
    }
  });
});
