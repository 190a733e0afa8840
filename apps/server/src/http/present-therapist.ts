import type { TherapistClientView, TherapistGrantView } from "@attune/shared";
import type { TherapistAccessRecord, TherapistExclusionRecord, UserRecord } from "../storage/store.ts";
import type { GrantInContext } from "../domain/therapist/grants.ts";
import { endedOf, pendingScopes, readableScopes, consentOf, stateOf, grantedScopes } from "../domain/therapist/state.ts";
import { coupleNameOf } from "../domain/therapist/summary.ts";
import { encodeCursor } from "./cursor.ts";

const iso = (ms: number) => new Date(ms).toISOString();

/** A grant as one partner sees it. */
export function presentGrant(ctx: GrantInContext, viewer: UserRecord, therapist: UserRecord | undefined, now: number, origin: string): TherapistGrantView {
  const { grant, couple } = ctx;
  const ended = endedOf(grant, now, couple);
  const partnerId = couple.memberIds.find((id) => id !== viewer.id);
  const state = stateOf(grant, now, couple);
  return {
    id: grant.id,
    state,
    scopes: state === "ended" ? [] : grantedScopes(grant, couple),
    pendingScopes: state === "ended" ? [] : pendingScopes(grant, couple),
    therapist: therapist && grant.therapistId ? { displayName: therapist.displayName, practiceName: therapist.practiceName ?? "" } : null,
    invite:
      !ended && !grant.therapistId
        ? { code: grant.inviteCode, link: `${origin}/therapist/join?code=${grant.inviteCode}`, expiresAt: iso(grant.inviteExpiresAt) }
        : null,
    invitedBy: grant.inviterId === viewer.id ? "me" : "partner",
    consent: { me: consentOf(grant, viewer.id), partner: partnerId ? consentOf(grant, partnerId) : false },
    endsOn: grant.endsOn,
    createdAt: iso(grant.createdAt),
    ended: ended ? { at: iso(ended.at), reason: ended.reason, byMe: ended.by === viewer.id } : null,
  };
}

/** A couple as their therapist sees them; once ended, only that access ended. */
export function presentClient(ctx: GrantInContext, now: number): TherapistClientView {
  const { grant, couple } = ctx;
  const ended = endedOf(grant, now, couple);
  return {
    grantId: grant.id,
    coupleName: coupleNameOf(couple.members),
    state: stateOf(grant, now, couple),
    scopes: ended ? [] : readableScopes(grant, now, couple),
    since: iso(grant.joinedAt ?? grant.createdAt),
    endsOn: grant.endsOn,
    endedAt: ended ? iso(ended.at) : null,
  };
}

export function presentAccessLog(entries: TherapistAccessRecord[], pageSize: number) {
  const last = entries.length === pageSize ? entries[entries.length - 1] : undefined;
  return {
    entries: entries.map((e) => ({ id: e.id, at: iso(e.at), what: e.what, from: e.fromDay, to: e.toDay })),
    nextCursor: last ? encodeCursor({ key: last.at, id: last.id }) : null,
  };
}

export function presentExclusions(list: TherapistExclusionRecord[], viewer: UserRecord) {
  return { exclusions: list.map((e) => ({ kind: e.kind, entryId: e.entryId, byMe: e.userId === viewer.id, at: iso(e.at) })) };
}
