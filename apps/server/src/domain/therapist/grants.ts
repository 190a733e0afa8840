import { INVITE_TTL_HOURS, type CreateTherapistGrantBody, type ExcludableKind, type TherapistScope } from "@attune/shared";
import type { Cursor, TherapistAccessRecord, TherapistExclusionRecord, TherapistGrantRecord, UserRecord } from "../../storage/store.ts";
import { newInviteCode } from "../couples.ts";
import type { DomainDeps } from "../deps.ts";
import { DomainError, notFound } from "../errors.ts";
import { newId } from "../ids.ts";
import { grantChanged } from "./events.ts";
import { consentsAfterChange, endedOf, inScopeOrder, sameScopes, type CoupleNow } from "./state.ts";

/** A grant with the couple as it is now: what every view and decision needs. */
export interface GrantInContext {
  grant: TherapistGrantRecord;
  couple: CoupleNow & { members: { id: string; displayName: string }[]; since: number };
}

const missingGrant = () => notFound("That sharing");

export async function coupleNow(deps: DomainDeps, coupleId: string): Promise<GrantInContext["couple"]> {
  const couple = await deps.store.therapistSources.couple(coupleId);
  if (!couple) return { memberIds: [], current: false, members: [], since: 0 };
  return { memberIds: couple.members.map((m) => m.id), current: couple.current, members: couple.members, since: couple.since };
}

async function withCouple(deps: DomainDeps, grant: TherapistGrantRecord): Promise<GrantInContext> {
  return { grant, couple: await coupleNow(deps, grant.coupleId) };
}

/** The person's current couple, or a 409 telling them sharing needs one. */
async function myCoupleId(deps: DomainDeps, user: UserRecord): Promise<string> {
  const couple = await deps.store.couples.activeForUser(user.id);
  if (!couple) throw new DomainError("conflict", "Link with your partner first: a therapist is invited by the two of you together.");
  return couple.id;
}

/** A grant of the person's CURRENT couple; any other looks missing. */
export async function myGrant(deps: DomainDeps, user: UserRecord, id: string): Promise<GrantInContext> {
  const couple = await deps.store.couples.activeForUser(user.id);
  const grant = couple ? await deps.store.therapistGrants.findById(id) : undefined;
  if (!couple || !grant || grant.coupleId !== couple.id) throw missingGrant();
  return withCouple(deps, grant);
}

async function reload(deps: DomainDeps, id: string): Promise<GrantInContext> {
  const grant = await deps.store.therapistGrants.findById(id);
  if (!grant) throw missingGrant();
  return withCouple(deps, grant);
}

function refuseEnded(ctx: GrantInContext, now: number): void {
  if (endedOf(ctx.grant, now, ctx.couple)) throw new DomainError("conflict", "This sharing has ended. Invite your therapist again to share anew.");
}

/** One partner invites a therapist; asking is their own consent. */
export async function createGrant(deps: DomainDeps, user: UserRecord, body: CreateTherapistGrantBody): Promise<GrantInContext> {
  const coupleId = await myCoupleId(deps, user);
  const now = deps.now();
  if (body.endsOn && Date.parse(`${body.endsOn}T23:59:59Z`) < now) {
    throw new DomainError("validation_failed", "Choose an end date from today on.", { field: "endsOn" });
  }
  const scopes = inScopeOrder(body.scopes);
  const id = newId();
  await deps.store.transaction(async (repos) => {
    await repos.therapistGrants.create({
      id,
      coupleId,
      inviterId: user.id,
      inviteCode: newInviteCode(),
      inviteExpiresAt: now + INVITE_TTL_HOURS * 3600 * 1000,
      askedScopes: scopes,
      endsOn: body.endsOn,
      createdAt: now,
    });
    await repos.therapistGrants.setConsent(id, { userId: user.id, scopes, at: now });
  });
  const ctx = await reload(deps, id);
  await grantChanged(deps, ctx.grant, user.id);
  return ctx;
}

export async function listGrants(deps: DomainDeps, user: UserRecord): Promise<GrantInContext[]> {
  const couple = await deps.store.couples.activeForUser(user.id);
  if (!couple) return [];
  const grants = await deps.store.therapistGrants.forCouple(couple.id);
  const now = await coupleNow(deps, couple.id);
  return grants.map((grant) => ({ grant, couple: now }));
}

/** The other partner says yes to exactly what is asked now (nobody consents to what they did not see). */
export async function consentToGrant(deps: DomainDeps, user: UserRecord, id: string, scopes: TherapistScope[]): Promise<GrantInContext> {
  const ctx = await myGrant(deps, user, id);
  const now = deps.now();
  refuseEnded(ctx, now);
  if (!sameScopes(scopes, ctx.grant.askedScopes)) {
    throw new DomainError("conflict", "What is asked changed since you looked. Look again at what would be shared, then say yes.", { field: "scopes" });
  }
  await deps.store.therapistGrants.setConsent(id, { userId: user.id, scopes: inScopeOrder(scopes), at: now });
  const after = await reload(deps, id);
  await grantChanged(deps, after.grant, user.id);
  return after;
}

/** Narrowing takes effect at once for both; an added scope waits for the other partner's yes. */
export async function changeGrantScopes(deps: DomainDeps, user: UserRecord, id: string, scopes: TherapistScope[]): Promise<GrantInContext> {
  const ctx = await myGrant(deps, user, id);
  const now = deps.now();
  refuseEnded(ctx, now);
  await deps.store.transaction(async (repos) => {
    await repos.therapistGrants.setAskedScopes(id, inScopeOrder(scopes));
    for (const consent of consentsAfterChange(ctx.grant, user.id, scopes)) await repos.therapistGrants.setConsent(id, { ...consent, at: now });
  });
  const after = await reload(deps, id);
  await grantChanged(deps, after.grant, user.id);
  return after;
}

/**
 * A fresh code for a therapist who has not joined yet: the old one expired, or went to the
 * wrong place. Either partner may ask; the old code stops working at once.
 */
export async function renewInvite(deps: DomainDeps, user: UserRecord, id: string): Promise<GrantInContext> {
  const ctx = await myGrant(deps, user, id);
  const now = deps.now();
  refuseEnded(ctx, now);
  if (ctx.grant.joinedAt !== null) throw new DomainError("conflict", "Your therapist has already joined: there is no code to renew.");
  if (!(await deps.store.therapistGrants.renewInvite(id, newInviteCode(), now + INVITE_TTL_HOURS * 3600 * 1000))) {
    throw new DomainError("conflict", "This sharing changed while you asked. Look again, then try once more.");
  }
  const after = await reload(deps, id);
  await grantChanged(deps, after.grant, user.id);
  return after;
}

/** Either partner, alone, at once. Revoking an ended grant changes nothing. */
export async function revokeGrant(deps: DomainDeps, user: UserRecord, id: string): Promise<GrantInContext> {
  const ctx = await myGrant(deps, user, id);
  if (await deps.store.therapistGrants.end(id, deps.now(), "revoked", user.id)) {
    const after = await reload(deps, id);
    await grantChanged(deps, after.grant, user.id);
    return after;
  }
  return ctx;
}

export async function grantExclusions(deps: DomainDeps, user: UserRecord, id: string): Promise<TherapistExclusionRecord[]> {
  await myGrant(deps, user, id);
  return deps.store.therapistGrants.exclusions(id);
}

/** Whether an entry is one of the couple's own (only those can be hidden: others are never shown). */
async function entryOfCouple(deps: DomainDeps, coupleId: string, kind: ExcludableKind, entryId: string): Promise<boolean> {
  const { store } = deps;
  switch (kind) {
    case "checkin":
      return (await store.checkins.findById(entryId))?.coupleId === coupleId;
    case "daily_answer":
      return (await store.answers.findById(entryId))?.coupleId === coupleId;
    case "repair":
      return (await store.repairs.findById(entryId))?.coupleId === coupleId;
    case "readiness_result":
      return (await store.readiness.findById(entryId))?.sharedCoupleId === coupleId;
  }
}

export async function excludeEntry(deps: DomainDeps, user: UserRecord, id: string, kind: ExcludableKind, entryId: string): Promise<TherapistExclusionRecord[]> {
  const ctx = await myGrant(deps, user, id);
  if (!(await entryOfCouple(deps, ctx.grant.coupleId, kind, entryId))) throw notFound("That entry");
  await deps.store.therapistGrants.exclude({ grantId: id, kind, entryId, userId: user.id, at: deps.now() });
  await grantChanged(deps, ctx.grant, user.id);
  return deps.store.therapistGrants.exclusions(id);
}

export async function includeEntry(deps: DomainDeps, user: UserRecord, id: string, kind: ExcludableKind, entryId: string): Promise<void> {
  const ctx = await myGrant(deps, user, id);
  if (!(await deps.store.therapistGrants.unexclude(id, kind, entryId))) throw notFound("That hidden entry");
  await grantChanged(deps, ctx.grant, user.id);
}

export const ACCESS_PAGE = 50;

export async function grantAccessLog(deps: DomainDeps, user: UserRecord, id: string, cursor: Cursor | null): Promise<TherapistAccessRecord[]> {
  await myGrant(deps, user, id);
  return deps.store.therapistGrants.accessLog(id, cursor, ACCESS_PAGE);
}

/** The therapist who joined, if they still have an account. */
export async function therapistOfGrant(deps: DomainDeps, g: GrantInContext): Promise<UserRecord | undefined> {
  return g.grant.therapistId ? deps.store.users.findById(g.grant.therapistId) : undefined;
}
