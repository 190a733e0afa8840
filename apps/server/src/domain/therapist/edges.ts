import type { GrantEndReason } from "@attune/shared";
import type { Repos } from "../../storage/store.ts";
import type { DomainDeps } from "../deps.ts";
import { grantChanged } from "./events.ts";

/**
 * What happens to grants at the edges of a couple or an account. Each returns the grants it
 * ended so the caller can tell everyone's open apps once its transaction has committed.
 */

/** Unlinking ("unlinked") or a partner deleting their account ("partner_left") ends every grant of the couple. */
export async function endGrantsOfCouple(repos: Repos, coupleId: string, reason: GrantEndReason, by: string, at: number): Promise<string[]> {
  const ended: string[] = [];
  for (const grant of await repos.therapistGrants.forCouple(coupleId)) {
    if (!grant.ended && (await repos.therapistGrants.end(grant.id, at, reason, by))) ended.push(grant.id);
  }
  return ended;
}

/** A therapist deleting their account ends theirs; the couple sees "therapist_left" in their list. */
export async function endGrantsOfTherapist(repos: Repos, therapistId: string, at: number): Promise<string[]> {
  const ended: string[] = [];
  for (const grant of await repos.therapistGrants.forTherapist(therapistId)) {
    if (!grant.ended && (await repos.therapistGrants.end(grant.id, at, "therapist_left", therapistId))) ended.push(grant.id);
  }
  return ended;
}

/** Tells the couple and the therapist (if still there) of each ended grant. */
export async function announceEnded(deps: DomainDeps, grantIds: readonly string[], actorId: string): Promise<void> {
  for (const id of grantIds) {
    const grant = await deps.store.therapistGrants.findById(id);
    if (grant) await grantChanged(deps, grant, actorId);
  }
}
