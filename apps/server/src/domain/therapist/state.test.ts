import { describe, expect, it } from "vitest";
import type { TherapistGrantRecord } from "../../storage/store.ts";
import { consentsAfterChange, endedOf, grantedScopes, pendingScopes, stateOf } from "./state.ts";

const NOW = Date.parse("2026-03-10T12:00:00Z");
const together = { memberIds: ["a", "b"], current: true };
const grant = (over: Partial<TherapistGrantRecord> = {}): TherapistGrantRecord => ({
  id: "g",
  coupleId: "c",
  inviterId: "a",
  therapistId: "t",
  inviteCode: "ABCDEFGH",
  inviteExpiresAt: NOW + 1000,
  askedScopes: ["shared_checkins", "repairs"],
  endsOn: null,
  createdAt: NOW - 1000,
  joinedAt: NOW - 500,
  ended: null,
  consents: [
    { userId: "a", scopes: ["shared_checkins", "repairs"], at: 1 },
    { userId: "b", scopes: ["shared_checkins", "repairs"], at: 2 },
  ],
  ...over,
});

describe("a therapist grant's state", () => {
  it("is active only with a therapist and both partners' consent", () => {
    expect(stateOf(grant(), NOW, together)).toBe("active");
    expect(stateOf(grant({ therapistId: null }), NOW, together)).toBe("waiting_for_therapist");
    expect(stateOf(grant({ consents: [{ userId: "a", scopes: ["repairs"], at: 1 }] }), NOW, together)).toBe("waiting_for_consent");
  });

  it("ends when revoked, when the couple is no longer together, and after its last day", () => {
    expect(stateOf(grant({ ended: { at: 1, reason: "revoked", by: "a" } }), NOW, together)).toBe("ended");
    expect(endedOf(grant(), NOW, { memberIds: ["a"], current: false })?.reason).toBe("unlinked");
    expect(stateOf(grant({ endsOn: "2026-03-10" }), NOW, together)).toBe("active"); // the last day is included
    expect(endedOf(grant({ endsOn: "2026-03-09" }), NOW, together)).toEqual({ at: Date.parse("2026-03-10T00:00:00Z"), reason: "expired", by: null });
  });

  it("grants only what both consented to; an added scope waits for the other partner", () => {
    const g = grant();
    const after = consentsAfterChange(g, "a", ["shared_checkins", "repairs", "coach_levels"]);
    const changed = grant({ askedScopes: ["shared_checkins", "repairs", "coach_levels"], consents: after.map((c) => ({ ...c, at: 3 })) });
    expect(grantedScopes(changed, together)).toEqual(["shared_checkins", "repairs"]);
    expect(pendingScopes(changed, together)).toEqual(["coach_levels"]);
  });

  it("narrows at once for both when either partner removes a scope", () => {
    const after = consentsAfterChange(grant(), "b", ["repairs"]);
    const changed = grant({ askedScopes: ["repairs"], consents: after.map((c) => ({ ...c, at: 3 })) });
    expect(grantedScopes(changed, together)).toEqual(["repairs"]);
    expect(pendingScopes(changed, together)).toEqual([]);
  });
});
