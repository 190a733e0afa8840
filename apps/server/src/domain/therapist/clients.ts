import type { TherapistScope } from "@attune/shared";
import type { Cursor, TherapistAccessRecord, UserRecord } from "../../storage/store.ts";
import type { DomainDeps } from "../deps.ts";
import { DomainError, notFound } from "../errors.ts";
import { newId } from "../ids.ts";
import { grantChanged } from "./events.ts";
import { coupleNow, ACCESS_PAGE, type GrantInContext } from "./grants.ts";
import { endedOf, readableScopes } from "./state.ts";
import { buildSummary, checkRange, type SummaryRange } from "./summary.ts";

/**
 * The therapist's side. A therapist reaches a couple only through a grant they joined;
 * anything else (another therapist's grant, an ended one, one not active yet) looks missing.
 */

// Used, ended and unknown codes look the same, so codes cannot be probed.
const noSuchInvite = () => new DomainError("not_found", "We couldn't find that invitation. It may have been used or withdrawn — ask the couple for a new one.");
const missingClient = () => notFound("That couple");

async function usableInvite(deps: DomainDeps, code: string): Promise<GrantInContext> {
  const grant = await deps.store.therapistGrants.findByCode(code);
  if (!grant || grant.therapistId || grant.joinedAt) throw noSuchInvite();
  const ctx = { grant, couple: await coupleNow(deps, grant.coupleId) };
  if (endedOf(grant, deps.now(), ctx.couple)) throw noSuchInvite();
  if (grant.inviteExpiresAt <= deps.now())
    throw new DomainError("invite_expired", "This invitation has expired. Ask the couple for a new code: either of them can make one where they invited you.");
  return ctx;
}

export async function previewTherapistInvite(deps: DomainDeps, code: string): Promise<GrantInContext> {
  return usableInvite(deps, code);
}

/** Joins with a couple's code: single use, and only while the couple is together. */
export async function joinWithCode(deps: DomainDeps, therapist: UserRecord, code: string): Promise<GrantInContext> {
  const ctx = await usableInvite(deps, code);
  if (!(await deps.store.therapistGrants.join(ctx.grant.id, therapist.id, deps.now()))) throw noSuchInvite();
  const grant = await deps.store.therapistGrants.findById(ctx.grant.id);
  if (!grant) throw noSuchInvite();
  await grantChanged(deps, grant, therapist.id);
  return { grant, couple: ctx.couple };
}

export async function myClients(deps: DomainDeps, therapist: UserRecord): Promise<GrantInContext[]> {
  const grants = await deps.store.therapistGrants.forTherapist(therapist.id);
  return Promise.all(grants.map(async (grant) => ({ grant, couple: await coupleNow(deps, grant.coupleId) })));
}

/** A grant this therapist joined that has not ended, or a 404 like a missing one. */
async function myOpenGrant(deps: DomainDeps, therapist: UserRecord, grantId: string): Promise<GrantInContext> {
  const grant = await deps.store.therapistGrants.findById(grantId);
  if (!grant || grant.therapistId !== therapist.id) throw missingClient();
  const ctx = { grant, couple: await coupleNow(deps, grant.coupleId) };
  if (endedOf(grant, deps.now(), ctx.couple)) throw missingClient();
  return ctx;
}

/** The summary, only while the grant is active, and every read is written to the couple's access log. */
export async function therapistSummary(deps: DomainDeps, therapist: UserRecord, grantId: string, range: SummaryRange, format: "view" | "json") {
  checkRange(range);
  const ctx = await myOpenGrant(deps, therapist, grantId);
  const scopes: TherapistScope[] = readableScopes(ctx.grant, deps.now(), ctx.couple);
  if (!scopes.length) throw missingClient();
  await deps.store.therapistGrants.logAccess({
    id: newId(),
    grantId,
    what: format === "json" ? "summary_json" : "summary",
    fromDay: range.from,
    toDay: range.to,
    at: deps.now(),
  });
  return buildSummary(deps, ctx, scopes, range);
}

export async function therapistAccessLog(deps: DomainDeps, therapist: UserRecord, grantId: string, cursor: Cursor | null): Promise<TherapistAccessRecord[]> {
  await myOpenGrant(deps, therapist, grantId);
  return deps.store.therapistGrants.accessLog(grantId, cursor, ACCESS_PAGE);
}
