import { THERAPIST_SCOPES, type GrantEndReason, type GrantState, type TherapistScope } from "@attune/shared";
import type { TherapistGrantRecord } from "../../storage/store.ts";

/**
 * What a grant allows, decided here and nowhere else (no HTTP, no SQL). A grant is active
 * only when a therapist joined, both partners of a couple that is still together consented,
 * nobody ended it and its last day has not passed. The therapist reads exactly the scopes
 * BOTH partners consented to: a scope one partner added waits for the other.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export interface CoupleNow {
  /** The couple's members now (two while together). */
  memberIds: readonly string[];
  /** Together, with both members. */
  current: boolean;
}

export const inScopeOrder = (scopes: Iterable<TherapistScope>): TherapistScope[] => {
  const set = new Set(scopes);
  return THERAPIST_SCOPES.filter((s) => set.has(s));
};

export const sameScopes = (a: readonly TherapistScope[], b: readonly TherapistScope[]): boolean => inScopeOrder(a).join() === inScopeOrder(b).join();

/** When the optional end date stops the grant: the end of its last day (UTC). */
export const expiresAt = (endsOn: string | null): number | null => (endsOn ? Date.parse(`${endsOn}T00:00:00Z`) + DAY_MS : null);

/** How and when the grant ended, if it has; expiry is seen at read time, so nobody waits for a job. */
export function endedOf(grant: TherapistGrantRecord, now: number, couple: CoupleNow): { at: number; reason: GrantEndReason; by: string | null } | null {
  if (grant.ended) return grant.ended;
  const expiry = expiresAt(grant.endsOn);
  if (expiry !== null && now >= expiry) return { at: expiry, reason: "expired", by: null };
  // Unlinking and leaving end grants when they happen; this only guards a couple that ended another way.
  if (!couple.current) return { at: now, reason: "unlinked", by: null };
  return null;
}

/** Each partner's consent to the current ask. */
export function consentOf(grant: TherapistGrantRecord, userId: string): boolean {
  const mine = grant.consents.find((c) => c.userId === userId);
  return mine !== undefined && grant.askedScopes.every((s) => mine.scopes.includes(s));
}

/** The scopes both partners consented to (and still asked): what the therapist may read while active. */
export function grantedScopes(grant: TherapistGrantRecord, couple: CoupleNow): TherapistScope[] {
  if (couple.memberIds.length !== 2) return [];
  const sets = couple.memberIds.map((id) => grant.consents.find((c) => c.userId === id)?.scopes ?? []);
  return inScopeOrder(grant.askedScopes.filter((s) => sets.every((set) => set.includes(s))));
}

export function stateOf(grant: TherapistGrantRecord, now: number, couple: CoupleNow): GrantState {
  if (endedOf(grant, now, couple)) return "ended";
  if (!grant.therapistId) return "waiting_for_therapist";
  return grantedScopes(grant, couple).length > 0 ? "active" : "waiting_for_consent";
}

/** The scopes the therapist may read now; none unless the grant is active. */
export function readableScopes(grant: TherapistGrantRecord, now: number, couple: CoupleNow): TherapistScope[] {
  return stateOf(grant, now, couple) === "active" ? grantedScopes(grant, couple) : [];
}

/** Scopes asked but not yet consented to by both. */
export function pendingScopes(grant: TherapistGrantRecord, couple: CoupleNow): TherapistScope[] {
  const granted = new Set(grantedScopes(grant, couple));
  return inScopeOrder(grant.askedScopes.filter((s) => !granted.has(s)));
}

/**
 * Scopes after one partner changes the ask: theirs become exactly the new ask; the other
 * partner's consent narrows with it (a scope they agreed to and is dropped is gone for both)
 * but never grows (an added scope waits for their own yes).
 */
export function consentsAfterChange(
  grant: TherapistGrantRecord,
  changerId: string,
  scopes: readonly TherapistScope[],
): { userId: string; scopes: TherapistScope[] }[] {
  const asked = inScopeOrder(scopes);
  return [
    { userId: changerId, scopes: asked },
    ...grant.consents.filter((c) => c.userId !== changerId).map((c) => ({ userId: c.userId, scopes: asked.filter((s) => c.scopes.includes(s)) })),
  ];
}
